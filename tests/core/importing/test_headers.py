"""Recognising what each column holds from its header, in five languages and two webshops."""

from __future__ import annotations

import codecs
import zipfile
from datetime import date
from pathlib import Path

import pytest

from lifecrm.core.importing import header_words
from lifecrm.core.importing.fields import Field
from lifecrm.core.importing.headers import (
    _exact,
    detect_layout,
    guess_mapping,
    header_signature,
    normalize,
)
from lifecrm.core.importing.readers import read_file

F = Field
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "import"

EXPECTED: dict[Field, str] = {
    F.EMAIL: "E-mail cím|Netfang|Email|E-mail|e-mail address|Электронная почта|E-pošta|"
    "Customer e-mail address",
    F.NAME: "Vevő neve|ФИО|Naročnik|Név|Ügyfél|Vevő|Клиент|Покупатель|Nafn|Viðskiptavinur|"
    "Kupec|Stranka|Ime in priimek|Customer|Customer name|Full name",
    F.ORDER_DATE: "Rendelés dátuma|Дата заказа|Dagsetning|Datum naročila|Dátum|Kelt|Дата|Datum|"
    "Date|Order date|Invoice date|Created at",
    F.TOTAL: "Végösszeg|Сумма|Upphæð|Znesek|Összeg|Bruttó összeg|Fizetendő|Итого|Сумма заказа|"
    "Samtals|Skupaj|Za plačilo|Total|Amount|Grand total|Gross|Order Total Amount",
    F.CUSTOMER_NUMBER: "Ügyfélszám|Vevőkód|Номер клиента|Код клиента|Viðskiptavinanúmer|"
    "Kennitala|Številka stranke|Šifra kupca|Customer ID|Customer No.",
    F.FIRST_NAME: "Keresztnév|Utónév|Имя|Fornafn|Ime|First name",
    F.LAST_NAME: "Vezetéknév|Фамилия|Eftirnafn|Priimek|Last name|Surname",
    F.PHONE: "Telefon|Telefonszám|Телефон|Sími|Símanúmer|Tel.|Phone|Mobile phone",
    F.BIRTHDAY: "Születésnap|Születési dátum|Дата рождения|Afmælisdagur|Fæðingardagur|"
    "Rojstni dan|Datum rojstva|Birthday|Date of birth",
    F.ORDER_NUMBER: "Rendelésszám|Rendelés azonosító|Számlaszám|Номер заказа|№ заказа|"
    "Pöntunarnúmer|Reikningsnúmer|Številka naročila|Številka računa|Order #|Order No|"
    "Invoice number|Order number",
    F.CURRENCY: "Pénznem|Валюта|Gjaldmiðill|Valuta|Currency",
    F.PRODUCT: "Termék|Termék neve|Товар|Наименование|Vara|Vöruheiti|Izdelek|Artikel|Product|"
    "Item|Product name",
    F.SKU: "Cikkszám|Артикул|Vörunúmer|Šifra artikla|SKU",
    F.QUANTITY: "Mennyiség|Darab|Db|Количество|Кол-во|Magn|Fjöldi|Količina|Qty|Quantity",
    F.ITEM_PRICE: "Egységár|Цена|Verð|Einingaverð|Cena|Unit price|Price|Item cost",
    F.STATUS: "Állapot|Státusz|Статус|Staða|Stanje|Status|Order status",
    F.ACCEPTS_MARKETING: "Hírlevél|Feliratkozott|Рассылка|Fréttabréf|E-novice|Newsletter|"
    "Accepts marketing",
    F.NOTE: "Megjegyzés|Комментарий|Примечание|Athugasemd|Opomba|Note|Notes|Comment",
    F.CANCELLED_AT: "Cancelled at|Törlés dátuma|Дата отмены",
    F.IGNORE: "Отчество|Subtotal|Adószám",
}
CASES = [(h, field) for field, hs in EXPECTED.items() for h in hs.split("|")]


@pytest.mark.parametrize(("header", "field"), CASES)
def test_each_header_alone_maps_to_its_field(header: str, field: Field) -> None:
    assert guess_mapping([header]).fields == {0: field}


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("  E-MAIL   CÍM: ", F.EMAIL),
        ("vevo neve", F.NAME),
        ("RENDELES DATUMA", F.ORDER_DATE),
        ("Telefonszám*", F.PHONE),
        ("order_total", F.TOTAL),
        ("Ügyfél telefonszáma", F.PHONE),  # partial: a phone, not the customer
        ("Vásárló e-mail címe", F.EMAIL),
        ("Rendelés végösszege", F.TOTAL),
        ("Verð á einingu", F.ITEM_PRICE),
        ("Product description", F.PRODUCT),
    ],
)
def test_case_accents_punctuation_and_compounds_do_not_matter(header: str, field: Field) -> None:
    assert guess_mapping([header]).fields.get(0) == field


