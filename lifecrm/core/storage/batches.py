"""Long lists in pieces: a query's `IN (...)` stays under SQLite's bound-parameter limit
(999 in older builds), and a bulk insert goes in slices."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
IN_LIMIT = 900  # ids per IN (...)


def chunks(items: Sequence[T], size: int = IN_LIMIT) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])
