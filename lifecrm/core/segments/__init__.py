"""Segments: the owner's own questions about customers, each answered by one SQL query.

`conditions` is the language (JSON in, checked dataclasses out), `sql` turns a definition into a
SELECT of customer ids, `evaluate` runs it (count, members, ids for the customer list), `store`
keeps the owner's named segments and `builtin` the suggestions that come with LifeCRM.
"""

from __future__ import annotations

from lifecrm.core.segments.builtin import BUILTIN, Builtin, Param, builtin
from lifecrm.core.segments.conditions import (
    FIELDS,
    BadSegment,
    Condition,
    Definition,
    Group,
    Kind,
    Trend,
    dumps,
    loads,
    parse,
    to_json,
)
from lifecrm.core.segments.evaluate import (
    SegmentPreview,
    count_segment,
    member_ids,
    preview,
    segment_ids,
    segment_members,
    shop_currency,
)
from lifecrm.core.segments.store import (
    SavedSegment,
    SegmentExists,
    UnknownSegment,
    delete_segment,
    find_definition,
    get_segment,
    install_builtin,
    list_segments,
    rename_segment,
    save_segment,
    update_segment,
)

__all__ = [
    "BUILTIN",
    "FIELDS",
    "BadSegment",
    "Builtin",
    "Condition",
    "Definition",
    "Group",
    "Kind",
    "Param",
    "SavedSegment",
    "SegmentExists",
    "SegmentPreview",
    "Trend",
    "UnknownSegment",
    "builtin",
    "count_segment",
    "delete_segment",
    "dumps",
    "find_definition",
    "get_segment",
    "install_builtin",
    "list_segments",
    "loads",
    "member_ids",
    "parse",
    "preview",
    "rename_segment",
    "save_segment",
    "segment_ids",
    "segment_members",
    "shop_currency",
    "to_json",
    "update_segment",
]
