"""Reading the owner's files: encodings, delimiters, header rows, workbooks, and clear refusals."""

from __future__ import annotations

import codecs
import re
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lifecrm.core.importing.readers import UnreadableFile, list_sheets, read_file

HU_ROWS = [
    ["Vevő neve", "E-mail cím", "Végösszeg"],
    ["Tóth Gergő", "gergo@example.hu", "1.590,50"],
    ["Štefan Košir", "stefan@example.si", "2 990,00"],
]


def write(
    path: Path, rows: list[list[str]], *, delimiter: str, encoding: str, bom: bytes = b""
) -> Path:
    text = "\r\n".join(delimiter.join(row) for row in rows) + "\r\n"
    path.write_bytes(bom + text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "bom", "expected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("cp1250", b"", "cp1250"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
    ],
)
def test_text_encodings_are_detected_and_named(tmp_path, encoding, bom, expected) -> None:
    path = write(tmp_path / "orders.csv", HU_ROWS, delimiter=";", encoding=encoding, bom=bom)
    table = read_file(path)
    assert table.encoding == expected
    assert table.headers == HU_ROWS[0]
    assert [cells for _n, cells in table.rows] == HU_ROWS[1:]


def test_russian_windows_1251_is_read_as_cyrillic(tmp_path) -> None:
    rows = [
        ["ФИО", "Дата заказа", "Сумма"],
        ["Иванов Иван Сергеевич", "01.12.2025", "1 590,50"],
        ["Смирнова Ольга", "02.12.2025", "990,00"],
    ]
    table = read_file(write(tmp_path / "заказы.txt", rows, delimiter="\t", encoding="cp1251"))
    assert table.encoding == "cp1251"
    assert table.delimiter == "\t"
    assert table.rows[0][1][0] == "Иванов Иван Сергеевич"


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_the_delimiter_is_detected(tmp_path, delimiter) -> None:
    rows = [
        ["Name", "Email", "Total"],
        ["Anna Smith", "anna@x.com", "12.00"],
        ["Bo Li", "bo@x.com", "3.50"],
    ]
    table = read_file(write(tmp_path / "a.csv", rows, delimiter=delimiter, encoding="utf-8"))
    assert table.delimiter == delimiter
    assert table.headers == ["Name", "Email", "Total"]


