"""The checked-in exports (tests/fixtures/import) imported end to end, as an owner would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lifecrm.core.importing.importer import MissingCurrency, import_file
from lifecrm.core.importing.plan import ImportOptions
from tests.core.importing.helpers import fetch

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "import"
OPTIONS = ImportOptions(as_of=date(2025, 12, 31))


def orders_of(db) -> list[tuple]:
    return fetch(
        db,
        "SELECT c.first_name, o.number, o.total_minor, o.currency, o.status,"
        " (SELECT COUNT(*) FROM order_item i WHERE i.order_id = o.id)"
        " FROM orders o JOIN customer c ON c.id = o.customer_id ORDER BY o.id",
    )


def test_shopify_export_one_order_per_name_total_once_statuses_from_two_columns(db) -> None:
    result = import_file(db, FIXTURES / "shopify_orders.csv", OPTIONS)

    assert result.layout == "shopify"
    assert (result.orders_created, result.customers_created, result.problems) == (8, 7, [])
    orders = {number: rest for _first, number, *rest in orders_of(db)}
    assert orders["#1001"] == [1146000, "HUF", "completed", 2]  # two line items, total once
    assert orders["#1003"][2] == "cancelled"  # from "Cancelled at"
    assert orders["#1004"][2] == "refunded"  # from "Financial Status"
    assert orders["#1007"][2] == "completed"  # partially refunded still counts
    first_names = {f for f, *_ in orders_of(db)}
    assert {"Gergő", "Guðrún Ósk", "Éva", "Jón"} <= first_names


def test_woocommerce_export_repeated_totals_counted_once(db) -> None:
    result = import_file(db, FIXTURES / "woocommerce_orders.csv", OPTIONS)

    assert result.layout == "woocommerce"
    assert result.orders_created == 5
    assert [(n, total, status, items) for _f, n, total, _c, status, items in orders_of(db)] == [
        ("2051", 597000, "completed", 1),
        ("2052", 876000, "completed", 2),
        ("2053", 3460, "cancelled", 1),
        ("2054", 5040, "refunded", 2),
        ("2055", 1994000, "completed", 3),
    ]


@pytest.mark.parametrize(
    ("name", "currency", "first_names"),
    [
        ("hu_rendelesek.csv", "HUF", ["Gergő", "Réka", "Éva", "Dániel", "Boglárka"]),
        ("ru_zakazy.csv", "RUB", ["Иван", "Анна", "Дмитрий", "Юлия", "Артём"]),
        ("is_pantanir.csv", "ISK", None),
        ("sl_narocila.csv", "EUR", None),
    ],
)
def test_locale_files_in_their_own_encodings(db, name, currency, first_names) -> None:
    result = import_file(db, FIXTURES / name, OPTIONS)

    assert result.problems == []
    assert result.orders_created >= 4
    assert {c for _f, _n, _t, c, _s, _i in orders_of(db)} == {currency}
    people = [f for (f,) in fetch(db, "SELECT first_name FROM customer ORDER BY id")]
    assert all(people)
    language = name.split("_")[0]
    assert {lang for (lang,) in fetch(db, "SELECT language FROM customer")} == {language}
    if first_names:
        assert people == first_names


def test_hungarian_amounts_with_decimal_comma_thousand_dots_and_no_break_space(db) -> None:
    import_file(db, FIXTURES / "hu_rendelesek.csv", OPTIONS)

    assert fetch(db, "SELECT number FROM orders ORDER BY id LIMIT 1") == [("R-2025-0412",)]
    totals = [t for (t,) in fetch(db, "SELECT total_minor FROM orders ORDER BY id")]
    assert 159050 in totals  # 1 590,50 Ft
    assert 1299000 in totals  # 12.990
    assert 1000000 in totals  # 10 000 Ft, with a no-break space


def test_russian_full_names_keep_the_patronymic_for_formal_address(db) -> None:
    import_file(db, FIXTURES / "ru_zakazy.csv", OPTIONS)

    assert fetch(db, "SELECT first_name, middle_name, last_name FROM customer WHERE id = 1") == [
        ("Иван", "Иванович", "Иванов")
    ]


def test_bad_rows_are_listed_and_the_good_ones_imported(db) -> None:
    result = import_file(db, FIXTURES / "bad_rows.csv", ImportOptions(currency="EUR"))

    reasons = {p.row: p.reason for p in result.problems if p.skipped}
    assert len(reasons) == 4
    assert result.orders_created >= 1
    assert any("date" in r for r in reasons.values())
    assert any("e-mail" in r for r in reasons.values())


def test_the_job_list_asks_for_its_currency_then_imports_twice_as_once(db) -> None:
    path = FIXTURES / "freelancer_jobs.xlsx"
    with pytest.raises(MissingCurrency):
        import_file(db, path, OPTIONS)

    first = import_file(db, path, ImportOptions(currency="HUF"))
    second = import_file(db, path, ImportOptions(currency="HUF"))

    assert first.orders_created > 0
    assert (second.orders_created, second.orders_unchanged) == (0, first.orders_created)


def test_a_customer_list_from_the_second_sheet_makes_prospects(db) -> None:
    result = import_file(db, FIXTURES / "customers_only.xlsx", OPTIONS)

    assert (result.customers_created, result.orders_created) == (5, 0)
    assert fetch(db, "SELECT COUNT(*) FROM customer_stats WHERE stage = 'prospect'") == [(5,)]


def test_an_opendocument_spreadsheet(db) -> None:
    result = import_file(db, FIXTURES / "orders.ods", OPTIONS)

    assert (result.customers_created, result.orders_created) == (3, 3)
    assert {c for _f, _n, _t, c, _s, _i in orders_of(db)} == {"HUF"}
