"""BG/NBD (Fader, Hardie & Lee 2005): the purchase rhythm of customers who may quietly leave.

Every function takes the customers as numpy arrays of x (repeat days), t_x and T (weeks from
the first order day to the last one and to as_of) and the parameters (r, alpha, a, b). The
likelihood is the paper's equation 6 written in logs (gammaln, logaddexp), so a customer with
hundreds of repeat days or none at all stays finite.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray
from scipy.special import digamma, gammaln, hyp2f1

Array = NDArray[np.float64]


class BgNbd(NamedTuple):
    r: float
    alpha: float
    a: float
    b: float


def x_levels(x: Array) -> tuple[Array, NDArray[np.intp]]:
    """The distinct repeat counts and where each customer's is: x takes few values, so the
    gamma functions of x are computed once per value rather than once per customer."""
    levels, where = np.unique(x, return_inverse=True)
    return levels, where.ravel()


def log_likelihood(
    p: BgNbd, x: Array, t_x: Array, T: Array, levels: tuple[Array, NDArray[np.intp]] | None = None
) -> Array:
    """Each customer's log-likelihood (eq. 6), stable for x = 0 (the second term is absent)."""
    r, alpha, a, b = p
    xs, where = levels if levels is not None else x_levels(x)
    a1 = (gammaln(r + xs) - gammaln(r))[where] + r * np.log(alpha)
    a2 = (gammaln(a + b) + gammaln(b + xs) - gammaln(b) - gammaln(a + b + xs))[where]
    a3 = -(r + x) * np.log(alpha + T)
    repeat = x > 0
    a4 = np.full_like(x, -np.inf)
    xr = x[repeat]
    a4[repeat] = np.log(a) - np.log(b + xr - 1) - (r + xr) * np.log(alpha + t_x[repeat])
    return np.asarray(a1 + a2 + np.logaddexp(a3, a4), dtype=np.float64)


def weighted_log_likelihood(
    log_p: Array,
    x: Array,
    t_x: Array,
    T: Array,
    weights: Array,
    levels: tuple[Array, NDArray[np.intp]],
) -> tuple[float, Array]:
    """The weighted sum of eq. 6 and its gradient in log-parameters (analytic: BFGS then needs
    about a fifth of the likelihood evaluations it needs with finite differences)."""
    r, alpha, a, b = np.exp(log_p)
    xs, where = levels
    repeat = x > 0
    a1 = (gammaln(r + xs) - gammaln(r))[where] + r * np.log(alpha)
    a2 = (gammaln(a + b) + gammaln(b + xs) - gammaln(b) - gammaln(a + b + xs))[where]
    log_aT = np.log(alpha + T)
    log_atx = np.log(alpha + t_x)
    a3 = -(r + x) * log_aT
    b_x1 = np.where(repeat, b + x - 1, 1.0)
    a4 = np.where(repeat, np.log(a) - np.log(b_x1) - (r + x) * log_atx, -np.inf)
    tail = np.logaddexp(a3, a4)
    w3 = np.exp(a3 - tail)
    w4 = np.exp(a4 - tail)
    d_r = (digamma(r + xs) - digamma(r))[where] + np.log(alpha) - w3 * log_aT - w4 * log_atx
    d_alpha = r / alpha - (r + x) * (w3 / (alpha + T) + w4 / (alpha + t_x))
    d_a = (digamma(a + b) - digamma(a + b + xs))[where] + w4 / a
    d_b = (digamma(a + b) + digamma(b + xs) - digamma(b) - digamma(a + b + xs))[where] - w4 / b_x1
    grad = np.array([weights @ d_r * r, weights @ d_alpha * alpha, weights @ d_a * a,
                     weights @ d_b * b])  # fmt: skip
    return float(weights @ (a1 + a2 + tail)), grad


def _odds_gone(p: BgNbd, x: Array, t_x: Array, T: Array) -> Array:
    """a/(b+x-1) * ((alpha+T)/(alpha+t_x))^(r+x) for x > 0, else 0: how much likelier it is
    that the customer left after their last order than that they are still buying."""
    r, alpha, a, b = p
    odds = np.zeros_like(x)
    m = x > 0
    log_odds = (
        np.log(a)
        - np.log(b + x[m] - 1)
        + (r + x[m]) * (np.log(alpha + T[m]) - np.log(alpha + t_x[m]))
    )
    odds[m] = np.exp(np.minimum(log_odds, 700.0))
    return odds


def p_alive(p: BgNbd, x: Array, t_x: Array, T: Array) -> Array:
    """P(still active | history), eq. 12. It is 1 by construction for x = 0."""
    return np.asarray(1.0 / (1.0 + _odds_gone(p, x, t_x, T)), dtype=np.float64)


def expected_orders(p: BgNbd, t: float, x: Array, t_x: Array, T: Array) -> Array:
    """E[Y(t) | x, t_x, T], eq. 10: transactions expected in the next t weeks."""
    r, alpha, a, b = p
    z = t / (alpha + T + t)
    head = (a + b + x - 1) / (a - 1)
    ratio = np.exp((r + x) * (np.log(alpha + T) - np.log(alpha + T + t)))
    body = 1.0 - ratio * hyp2f1(r + x, b + x, a + b + x - 1, z)
    return np.asarray(head * body / (1.0 + _odds_gone(p, x, t_x, T)), dtype=np.float64)
