"""The analytic gradient the fit climbs with is the gradient of the likelihood it reports."""

from __future__ import annotations

import numpy as np

from lifecrm.core.predictions import bgnbd, gammagamma


def test_gradient_matches_central_differences() -> None:
    rng = np.random.default_rng(3)
    x = rng.integers(0, 12, 400).astype(float)
    T = rng.uniform(1, 80, 400)
    t_x = np.where(x > 0, rng.uniform(0, 1, 400) * T, 0.0)
    w = rng.integers(1, 4, 400).astype(float)
    levels = bgnbd.x_levels(x)
    log_p = np.log([0.4, 3.0, 0.7, 2.5])
    ll, grad = bgnbd.weighted_log_likelihood(log_p, x, t_x, T, w, levels)
    assert np.isclose(ll, np.dot(w, bgnbd.log_likelihood(bgnbd.BgNbd(*np.exp(log_p)), x, t_x, T)))
    step = 1e-6
    for i in range(4):
        e = np.zeros(4)
        e[i] = step
        up = bgnbd.weighted_log_likelihood(log_p + e, x, t_x, T, w, levels)[0]
        down = bgnbd.weighted_log_likelihood(log_p - e, x, t_x, T, w, levels)[0]
        assert abs((up - down) / (2 * step) - grad[i]) < 1e-4 * max(1.0, abs(grad[i]))


def test_gamma_gamma_gradient_matches_central_differences() -> None:
    rng = np.random.default_rng(4)
    x = rng.integers(1, 10, 300).astype(float)
    m = rng.gamma(4.0, 10.0, 300)
    log_g = np.log([5.0, 3.0, 12.0])
    _ll, grad = gammagamma.weighted_log_likelihood(log_g, x, m)
    step = 1e-6
    for i in range(3):
        e = np.zeros(3)
        e[i] = step
        up = gammagamma.weighted_log_likelihood(log_g + e, x, m)[0]
        down = gammagamma.weighted_log_likelihood(log_g - e, x, m)[0]
        assert abs((up - down) / (2 * step) - grad[i]) < 1e-4 * max(1.0, abs(grad[i]))