def test_quoted_fields_keep_their_delimiters(tmp_path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('Name,Note,Total\n"Smith, Anna","said ""hi""; left",12\nBo,x,3\n')
    table = read_file(path)
    assert table.rows[0][1] == ["Smith, Anna", 'said "hi"; left', "12"]


def test_title_rows_above_the_header_are_skipped_and_row_numbers_kept(tmp_path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Webshop export 2019\n\nName;Email;Total\nAnna;a@x.hu;1\n\nBo;b@x.hu;2\n;;\n")
    table = read_file(path)
    assert table.header_row == 3
    assert [n for n, _cells in table.rows] == [4, 6]


def test_the_owner_can_override_the_encoding(tmp_path) -> None:
    path = write(tmp_path / "o.csv", HU_ROWS, delimiter=";", encoding="cp1250")
    assert read_file(path).rows[0][1][0] == "Tóth Gergő"
    assert read_file(path, encoding="cp1252").rows[0][1][0] == "Tóth Gergõ"  # ő is õ there
    with pytest.raises(UnreadableFile, match="utf-8"):
        read_file(path, encoding="utf-8")


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "Notes"  # an empty first sheet
    sheet = book.create_sheet("Orders")
    sheet["A1"] = "Rendelések 2019"
    sheet.merge_cells("A1:D1")
    sheet.append([])
    sheet.append(["Vevő neve", "Rendelés dátuma", "Végösszeg", "Db", None, None])
    sheet.append(["Tóth Gergő", datetime(2025, 12, 1, 14, 13), 1590.5, "=1+1"])
    sheet.append([])
    sheet.append(["Kiss Anna", datetime(2019, 3, 4), "2 990", 3])
    for _ in range(5):
        sheet.append([None, None, None])
    other = book.create_sheet("Customers")
    other.append(["Name", "Email"])
    other.append(["Jón Þórsson", "jon@example.is"])
    book.save(path)
    return path


def test_a_workbook_opens_on_its_first_sheet_with_data(tmp_path) -> None:
    table = read_file(_workbook(tmp_path / "orders.xlsx"))
    assert table.sheet == "Orders"
    assert table.sheets == ["Notes", "Orders", "Customers"]
    assert table.header_row == 3
    assert table.headers == ["Vevő neve", "Rendelés dátuma", "Végösszeg", "Db"]
    assert [n for n, _c in table.rows] == [4, 6]
    first = table.rows[0][1]
    assert first[:3] == ["Tóth Gergő", datetime(2025, 12, 1, 14, 13), 1590.5]


def test_any_sheet_can_be_chosen_and_an_unknown_one_is_named(tmp_path) -> None:
    path = _workbook(tmp_path / "orders.xlsx")
    assert read_file(path, sheet="Customers").rows == [(2, ["Jón Þórsson", "jon@example.is"])]
    with pytest.raises(UnreadableFile, match="Notes, Orders, Customers"):
        read_file(path, sheet="Invoices")


def _rewrite(path: Path, member: str, old: str, new: str) -> None:
    """Edits one part of a saved workbook (openpyxl cannot write what Excel would)."""
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    text = parts[member].decode()
    assert old in text
    parts[member] = text.replace(old, new).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_workbook_cells_keep_their_types(tmp_path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Orders"
    sheet.append(["Customer", "Ordered", "Paid at", "Pickup", "Took", "Paid", "Total", "Code"])
    sheet.append(
        [
            "Kiss Anna",
            date(2025, 12, 1),
            datetime(2025, 12, 1, 14, 13),
            time(10, 30),
            timedelta(hours=30),
            True,
            12990,
            "00123",  # a number stored as text keeps its zeros
        ]
    )
    sheet["B2"].number_format = "yyyy-mm-dd"
    sheet["E2"].number_format = "[h]:mm"
    book.save(tmp_path / "t.xlsx")
    (_n, cells), *_ = read_file(tmp_path / "t.xlsx").rows
    assert cells == [
        "Kiss Anna",
        date(2025, 12, 1),
        datetime(2025, 12, 1, 14, 13),
        time(10, 30),
        timedelta(hours=30),
        True,
        12990.0,  # .xlsx keeps every number as a double; 12990.0 == 12990
        "00123",
    ]
    assert type(cells[1]) is date


def test_data_placed_anywhere_keeps_the_row_numbers_the_spreadsheet_shows(tmp_path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["B3"] = "Name"  # nothing in column A nor rows 1-2
    sheet["C3"] = "Email"
    sheet["B4"] = "Anna"
    sheet["C4"] = "a@x.hu"
    sheet["B7"] = "Bo"
    sheet["H20"] = None  # openpyxl stores no empty cell
    sheet["B9"].value = ""
    book.save(tmp_path / "b.xlsx")
    table = read_file(tmp_path / "b.xlsx")
    assert table.header_row == 3
    assert table.headers == ["Name", "Email"]
    assert table.rows == [(4, ["Anna", "a@x.hu"]), (7, ["Bo", None])]


def test_a_column_b_only_sheet_starting_at_row_five_is_numbered_right(tmp_path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row, value in [(5, "Report"), (7, "Name"), (8, "Anna"), (9, "Bo")]:
        sheet.cell(row=row, column=2, value=value)
    sheet.cell(row=7, column=3, value="Email")
    sheet.cell(row=9, column=3, value="bo@x.hu")
    book.save(tmp_path / "b.xlsx")
    table = read_file(tmp_path / "b.xlsx")
    assert (table.header_row, table.headers) == (7, ["Name", "Email"])
    assert table.rows == [(8, ["Anna", None]), (9, ["Bo", "bo@x.hu"])]


def test_formulas_give_their_saved_results_and_never_calculated_ones_are_empty(tmp_path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Qty", "Price", "Total", "Label"])
    sheet.append(["Anna", 2, 4.5, "=B2*C2", '=A2&"!"'])
    path = tmp_path / "f.xlsx"
    book.save(path)
    # openpyxl saves formulas without results (Excel computes them on opening): they read empty.
    assert read_file(path).rows[0][1] == ["Anna", 2.0, 4.5, None, None]
    # A file Excel saved carries each result next to its formula; that result is what we read.
    sheet_xml = "xl/worksheets/sheet1.xml"
    _rewrite(path, sheet_xml, "<f>B2*C2</f><v />", "<f>B2*C2</f><v>9</v>")
    _rewrite(path, sheet_xml, '<c r="E2"><f>', '<c r="E2" t="str"><f>')
    _rewrite(path, sheet_xml, '&amp;"!"</f><v />', '&amp;"!"</f><v>Anna!</v>')
    assert read_file(path).rows[0][1] == ["Anna", 2.0, 4.5, 9.0, "Anna!"]


def test_trailing_empty_rows_and_columns_are_dropped(tmp_path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Email", None, None])
    sheet.append(["Anna", "a@x.hu"])
    sheet["F30"] = "   "  # whitespace far away: formatted, but no data
    sheet["G40"] = ""
    book.save(tmp_path / "t.xlsx")
    table = read_file(tmp_path / "t.xlsx")
    assert table.headers == ["Name", "Email"]
    assert table.rows == [(2, ["Anna", "a@x.hu"])]


def test_hidden_and_empty_sheets_are_passed_over_by_default(tmp_path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Blank"
    lookup = book.create_sheet("Lookup")
    lookup.append(["Code", "Meaning"])
    lookup.append(["A", "Active"])
    lookup.sheet_state = "hidden"
    orders = book.create_sheet("Orders")
    orders.append(["Name", "Email"])
    orders.append(["Bo", "bo@x.hu"])
    path = tmp_path / "h.xlsx"
    book.save(path)
    assert read_file(path).sheet == "Orders"
    assert read_file(path, sheet="Lookup").rows == [(2, ["A", "Active"])]
    assert list_sheets(path) == ["Blank", "Lookup", "Orders"]
    assert list_sheets(write(tmp_path / "a.csv", HU_ROWS, delimiter=";", encoding="utf-8")) == []


def _ods(path: Path) -> Path:
    """A LibreOffice-style .ods: mimetype first and stored, repeated blank rows, typed cells.

    No whitespace between cells, as LibreOffice writes it (calamine refuses text there)."""

    def text(value: str) -> str:
        cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
        return cell.format(value)

    def typed(kind: str, attribute: str, value: str) -> str:
        return f'<table:table-cell office:value-type="{kind}" office:{attribute}="{value}"/>'

    def row(*cells: str, repeated: int = 1) -> str:
        attrs = f' table:number-rows-repeated="{repeated}"' if repeated > 1 else ""
        return f"<table:table-row{attrs}>{''.join(cells)}</table:table-row>"

    blank = "<table:table-cell/>"
    rows = [
        row(text("Rendelések 2019")),
        row(blank, repeated=2),
        row(text("Vevő"), text("Dátum"), text("Végösszeg"), text("Kód")),
        row(
            text("Tóth Gergő"),
            typed("date", "date-value", "2025-12-01"),
            typed("float", "value", "1590.5"),
            text("007"),
        ),
        row('<table:table-cell table:number-columns-repeated="4"/>'),
        row(
            text("Kiss Anna"),
            typed("date", "date-value", "2019-03-04T10:20:00"),
            typed("float", "value", "12990"),
        ),
    ]
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        "<office:document-content"
        ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        "<office:body><office:spreadsheet>"
        f'<table:table table:name="Üres">{row(blank)}</table:table>'
        f'<table:table table:name="Rendelések">{"".join(rows)}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
<manifest:file-entry manifest:full-path="/"
  manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")  # stored
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def test_an_opendocument_spreadsheet_is_read(tmp_path) -> None:
    table = read_file(_ods(tmp_path / "rendelések.ods"))
    assert (table.sheet, table.sheets) == ("Rendelések", ["Üres", "Rendelések"])
    assert (table.header_row, table.headers) == (4, ["Vevő", "Dátum", "Végösszeg", "Kód"])
    assert table.rows == [
        (5, ["Tóth Gergő", date(2025, 12, 1), 1590.5, "007"]),
        (7, ["Kiss Anna", datetime(2019, 3, 4, 10, 20), 12990.0, None]),
    ]


# .xls: nothing installed here writes one (xlwt is not a dependency), so only its refusals are
# tested; calamine reads .xls files with the same code path as .xlsx.


def test_a_workbook_named_wrongly_is_read_by_its_content(tmp_path) -> None:
    path = _workbook(tmp_path / "orders.xlsx").rename(tmp_path / "orders.xls")
    assert read_file(path).headers[0] == "Vevő neve"


def _empty_workbook(path: Path) -> Path:
    openpyxl.Workbook().save(path)
    return path


# An .xlsx saved with a password is an encrypted OLE container, not a zip file.
_ENCRYPTED = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "EncryptionInfo".encode("utf-16-le")


@pytest.mark.parametrize(
    ("name", "make", "sheet", "message"),
    [
        ("zip.xlsx", lambda p: p.write_bytes(b"PK\x03\x04" + bytes(300)), None, "may be damaged"),
        ("cut.xlsx", lambda p: p.write_bytes(_workbook(p).read_bytes()[:3000]), None, "damaged"),
        ("locked.xlsx", lambda p: p.write_bytes(_ENCRYPTED), None, "protected with a password"),
        ("locked.xlsm", lambda p: p.write_bytes(_ENCRYPTED), None, "remove the password"),
        ("empty.xlsx", _empty_workbook, None, "has no data in any of its sheets"),
        ("orders.xlsx", _workbook, "Invoices", "choose one of its sheets: Notes, Orders, Cust"),
        ("orders.xlsx", _workbook, "Notes", "The sheet 'Notes' of orders.xlsx is empty"),
    ],
)
def test_unreadable_workbooks_are_refused_with_one_sentence(
    tmp_path, name, make, sheet, message
) -> None:
    path = tmp_path / name
    make(path)
    with pytest.raises(UnreadableFile) as caught:
        read_file(path, sheet=sheet)
    said = str(caught.value)
    assert message in said
    assert _one_sentence(said)


def _one_sentence(message: str) -> bool:
    """Ends with a full stop and has no other sentence end ("orders.xlsx" is not one)."""
    return message.endswith(".") and re.search(r"[.!?]\s", message) is None


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("orders.xlsx", b"PK\x03\x04 not really a workbook", "not an Excel workbook"),
        ("orders.pdf", b"%PDF-1.7", "not a spreadsheet"),
        ("orders.xls", b"\xd0\xcf\x11\xe0", "orders.xls is not an Excel workbook"),
        ("orders.ods", b"PK\x03\x04 junk", "not an OpenDocument spreadsheet"),
        ("empty.csv", b"\n\n;;\n", "has no data"),
        ("numbers.csv", b"1;2;3\n4;5;6\n", "no header row"),
        ("binary.csv", b"\x00\x01\x02abc\x00\x00\x03" * 10, "not a text file"),
    ],
)
def test_unusable_files_are_refused_with_one_sentence(tmp_path, name, content, message) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableFile) as caught:
        read_file(path)
    assert message in str(caught.value)
    assert _one_sentence(str(caught.value))


def test_a_missing_file_is_named(tmp_path) -> None:
    with pytest.raises(UnreadableFile, match="There is no file"):
        read_file(tmp_path / "nope.csv")


# Words as people write them: plain letters with some accented ones (a file of "áá" alone is
# ambiguous between Windows-1250 and -1251 for any detector; the preview lets the owner choose).
_WORD = st.text(alphabet="abcdeáéíóöőúüűšžčAZ ", min_size=2, max_size=12).filter(
    lambda w: w.strip() == w and any(ch in "abcdeAZ" for ch in w)
)


@settings(max_examples=40, deadline=None)
@given(
    table=st.integers(2, 6).flatmap(
        lambda width: st.lists(
            st.lists(_WORD, min_size=width, max_size=width), min_size=2, max_size=8
        )
    ),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "cp1250", "utf-16"]),
)
def test_any_table_of_words_reads_back_exactly(tmp_path_factory, table, delimiter, encoding):
    path = tmp_path_factory.mktemp("prop") / "t.csv"
    write(path, table, delimiter=delimiter, encoding=encoding)
    read = read_file(path)
    assert read.headers == table[0]
    assert [cells for _n, cells in read.rows] == table[1:]


@pytest.mark.parametrize(
    ("rows", "encoding"),
    [
        (
            [["Nafn", "Netfang", "Upphæð"], ["Þórður Jónsson", "thordur@simnet.is", "4990"]],
            "cp1252",
        ),
        (
            [["Naročnik", "E-pošta", "Znesek"], ["Žiga Košir", "ziga@siol.net", "12,00"]],
            "iso8859-2",
        ),
        ([["Naročnik", "E-pošta", "Znesek"], ["Žiga Košir", "ziga@siol.net", "12,00"]], "cp1250"),
        ([["Név", "Végösszeg"], ["Szűcs Ödön", "1 590"]], "cp1250"),
    ],
)
def test_each_languages_old_code_page_is_recognised(tmp_path, rows, encoding) -> None:
    table = read_file(write(tmp_path / "x.csv", rows, delimiter=";", encoding=encoding))
    assert table.encoding == encoding
    assert table.rows[0][1][0] == rows[1][0]


def test_a_one_column_list_is_read_with_or_without_its_name(tmp_path) -> None:
    named = tmp_path / "named.csv"
    named.write_text("E-mail\nanna@example.hu\nbob@example.is\n", encoding="utf-8")
    bare = tmp_path / "bare.csv"
    bare.write_text("anna@example.hu\nbob@example.is\n", encoding="utf-8")

    with_name, without = read_file(named), read_file(bare)

    assert (with_name.headers, [c for _n, c in with_name.rows]) == (
        ["E-mail"],
        [["anna@example.hu"], ["bob@example.is"]],
    )
    assert without.headers == ["Column 1"]
    assert [n for n, _c in without.rows] == [1, 2]  # every line is data, numbered as shown