@pytest.mark.parametrize(
    "header", ["Mértékegység", "Last update", "Username", "Szín", "Колонка 7", "Column 4", ""]
)
def test_unknown_headers_stay_unmapped(header: str) -> None:
    assert guess_mapping([header]).fields == {}


def test_money_words_next_to_discount_tax_or_shipping_are_not_the_total() -> None:
    headers = ["Discount amount", "Shipping total", "Refunded amount", "Tax amount", "Line total"]
    assert Field.TOTAL not in guess_mapping(headers).fields.values()


def test_unit_price_and_total_are_not_confused() -> None:
    guess = guess_mapping(["Egységár", "Végösszeg", "Цена за единицу", "Сумма заказа"])
    assert guess.fields == {0: F.ITEM_PRICE, 1: F.TOTAL}


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Dátum", "Rendelés dátuma"], {1: F.ORDER_DATE}),  # the specific one wins
        (["Dátum", "Születési dátum"], {0: F.ORDER_DATE, 1: F.BIRTHDAY}),
        (["Email", "E-mail"], {0: F.EMAIL}),  # a tie: the earlier column
        (["Amount", "Order total"], {1: F.TOTAL}),
        (["Név", "Vevő neve", "Ügyfél"], {1: F.NAME}),
        (["Customer e-mail", "Email"], {1: F.EMAIL}),  # exact beats partial
    ],
)
def test_two_columns_for_one_field_keep_the_better(
    headers: list[str], expected: dict[int, Field]
) -> None:
    assert guess_mapping(headers).fields == expected


@pytest.mark.parametrize(
    ("headers", "language", "expected"),
    [
        (
            ["Sorszám", "Vevő neve", "E-mail cím", "Rendelés dátuma", "Végösszeg", "Állapot"],
            "hu",
            {1: F.NAME, 2: F.EMAIL, 3: F.ORDER_DATE, 4: F.TOTAL, 5: F.STATUS},
        ),
        (
            ["Фамилия", "Имя", "Отчество", "Email", "Дата заказа", "Сумма", "Статус"],
            "ru",
            {0: F.LAST_NAME, 1: F.FIRST_NAME, 2: F.IGNORE, 3: F.EMAIL, 4: F.ORDER_DATE},
        ),
        (
            ["Nafn", "Kennitala", "Netfang", "Dagsetning", "Upphæð", "Vara", "Magn"],
            "is",
            {0: F.NAME, 1: F.CUSTOMER_NUMBER, 2: F.EMAIL, 3: F.ORDER_DATE, 4: F.TOTAL},
        ),
        (
            ["Naročnik", "E-pošta", "Telefon", "Datum naročila", "Znesek", "Opomba"],
            "sl",
            {0: F.NAME, 1: F.EMAIL, 2: F.PHONE, 3: F.ORDER_DATE, 4: F.TOTAL, 5: F.NOTE},
        ),
        (["Customer", "Email", "Date", "Amount"], "en", {0: F.NAME, 3: F.TOTAL}),
    ],
)
def test_hand_made_header_rows_map_and_report_their_language(
    headers: list[str], language: str, expected: dict[int, Field]
) -> None:
    guess = guess_mapping(headers)
    assert guess.layout is None
    assert guess.language == language
    assert expected.items() <= guess.fields.items()


def test_language_is_none_when_nothing_says() -> None:
    assert guess_mapping(["Email", "Telefon", "Foo"]).language is None  # "Telefon": hu or sl
    assert guess_mapping(["x", "y"]).language is None


SHOPIFY = (
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
    "Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,"
    "Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,"
    "Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,"
    "Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,"
    "Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,"
    "Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,"
    "Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,"
    "Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,"
    "Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,"
    "Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,Payment ID"
).split(",")
SHOPIFY_EXPECTED = {
    "Name": F.ORDER_NUMBER,
    "Billing Name": F.NAME,
    "Email": F.EMAIL,
    "Created at": F.ORDER_DATE,
    "Total": F.TOTAL,
    "Currency": F.CURRENCY,
    "Lineitem name": F.PRODUCT,
    "Lineitem sku": F.SKU,
    "Lineitem quantity": F.QUANTITY,
    "Lineitem price": F.ITEM_PRICE,
    "Financial Status": F.STATUS,
    "Cancelled at": F.CANCELLED_AT,
    "Accepts Marketing": F.ACCEPTS_MARKETING,
    "Billing Phone": F.PHONE,
    "Notes": F.NOTE,
}


def by_header(headers: list[str], fields: dict[int, Field]) -> dict[str, Field]:
    return {headers[i]: f for i, f in fields.items() if f is not Field.IGNORE}


