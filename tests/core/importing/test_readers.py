"""Reading the owner's files: encodings, delimiters, header rows, workbooks, and clear refusals."""

from __future__ import annotations

import codecs
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lifecrm.core.importing.readers import UnreadableFile, read_file

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


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("orders.xlsx", b"PK\x03\x04 not really a workbook", "not an Excel workbook"),
        ("orders.pdf", b"%PDF-1.7", "not a spreadsheet"),
        ("orders.xls", b"\xd0\xcf\x11\xe0", "save orders.xls as .xlsx or .csv"),
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
    assert str(caught.value).endswith(".")


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
