"""What each lifecycle stage is called and what the owner should do, translatable.

The advice is DESIGN.md's table, written for a shop owner.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lifecrm.core.lifecycle import Stage

_CONTEXT = "Stage"

_LABELS: dict[Stage, str] = {
    Stage.PROSPECT: QT_TRANSLATE_NOOP("Stage", "Prospects"),
    Stage.NEW: QT_TRANSLATE_NOOP("Stage", "New"),
    Stage.PROMISING: QT_TRANSLATE_NOOP("Stage", "Promising"),
    Stage.LOYAL: QT_TRANSLATE_NOOP("Stage", "Loyal"),
    Stage.PASSIVE: QT_TRANSLATE_NOOP("Stage", "Passive"),
    Stage.LOST: QT_TRANSLATE_NOOP("Stage", "Lost"),
    Stage.PASSIVE_LOYAL: QT_TRANSLATE_NOOP("Stage", "Passive loyal"),
    Stage.LOST_LOYAL: QT_TRANSLATE_NOOP("Stage", "Lost loyal"),
}

_ADVICE: dict[Stage, str] = {
    Stage.PROSPECT: QT_TRANSLATE_NOOP(
        "Stage", "They have not bought yet. Invite them to a first purchase."
    ),
    Stage.NEW: QT_TRANSLATE_NOOP(
        "Stage",
        "One order in the last month. Send a personal thank-you, tell them your shop's story "
        "and invite them to follow you.",
    ),
    Stage.PROMISING: QT_TRANSLATE_NOOP(
        "Stage",
        "Two or three orders, the last one recent. Offer free shipping or a small gift on the "
        "next order, and recommend products that go with what they bought.",
    ),
    Stage.LOYAL: QT_TRANSLATE_NOOP(
        "Stage",
        "Four or more orders and still buying. Make them feel exclusive: your loyalty programme, "
        "early news, and ask for a review or a referral.",
    ),
    Stage.PASSIVE: QT_TRANSLATE_NOOP(
        "Stage",
        "They bought, then went quiet. Show them your best-selling product and give them a "
        "one-time discount code.",
    ),
    Stage.LOST: QT_TRANSLATE_NOOP(
        "Stage",
        "No order for more than three months. Win them back with a subject line that earns the "
        "open and a regular, friendly reminder.",
    ),
    Stage.PASSIVE_LOYAL: QT_TRANSLATE_NOOP(
        "Stage",
        "A loyal customer who stopped buying. Write a personal note asking what happened, and "
        "offer a discount on a large order.",
    ),
    Stage.LOST_LOYAL: QT_TRANSLATE_NOOP(
        "Stage",
        "A loyal customer gone for over a year. Contact them personally: a call or a letter "
        "from you.",
    ),
}


def stage_label(stage: Stage) -> str:
    return QCoreApplication.translate(_CONTEXT, _LABELS[stage])


def stage_advice(stage: Stage) -> str:
    return QCoreApplication.translate(_CONTEXT, _ADVICE[stage])