def test_shopify_orders_export() -> None:
    guess = guess_mapping(SHOPIFY)
    assert (guess.layout, guess.language) == ("shopify", "en")
    assert by_header(SHOPIFY, guess.fields) == SHOPIFY_EXPECTED
    assert len(guess.fields) == len(SHOPIFY)  # every other column is decided: ignored


def test_shopify_without_billing_name_uses_shipping_name_and_phone() -> None:
    headers = [h for h in SHOPIFY if h not in ("Billing Name", "Billing Phone")]
    mapped = by_header(headers, guess_mapping(headers).fields)
    assert mapped["Shipping Name"] == F.NAME
    assert mapped["Phone"] == F.PHONE


def test_a_hand_made_sheet_with_name_and_total_is_not_shopify() -> None:
    guess = guess_mapping(["Name", "Email", "Total", "Created at", "Notes"])
    assert guess.layout is None
    assert guess.fields[0] == F.NAME


ALGOLPLUS = [
    "Order Number", "Order Status", "Order Date", "Customer Note", "First Name (Billing)",
    "Last Name (Billing)", "Company (Billing)", "Address 1&2 (Billing)", "City (Billing)",
    "State Code (Billing)", "Postcode (Billing)", "Country Code (Billing)", "Email (Billing)",
    "Phone (Billing)", "First Name (Shipping)", "Last Name (Shipping)", "Item #", "SKU", "Name",
    "Product Variation", "Quantity", "Quantity (- Refund)", "Item Cost", "Order Line (w/o tax)",
    "Order Line Tax", "Order Line Total", "Order Line Total Refunded", "Coupon Code",
    "Discount Amount", "Payment Method Title", "Cart Discount Amount", "Order Subtotal Amount",
    "Order Tax Amount", "Order Shipping Amount", "Order Refund Amount", "Order Total Amount",
    "Order Total Tax Amount", "Order Currency", "Total items", "Total products",
]  # fmt: skip
SKYVERGE = (
    "order_id,order_number,order_number_formatted,order_date,status,shipping_total,"
    "shipping_tax_total,fee_total,tax_total,discount_total,order_total,refunded_total,"
    "order_currency,payment_method,shipping_method,customer_id,billing_first_name,"
    "billing_last_name,billing_full_name,billing_company,billing_email,billing_phone,"
    "billing_address_1,billing_city,billing_postcode,billing_country,shipping_first_name,"
    "shipping_last_name,item_id,item_name,item_sku,item_quantity,item_subtotal,item_total,"
    "item_refunded,item_meta,coupon_items,order_notes,customer_note"
).split(",")
ANALYTICS = [
    "Date", "Order #", "Status", "Customer", "Customer type", "Product(s)", "Items sold",
    "Coupon(s)", "Net sales", "Attribution",
]  # fmt: skip


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ALGOLPLUS,
            {
                "Order Number": F.ORDER_NUMBER,
                "Order Status": F.STATUS,
                "Order Date": F.ORDER_DATE,
                "Customer Note": F.NOTE,
                "First Name (Billing)": F.FIRST_NAME,
                "Last Name (Billing)": F.LAST_NAME,
                "Email (Billing)": F.EMAIL,
                "Phone (Billing)": F.PHONE,
                "SKU": F.SKU,
                "Name": F.PRODUCT,
                "Quantity (- Refund)": F.QUANTITY,
                "Item Cost": F.ITEM_PRICE,
                "Order Total Amount": F.TOTAL,
                "Order Currency": F.CURRENCY,
            },
        ),
        (
            SKYVERGE,
            {
                "order_number_formatted": F.ORDER_NUMBER,
                "order_date": F.ORDER_DATE,
                "status": F.STATUS,
                "order_total": F.TOTAL,
                "order_currency": F.CURRENCY,
                "customer_id": F.CUSTOMER_NUMBER,
                "billing_first_name": F.FIRST_NAME,
                "billing_last_name": F.LAST_NAME,
                "billing_full_name": F.NAME,
                "billing_email": F.EMAIL,
                "billing_phone": F.PHONE,
                "item_name": F.PRODUCT,
                "item_sku": F.SKU,
                "item_quantity": F.QUANTITY,
                "customer_note": F.NOTE,
            },
        ),
        (
            ANALYTICS,
            {
                "Date": F.ORDER_DATE,
                "Order #": F.ORDER_NUMBER,
                "Status": F.STATUS,
                "Customer": F.NAME,
                "Product(s)": F.PRODUCT,
                "Items sold": F.QUANTITY,
                "Net sales": F.TOTAL,
            },
        ),
    ],
    ids=["algolplus", "skyverge", "analytics"],
)
def test_woocommerce_exports(headers: list[str], expected: dict[str, Field]) -> None:
    guess = guess_mapping(headers)
    assert (guess.layout, guess.language) == ("woocommerce", "en")
    assert by_header(headers, guess.fields) == expected


