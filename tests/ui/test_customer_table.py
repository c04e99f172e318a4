"""The customer list model: correct against core's queries, lazy, and a well-behaved Qt model."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from lifecrm.core.customers import CustomerFilter, SortKey, customer_ids, customer_rows
from lifecrm.core.lifecycle import Stage, stage_counts
from lifecrm.core.storage.db import Database
from lifecrm.ui import formatting
from lifecrm.ui.models.customer_table import COLUMN_OF, COLUMNS, CustomerTableModel
from tests.ui.conftest import AS_OF, PEOPLE

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def make_model(db: Database, **kwargs: int) -> CustomerTableModel:
    model = CustomerTableModel(db, AS_OF, **kwargs)
    model.refresh()
    return model


def shown_ids(model: CustomerTableModel) -> list[int | None]:
    return [model.customer_id(r) for r in range(model.rowCount())]


def text(model: CustomerTableModel, row: int, key: SortKey) -> str:
    return str(model.data(model.index(row, COLUMN_OF[key])))


def test_model_passes_qt_model_tester_with_customers(qtmodeltester, shop: Database) -> None:
    model = make_model(shop, page_size=4, cache_size=8)
    qtmodeltester.check(model)
    model.sort(COLUMN_OF[SortKey.TOTAL], DESC)
    model.set_search("example")
    model.set_stage(Stage.PASSIVE)
    assert model.rowCount() == stage_counts_of(shop)[Stage.PASSIVE]


def test_model_passes_qt_model_tester_when_empty(qtmodeltester, empty_db: Database) -> None:
    model = make_model(empty_db)
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    model.sort(COLUMN_OF[SortKey.RFM], DESC)
    assert model.rowCount() == 0


def stage_counts_of(db: Database) -> dict[Stage, int]:
    with db.read() as conn:
        return stage_counts(conn)


@pytest.mark.parametrize("order", [ASC, DESC])
@pytest.mark.parametrize("column", range(len(COLUMNS)))
def test_sorting_any_column_gives_the_core_query_order(
    shop: Database, column: int, order: Qt.SortOrder
) -> None:
    model = make_model(shop)
    model.sort(column, order)
    flt = CustomerFilter(sort=COLUMNS[column][0], descending=order == DESC)
    with shop.read() as conn:
        assert shown_ids(model) == customer_ids(conn, flt)
    assert model.sort_column() == column


def test_total_descending_puts_the_biggest_spender_first(shop: Database) -> None:
    model = make_model(shop)
    model.sort(COLUMN_OF[SortKey.TOTAL], DESC)
    with shop.read() as conn:
        rows = customer_rows(conn, customer_ids(conn))
    richest = max(rows.values(), key=lambda r: r.total_minor)
    assert model.customer_id(0) == richest.id
    assert text(model, 0, SortKey.TOTAL) == formatting.money(richest.total_minor, "HUF")


def test_sorting_keeps_the_selected_line_on_the_same_customer(shop: Database) -> None:
    model = make_model(shop)
    anna = next(r for r in range(model.rowCount()) if text(model, r, SortKey.NAME) == "Anna Kovács")
    kept = QPersistentModelIndex(model.index(anna, 1))
    model.sort(COLUMN_OF[SortKey.ORDERS], DESC)
    assert kept.isValid() and kept.column() == 1
    assert text(model, kept.row(), SortKey.NAME) == "Anna Kovács"


def test_search_ignores_accents_and_case(shop: Database) -> None:
    model = make_model(shop)
    model.set_search("gergo")
    assert model.rowCount() == 1
    assert text(model, 0, SortKey.NAME) == "Gergő Tóth"
    model.set_search("ИВАН")
    assert [text(model, r, SortKey.NAME) for r in range(model.rowCount())] == ["Иван Петров"]
    model.set_search("")
    assert model.rowCount() == len(PEOPLE)


def test_stage_filter_shows_exactly_that_stages_customers(shop: Database) -> None:
    model = make_model(shop)
    counts = stage_counts_of(shop)
    for stage, count in counts.items():
        model.set_stage(stage)
        assert model.rowCount() == count
        assert all(text(model, r, SortKey.STAGE) for r in range(count))
    model.set_stage(None)
    assert model.rowCount() == sum(counts.values())


def test_rows_are_read_a_page_at_a_time_into_a_bounded_cache(shop: Database) -> None:
    model = make_model(shop, page_size=4, cache_size=6)
    assert model.cached_rows == 0
    model.data(model.index(0, 0))
    assert model.cached_rows == 4
    for row in range(model.rowCount()):
        assert model.data(model.index(row, 0))
        assert model.cached_rows <= 6


def test_cells_show_money_dates_and_best_customers(shop: Database) -> None:
    model = make_model(shop)
    model.sort(COLUMN_OF[SortKey.TOTAL], DESC)
    top = model.customer(0)
    assert top is not None and top.best and top.rfm
    assert text(model, 0, SortKey.RFM) == f"★ {top.rfm}"
    rfm_index = model.index(0, COLUMN_OF[SortKey.RFM])
    assert model.data(rfm_index, Qt.ItemDataRole.FontRole).bold()
    assert text(model, 0, SortKey.LAST_ORDER) == formatting.date_with_age(top.last_order, AS_OF)
    assert text(model, 0, SortKey.ORDERS) == str(top.orders)
    right = model.data(model.index(0, COLUMN_OF[SortKey.TOTAL]), Qt.ItemDataRole.TextAlignmentRole)
    assert right & Qt.AlignmentFlag.AlignRight


def test_a_prospect_shows_blank_money_and_dates(shop: Database) -> None:
    model = make_model(shop)
    model.set_stage(Stage.PROSPECT)
    assert model.rowCount() == 1
    assert text(model, 0, SortKey.NAME) == "Ádám Varga"
    assert text(model, 0, SortKey.TOTAL) == ""
    assert text(model, 0, SortKey.LAST_ORDER) == ""
    assert text(model, 0, SortKey.RFM) == ""


def test_ages_follow_the_as_of_day(shop: Database) -> None:
    model = make_model(shop)
    model.set_search("gergo")
    assert text(model, 0, SortKey.LAST_ORDER).endswith("10 days ago")
    model.set_as_of(date(2025, 12, 2))
    assert text(model, 0, SortKey.LAST_ORDER).endswith("11 days ago")
