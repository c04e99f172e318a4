"""Gamma-Gamma (Fader, Hardie & Lee 2005, "RFM and CLV"): what a customer's order days are worth.

Fitted on the customers with repeat days, on the mean value of their repeat days; a customer's
expected order value shrinks their own mean towards the shop's by how much history they have.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray
from scipy.special import digamma, gammaln

Array = NDArray[np.float64]


class GammaGamma(NamedTuple):
    p: float
    q: float
    v: float


def log_likelihood(g: GammaGamma, x: Array, m: Array) -> Array:
    """Each customer's log-likelihood for x repeat days of mean value m (constant terms kept)."""
    p, q, v = g
    px = p * x
    return np.asarray(
        gammaln(px + q)
        - gammaln(px)
        - gammaln(q)
        + q * np.log(v)
        + (px - 1) * np.log(m)
        + px * np.log(x)
        - (px + q) * np.log(x * m + v),
        dtype=np.float64,
    )


def weighted_log_likelihood(log_g: Array, x: Array, m: Array) -> tuple[float, Array]:
    """The summed log-likelihood and its gradient in log-parameters, for BFGS."""
    p, q, v = np.exp(log_g)
    px = p * x
    xm_v = x * m + v
    log_xm_v = np.log(xm_v)
    ll = log_likelihood(GammaGamma(p, q, v), x, m).sum()
    psi = digamma(px + q)
    d_p = np.sum(x * (psi - digamma(px) + np.log(m) + np.log(x) - log_xm_v))
    d_q = np.sum(psi - digamma(q) + np.log(v) - log_xm_v)
    d_v = np.sum(q / v - (px + q) / xm_v)
    return float(ll), np.array([d_p * p, d_q * q, d_v * v])


def expected_order_value(g: GammaGamma, x: Array, m: Array) -> Array:
    """E[value of an order day | x, m]; for x = 0 the shop's mean, p v / (q - 1)."""
    p, q, v = g
    own = np.where(x > 0, x * m, 0.0)
    return np.asarray(p * (v + own) / (p * x + q - 1), dtype=np.float64)
