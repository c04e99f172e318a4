"""Gamma-Gamma (Fader, Hardie & Lee 2005, "RFM and CLV"): what a customer's order days are worth.

Fitted on the customers with repeat days, on the mean value of their repeat days; a customer's
expected order value shrinks their own mean towards the shop's by how much history they have.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray
from scipy.special import gammaln

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


def expected_order_value(g: GammaGamma, x: Array, m: Array) -> Array:
    """E[value of an order day | x, m]; for x = 0 the shop's mean, p v / (q - 1)."""
    p, q, v = g
    own = np.where(x > 0, x * m, 0.0)
    return np.asarray(p * (v + own) / (p * x + q - 1), dtype=np.float64)
