"""UI test set-up: offscreen Qt, throw-away QSettings, and small databases with known answers."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Callable, Iterator  # noqa: E402
from datetime import date, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from lifecrm.core import lifecycle  # noqa: E402
from lifecrm.core.storage.db import Database, open_database  # noqa: E402
from lifecrm.ui.main_window import MainWindow  # noqa: E402
from tests.factories import add_customer, add_order  # noqa: E402

AS_OF = date(2025, 12, 1)

# (name, e-mail, phone, orders, days since the last order); totals grow down the list.
PEOPLE: tuple[tuple[str, str | None, str | None, int, int], ...] = (
    ("Gergő Tóth", "gergo.toth@example.hu", "+36 30 123 4567", 1, 10),
    ("Anna Kovács", "anna@example.hu", None, 1, 45),
    ("Иван Петров", "ivan@example.ru", "+7 912 555 0101", 2, 20),
    ("Jón Jónsson", "jon@example.is", None, 5, 30),
    ("Maja Novak", "maja.novak@example.si", "+386 41 222 333", 3, 75),
    ("Zsófia Szabó", "zsofi@example.hu", None, 1, 200),
    ("Guðrún Sigurðardóttir", "gudrun@example.is", None, 6, 150),
    ("Peter Horvat", None, "+386 40 111 222", 4, 500),
    ("Bence Nagy", "bence@example.hu", None, 1, 70),
    ("Ольга Смирнова", "olga@example.ru", None, 2, 100),
    ("Luka Kranjc", "luka@example.si", None, 1, 65),
    ("Emma Brown", "EMMA@Example.com", None, 7, 5),
    ("Ádám Varga", "adam.varga@example.hu", None, 0, 0),
    ("Sigríður Jónsdóttir", "sigga@example.is", None, 2, 55),
    ("Nina Zupan", "nina@example.si", None, 1, 80),
)


def build_shop(db: Database, as_of: date = AS_OF) -> None:
    """Fifteen customers in every stage, with accents and Cyrillic, then stages as of `as_of`."""
    with db.write() as conn:
        for n, (name, email, phone, orders, days) in enumerate(PEOPLE):
            cid = add_customer(conn, name, email=email, phone=phone)
            for k in range(orders):
                when = as_of - timedelta(days=days + 9 * k)
                add_order(conn, cid, when, total_minor=(n + 1) * 137_000 + k * 1_000)
    lifecycle.recompute(db, as_of)


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication) -> None:
    from lifecrm.app import EnglishPlurals

    qapp.installTranslator(EnglishPlurals(qapp))


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path, qapp: QApplication) -> Path:
    """Window state goes to the test's own folder, never the real user's settings."""
    folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName("LifeCRM-tests")
    qapp.setApplicationName("LifeCRM-tests")
    return folder


@pytest.fixture
def shop_path(db_path: Path) -> Path:
    db = open_database(db_path)
    build_shop(db)
    db.close()
    return db_path


@pytest.fixture
def shop(shop_path: Path) -> Iterator[Database]:
    db = open_database(shop_path)
    yield db
    db.close()


@pytest.fixture
def empty_db(db_path: Path) -> Iterator[Database]:
    db = open_database(db_path)
    yield db
    db.close()


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MakeWindow]:
    """Builds a shown window; at the end waits for its jobs, so no test leaves a writer behind."""
    windows: list[MainWindow] = []

    def make(db: Database, **kwargs: object) -> MainWindow:
        kwargs.setdefault("as_of", AS_OF)
        kwargs.setdefault("demo_path", lambda: tmp_path / "demo" / "demo.sqlite")
        kwargs.setdefault("own_path", lambda: tmp_path / "own" / "lifecrm.sqlite")
        window = MainWindow(db, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        qtbot.waitUntil(lambda w=window: not w.jobs.busy, timeout=30_000)
        window.shutdown()