def test_layout_detection_needs_several_markers() -> None:
    assert detect_layout(["Order Number", "Order Date", "Email", "Total"]) is None
    assert detect_layout(["order_number", "order_date", "email"]) is None
    assert detect_layout(["Billing Name", "Email", "Total"]) is None


def test_header_signature_ignores_order_case_accents_and_spacing() -> None:
    base = header_signature(["Vevő neve", "E-mail cím", "Végösszeg"])
    assert header_signature(["VÉGÖSSZEG", "  vevo   NEVE ", "e-mail cim"]) == base
    assert len(base) == 16 and base == header_signature(("Végösszeg", "Vevő neve", "E-mail cím"))
    assert header_signature(["Vevő neve", "E-mail cím"]) != base
    assert header_signature(["Vevő neve", "E-mail cím", "Összeg"]) != base


def test_normalize() -> None:
    assert normalize("  E-mail CÍM: ") == "e mail cim"
    assert normalize("Order#") == "order #"
    assert normalize("№ заказа") == "no заказа"
    assert normalize("billing_first_name") == "billing first name"


def test_the_word_tables_never_give_one_header_two_meanings() -> None:
    table = _exact()  # raises on a conflict
    assert table[normalize("Telefon")][2] == {"hu", "sl"}
    for langs in header_words.IGNORED:
        assert set(langs.split()) <= {"en", "hu", "ru", "is", "sl"}


@pytest.mark.parametrize(
    ("name", "layout", "language", "expected"),
    [
        ("shopify_orders.csv", "shopify", "en", {"Billing Name": F.NAME, "Name": F.ORDER_NUMBER}),
        ("woocommerce_orders.csv", "woocommerce", "en", {"Order Total Amount": F.TOTAL}),
        ("hu_rendelesek.csv", None, "hu", {"Vevő neve": F.NAME, "Végösszeg": F.TOTAL}),
        ("ru_zakazy.csv", None, "ru", {"ФИО": F.NAME, "Сумма": F.TOTAL}),
        ("is_pantanir.csv", None, "is", {"Nafn": F.NAME, "Upphæð": F.TOTAL}),
        ("sl_narocila.csv", None, "sl", {"Naročnik": F.NAME, "Znesek": F.TOTAL}),
        ("bad_rows.csv", None, "en", {"Customer name": F.NAME, "Total": F.TOTAL}),
        ("freelancer_jobs.xlsx", None, "en", {"Client": F.NAME, "Gross": F.TOTAL}),
        ("customers_only.xlsx", None, "en", {"Name": F.NAME, "E-mail": F.EMAIL}),
    ],
)
def test_fixture_files(
    name: str, layout: str | None, language: str, expected: dict[str, Field]
) -> None:
    table = read_file(FIXTURES / name)
    guess = guess_mapping(table.headers)
    assert (guess.layout, guess.language) == (layout, language)
    assert expected.items() <= by_header(table.headers, guess.fields).items()


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter"),
    [
        ("shopify_orders.csv", "utf-8", ","),
        ("woocommerce_orders.csv", "utf-8-sig", ","),
        ("hu_rendelesek.csv", "cp1250", ";"),
        ("ru_zakazy.csv", "cp1251", ";"),
        ("is_pantanir.csv", "cp1252", ";"),
        ("sl_narocila.csv", "iso8859-2", ";"),
        ("bad_rows.csv", "utf-8", ","),
    ],
)
def test_fixture_csvs_are_in_the_encoding_the_readme_names(
    name: str, encoding: str, delimiter: str
) -> None:
    raw = (FIXTURES / name).read_bytes()
    assert raw.startswith(codecs.BOM_UTF8) == (encoding == "utf-8-sig")
    text = raw.decode(encoding)
    assert "\ufffd" not in text
    table = read_file(FIXTURES / name)
    assert (table.encoding, table.delimiter) == (encoding, delimiter)
    assert name in (FIXTURES / "README.md").read_text(encoding="utf-8")


def test_the_ods_fixture_is_a_real_opendocument_spreadsheet() -> None:
    from python_calamine import CalamineWorkbook

    with zipfile.ZipFile(FIXTURES / "orders.ods") as z:
        first = z.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
    rows = CalamineWorkbook.from_path(str(FIXTURES / "orders.ods")).get_sheet_by_index(0)
    data = rows.to_python()
    assert data[0] == ["Név", "E-mail", "Dátum", "Összeg"]
    assert data[1][2] == date(2025, 12, 1) and data[1][3] == 12990.5
    assert len(data) == 4
