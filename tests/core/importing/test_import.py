"""Importing files end to end: people, orders, re-imports, statuses, and what the summary says."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lifecrm.core import lifecycle
from lifecrm.core.importing.dates import DateOrder
from lifecrm.core.importing.fields import Field
from lifecrm.core.importing.importer import MissingCurrency, import_file, preview
from lifecrm.core.importing.plan import AmbiguousDates, ImportOptions
from lifecrm.core.lifecycle import Stage
from tests.core.importing.helpers import fetch, write_csv, write_xlsx

AS_OF = date(2025, 12, 31)
OPTIONS = ImportOptions(as_of=AS_OF)

HU_HEADER = ["Vevő neve", "E-mail cím", "Rendelés dátuma", "Rendelésszám", "Végösszeg", "Állapot"]
HU_ROWS = [
    HU_HEADER,
    ["Tóth Gergő", "gergo@example.hu", "2025.12.01.", "R-1", "1 590,50 Ft", "teljesítve"],
    ["Tóth Gergő", "GERGO@example.hu ", "2025.10.01.", "R-2", "12.990,00", "teljesítve"],
    ["Kovács Anna", "anna@example.hu", "2025.06.15.", "R-3", "2 990,00", "teljesítve"],
    ["Nagy Éva", "eva@example.hu", "2025.11.20.", "R-4", "4 000,00", "törölve"],
]


def hu_file(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "rendelesek.csv", HU_ROWS, delimiter=";", encoding="cp1250")


def test_a_hungarian_order_list_becomes_people_orders_and_stages(db, tmp_path) -> None:
    result = import_file(db, hu_file(tmp_path), OPTIONS)

    assert (result.customers_created, result.orders_created, result.problems) == (3, 4, [])
    people = fetch(
        db, "SELECT name, first_name, last_name, email, email_key FROM customer ORDER BY id"
    )
    assert people == [
        ("Tóth Gergő", "Gergő", "Tóth", "gergo@example.hu", "gergo@example.hu"),
        ("Kovács Anna", "Anna", "Kovács", "anna@example.hu", "anna@example.hu"),
        ("Nagy Éva", "Éva", "Nagy", "eva@example.hu", "eva@example.hu"),
    ]
    orders = fetch(db, "SELECT number, total_minor, currency, status FROM orders ORDER BY number")
    assert orders == [
        ("R-1", 159050, "HUF", "completed"),
        ("R-2", 1299000, "HUF", "completed"),
        ("R-3", 299000, "HUF", "completed"),
        ("R-4", 400000, "HUF", "cancelled"),
    ]
    with db.read() as conn:
        counts = lifecycle.stage_counts(conn)
    # Gergő: 2 orders, last 30 days ago; Anna: 1 order 199 days ago; Éva's only order cancelled.
    assert counts[Stage.PROMISING] == 1
    assert counts[Stage.LOST] == 1
    assert counts[Stage.PROSPECT] == 1


def test_importing_the_same_file_again_creates_nothing(db, tmp_path) -> None:
    path = hu_file(tmp_path)
    import_file(db, path, OPTIONS)

    again = import_file(db, path, OPTIONS)

    assert (again.customers_created, again.orders_created) == (0, 0)
    assert (again.customers_updated, again.orders_unchanged) == (0, 4)
    assert fetch(db, "SELECT COUNT(*) FROM orders") == [(4,)]


def test_an_overlapping_export_adds_only_the_new_orders_and_updates_changed_ones(
    db, tmp_path
) -> None:
    import_file(db, hu_file(tmp_path), OPTIONS)
    later = [
        HU_HEADER,
        ["Kovács Anna", "anna@example.hu", "2025.06.15.", "R-3", "2 990,00", "visszatérítve"],
        ["Kovács Anna", "anna@example.hu", "2025.12.20.", "R-5", "5 000,00", "teljesítve"],
    ]
    result = import_file(
        db, write_csv(tmp_path / "later.csv", later, delimiter=";", encoding="cp1250"), OPTIONS
    )

    assert (result.orders_created, result.orders_updated, result.orders_unchanged) == (1, 1, 0)
    assert fetch(db, "SELECT status FROM orders WHERE number = 'R-3'") == [("refunded",)]


def test_one_order_over_several_rows_counts_its_total_once(db, tmp_path) -> None:
    shopify_like = [
        [
            "Order",
            "Email",
            "Billing Name",
            "Created at",
            "Total",
            "Currency",
            "Product",
            "Qty",
            "Price",
        ],
        [
            "#1001",
            "jon@example.is",
            "Jón Jónsson",
            "2025-12-01 14:13:25 +0000",
            "30.00",
            "EUR",
            "Mug",
            "2",
            "10.00",
        ],
        ["#1001", "", "", "2025-12-01 14:13:25 +0000", "", "", "Tea", "1", "10.00"],
        [
            "#1002",
            "jon@example.is",
            "Jón Jónsson",
            "2025-12-10 09:00:00 +0000",
            "12.00",
            "EUR",
            "Tea",
            "1",
            "12.00",
        ],
    ]
    mapping = {
        "Order": Field.ORDER_NUMBER,
        "Product": Field.PRODUCT,
        "Qty": Field.QUANTITY,
        "Price": Field.ITEM_PRICE,
    }
    result = import_file(
        db,
        write_csv(tmp_path / "orders.csv", shopify_like),
        ImportOptions(mapping=mapping, as_of=AS_OF),
    )

    assert (result.customers_created, result.orders_created) == (1, 2)
    assert fetch(db, "SELECT number, total_minor FROM orders ORDER BY number") == [
        ("#1001", 3000),
        ("#1002", 1200),
    ]
    items = fetch(db, "SELECT product, quantity, unit_price_minor FROM order_item ORDER BY id")
    assert items == [("Mug", 2, 1000), ("Tea", 1, 1000), ("Tea", 1, 1200)]


def test_a_total_repeated_on_every_item_row_is_counted_once(db, tmp_path) -> None:
    woo_like = [
        [
            "Order Number",
            "Email (Billing)",
            "First Name (Billing)",
            "Last Name (Billing)",
            "Order Date",
            "Order Total Amount",
            "Item Name",
            "Quantity (- Refund)",
        ],
        ["501", "ana@example.si", "Ana", "Novak", "2025-12-01 10:00", "45.00", "Soap", "3"],
        ["501", "ana@example.si", "Ana", "Novak", "2025-12-01 10:00", "45.00", "Candle", "1"],
    ]
    result = import_file(
        db, write_csv(tmp_path / "woo.csv", woo_like), ImportOptions(currency="EUR", as_of=AS_OF)
    )

    assert result.orders_created == 1
    assert fetch(db, "SELECT total_minor FROM orders") == [(4500,)]
    assert fetch(db, "SELECT COUNT(*) FROM order_item") == [(2,)]
    assert fetch(db, "SELECT name, first_name FROM customer") == [("Ana Novak", "Ana")]


def test_a_job_list_without_order_numbers_imports_once_and_keeps_twin_rows(db, tmp_path) -> None:
    jobs = [
        ["Client", "Date", "Amount"],
        ["Acme Design", date(2025, 3, 1), 120000],
        ["Acme Design", date(2025, 3, 1), 120000],  # two equal jobs on one day are two jobs
        ["Bára Kovač", date(2025, 9, 9), 50000],
    ]
    path = write_xlsx(tmp_path / "jobs.xlsx", jobs, title="Jobs 2025")
    options = ImportOptions(mapping={"Client": Field.NAME}, currency="HUF", as_of=AS_OF)

    first = import_file(db, path, options)
    second = import_file(db, path, options)

    assert (first.customers_created, first.orders_created) == (2, 3)
    assert (second.orders_created, second.orders_unchanged) == (0, 3)


def test_a_customer_list_without_orders_makes_prospects(db, tmp_path) -> None:
    people = [["Name", "E-mail", "Phone"], ["Jana Horvat", "jana@example.si", "+386 40 123 456"]]
    result = import_file(db, write_xlsx(tmp_path / "people.xlsx", people), OPTIONS)

    assert (result.customers_created, result.orders_created) == (1, 0)
    with db.read() as conn:
        assert lifecycle.stage_counts(conn)[Stage.PROSPECT] == 1


def test_bad_rows_are_skipped_and_listed_with_their_spreadsheet_row(db, tmp_path) -> None:
    rows = [
        ["Name", "E-mail", "Order date", "Total"],
        ["Good One", "good@example.com", "2025-12-01", "10.00"],
        ["Bad Mail", "x@", "2025-12-01", "10.00"],
        ["Bad Date", "date@example.com", "someday", "10.00"],
        ["No Total", "nototal@example.com", "2025-12-01", ""],
    ]
    result = import_file(
        db, write_csv(tmp_path / "bad.csv", rows), ImportOptions(currency="EUR", as_of=AS_OF)
    )

    found = {(p.row, p.column, p.value) for p in result.problems}
    assert (3, "E-mail", "x@") in found
    assert (4, "Order date", "someday") in found
    assert 5 in {p.row for p in result.problems}
    assert result.orders_created == 1
    assert fetch(db, "SELECT email FROM customer WHERE email = 'good@example.com'")


def test_the_same_email_with_two_names_keeps_the_newer_and_says_so(db, tmp_path) -> None:
    rows = [
        ["Name", "E-mail", "Order date", "Total"],
        ["Anna Kiss", "anna@example.com", "2025-12-01", "10.00"],
        ["Anna Nagy", "anna@example.com", "2024-01-01", "10.00"],
    ]
    result = import_file(
        db, write_csv(tmp_path / "names.csv", rows), ImportOptions(currency="EUR", as_of=AS_OF)
    )

    assert fetch(db, "SELECT name FROM customer") == [("Anna Kiss",)]
    assert [(c.row, c.kept, c.dropped) for c in result.conflicts] == [(3, "Anna Kiss", "Anna Nagy")]


def test_without_email_people_are_matched_by_customer_number_then_name_and_phone(
    db, tmp_path
) -> None:
    rows = [
        ["Customer no", "Name", "Phone", "Order date", "Total"],
        ["C-7", "Ivan Petrov", "", "2025-01-01", "1"],
        ["C-7", "Ivan Petrov", "", "2025-02-01", "1"],
        ["", "Olga Ivanova", "+7 900 000-00-01", "2025-01-01", "1"],
        ["", "Olga Ivanova", "+79000000001", "2025-02-01", "1"],
        ["", "Olga Ivanova", "+7 900 000 00 02", "2025-03-01", "1"],  # another Olga
    ]
    result = import_file(
        db, write_csv(tmp_path / "nums.csv", rows), ImportOptions(currency="RUB", as_of=AS_OF)
    )

    assert result.customers_created == 3
    assert result.orders_created == 5


def test_ambiguous_day_month_order_is_asked_once_per_column(db, tmp_path) -> None:
    rows = [
        ["Name", "Date", "Total"],
        ["Ann Lee", "03/04/2025", "5"],
        ["Bob Ray", "05/06/2025", "5"],
    ]
    path = write_csv(tmp_path / "us.csv", rows)

    with pytest.raises(AmbiguousDates, match="'Date'"):
        import_file(db, path, ImportOptions(currency="USD", as_of=AS_OF))
    import_file(
        db, path, ImportOptions(currency="USD", as_of=AS_OF, date_orders={"Date": DateOrder.MDY})
    )

    assert fetch(db, "SELECT order_date FROM orders ORDER BY id") == [
        ("2025-03-04",),
        ("2025-05-06",),
    ]


def test_amounts_without_any_currency_are_not_guessed(db, tmp_path) -> None:
    rows = [["Name", "Date", "Total"], ["Ann Lee", "2025-12-01", "5.00"]]
    with pytest.raises(MissingCurrency, match="name no currency"):
        import_file(db, write_csv(tmp_path / "plain.csv", rows), OPTIONS)


def test_the_currency_the_owner_chose_once_is_used_for_later_files(db, tmp_path) -> None:
    euros = [["Name", "Date", "Total", "Currency"], ["Ann Lee", "2025-12-01", "5.00", "EUR"]]
    import_file(db, write_csv(tmp_path / "a.csv", euros), ImportOptions(currency="huf"))
    plain = [["Name", "Date", "Total"], ["Bob Ray", "2025-12-01", "5.00"]]

    result = import_file(db, write_csv(tmp_path / "b.csv", plain), OPTIONS)

    assert result.currency == "HUF"  # the owner's choice, not the most common one (EUR)
    assert fetch(db, "SELECT currency FROM orders ORDER BY id") == [("EUR",), ("HUF",)]


def test_a_negative_total_is_a_refund_kept_but_not_counted(db, tmp_path) -> None:
    rows = [["Name", "Date", "Total"], ["Ann Lee", "2025-12-01", "-15.00"]]
    import_file(
        db, write_csv(tmp_path / "credit.csv", rows), ImportOptions(currency="EUR", as_of=AS_OF)
    )

    assert fetch(db, "SELECT total_minor, status FROM orders") == [(-1500, "refunded")]
    with db.read() as conn:
        assert lifecycle.stage_counts(conn)[Stage.PROSPECT] == 1


def test_the_owners_mapping_is_remembered_for_the_next_file_with_those_headers(
    db, tmp_path
) -> None:
    rows = [["Kunde", "Mail", "Tag", "Betrag"], ["Ann Lee", "ann@example.com", "2025-12-01", "5"]]
    path = write_csv(tmp_path / "de.csv", rows)
    mapping = {
        "Kunde": Field.NAME,
        "Mail": Field.EMAIL,
        "Tag": Field.ORDER_DATE,
        "Betrag": Field.TOTAL,
    }
    import_file(db, path, ImportOptions(mapping=mapping, currency="EUR", as_of=AS_OF))

    plan = preview(path, ImportOptions(), db)

    assert plan.remembered
    assert {plan.table.headers[i]: f for i, f in plan.mapping.items()} == mapping


def test_two_columns_with_the_same_name_are_mapped_by_position(db, tmp_path) -> None:
    rows = [
        ["Name", "E-mail", "Date", "Name", "Total"],
        ["Ann Lee", "ann@example.com", "2025-12-01", "Mug", "5.00"],
    ]
    path = write_csv(tmp_path / "twins.csv", rows)
    columns = {0: Field.NAME, 1: Field.EMAIL, 2: Field.ORDER_DATE, 3: Field.PRODUCT,
               4: Field.TOTAL}  # fmt: skip

    import_file(db, path, ImportOptions(columns=columns, currency="EUR", as_of=AS_OF))

    assert fetch(db, "SELECT name FROM customer") == [("Ann Lee",)]
    assert fetch(db, "SELECT product FROM order_item") == [("Mug",)]
