"""Predictions from the shop's own history: BG/NBD for how often and whether customers will
order again, Gamma-Gamma for what their orders are worth, with intervals from the uncertainty
of the fitted parameters. numpy and scipy are imported only here (and by what imports this).
"""

from lifecrm.core.predictions.bgnbd import BgNbd
from lifecrm.core.predictions.data import History, read_history
from lifecrm.core.predictions.gammagamma import GammaGamma
from lifecrm.core.predictions.service import (
    HORIZON_DAYS,
    MIN_REPEAT_CUSTOMERS,
    Prediction,
    fit_history,
    predict,
)

__all__ = [
    "HORIZON_DAYS",
    "MIN_REPEAT_CUSTOMERS",
    "BgNbd",
    "GammaGamma",
    "History",
    "Prediction",
    "fit_history",
    "predict",
    "read_history",
]
