"""What a new user meets first: --help, --demo, every option explained, a readable list,
a warning for unsigned drafts, and a start-up that loads only what the command needs."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from lifecrm.cli import COMMAND_MODULES, build_parser
from lifecrm.core.storage.db import open_database
from tests.e2e.test_cli import AS_OF, lifecrm
from tests.e2e.test_cli_drafts import AS_OF as SHOP_DAY
from tests.e2e.test_cli_drafts import make_shop
from tests.factories import add_customer


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def _all_parsers() -> list[tuple[str, argparse.ArgumentParser]]:
    parser, _commands = build_parser(None)
    found = []
    for name, sub in _subparsers(parser).items():
        nested = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
        found += [(f"{name} {k}", p) for k, p in _subparsers(sub).items()] if nested else []
        found.append((name, sub))
    return found


def test_every_option_of_every_command_says_what_it_does() -> None:
    silent = [
        f"{name} {action.option_strings or action.dest}"
        for name, sub in _all_parsers()
        for action in sub._actions
        if not action.help and not isinstance(action, argparse._SubParsersAction)
    ]
    assert silent == []


def test_the_short_help_of_each_command_is_the_one_its_module_gives() -> None:
    full, _commands = build_parser(None)
    (action,) = [a for a in full._actions if isinstance(a, argparse._SubParsersAction)]
    given = {c.dest: c.help for c in action._choices_actions}
    assert given == {name: helptext for name, (_module, helptext) in COMMAND_MODULES.items()}


def test_help_says_where_the_databases_live(isolated_user_folders: Path) -> None:
    done = lifecrm("--help", env={"XDG_DATA_HOME": str(isolated_user_folders / "data")})
    assert done.returncode == 0
    data = isolated_user_folders / "data" / "LifeCRM"
    assert f"Your database: {data / 'lifecrm.sqlite'}." in done.stdout
    assert str(data / "demo.sqlite") in done.stdout
    assert "LIFECRM_DB" in done.stdout and "--db" in done.stdout
    mine = lifecrm("--help", env={"LIFECRM_DB": "/srv/shop.sqlite"})
    assert "Your database: /srv/shop.sqlite (from $LIFECRM_DB)." in mine.stdout


def test_demo_chooses_the_demo_database_for_every_command(isolated_user_folders: Path) -> None:
    demo = isolated_user_folders / "data" / "LifeCRM" / "demo.sqlite"
    made = lifecrm("--demo", "demo", "--customers", "30", "--as-of", AS_OF, "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["database"] == str(demo)
    for argv in (["--demo", "stages"], ["stages", "--demo"]):
        done = lifecrm(*argv, "--as-of", AS_OF, "--json")
        assert json.loads(done.stdout)["total"] == 30
    mine = lifecrm("stages", "--as-of", AS_OF, "--json")
    assert json.loads(mine.stdout)["total"] == 0
    both = lifecrm("--demo", "stages", "--db", str(demo))
    assert both.returncode == 2 and "either --demo or --db" in both.stderr


def test_customers_text_has_headers_and_an_empty_result_says_so(db_path: Path) -> None:
    make_shop(db_path)
    listed = lifecrm("customers", "--db", str(db_path), "--as-of", SHOP_DAY).stdout.splitlines()
    assert listed[0].split() == ["ID", "Name", "E-mail", "Stage", "Orders", "Total", "spent"]
    assert "Emily Clarke" in listed[1] or "Emily Clarke" in listed[2]
    none = lifecrm("customers", "--db", str(db_path), "--search", "nobody-at-all")
    assert none.returncode == 0 and none.stdout == "No customers match.\n"
    empty_json = lifecrm("customers", "--db", str(db_path), "--search", "nobody", "--json")
    assert json.loads(empty_json.stdout) == []


def test_draft_without_your_details_warns_in_one_line_and_still_drafts(db_path: Path) -> None:
    make_shop(db_path)
    args = ["draft", "--db", str(db_path), "--template", "thank-you-new", "--stage", "new"]
    done = lifecrm(*args, "--as-of", SHOP_DAY, "--json")
    assert done.returncode == 0
    assert done.stderr.count("\n") == 1 and "Your details are empty" in done.stderr
    assert len(json.loads(done.stdout)["drafts"]) == 1
    lifecrm("profile", "--db", str(db_path), "--owner-name", "Anna Kovács")
    signed = lifecrm(*args, "--as-of", SHOP_DAY, "--json")
    assert signed.returncode == 0 and signed.stderr == ""


HOSTILE = "\u202egnp.exe\u200b\ufeff\x9b31m Eve\x1b]0;pwned\x07\x1b[2J\x00"


def test_control_characters_in_data_never_reach_the_terminal(db_path: Path) -> None:
    db = open_database(db_path)
    with db.write() as conn:
        add_customer(conn, HOSTILE, email="eve@example.com")
    db.close()
    text = lifecrm("customers", "--db", str(db_path)).stdout
    assert "  \\u202egnp.exe\\u200b\\ufeff\\x9b3  " in text  # escaped, then cut to width
    segment = lifecrm("segment", "show", "--db", str(db_path), "Prospects\x1b[2J\u202e")
    assert "Prospects\\x1b[2J\\u202e" in segment.stderr
    text += segment.stderr
    assert not any(ch in text for ch in "\x1b\x07\x00\u202e\u200b\ufeff\x9b")
    raw = lifecrm("customers", "--db", str(db_path), "--json").stdout
    assert raw.isascii() or not any(ch in raw for ch in "\x1b\x07\x00\u202e\u200b\ufeff\x9b")
    (row,) = json.loads(raw)
    assert row["name"] == HOSTILE  # exact JSON: the same value, only written with escapes


def test_an_error_naming_hostile_text_is_printable(db_path: Path) -> None:
    done = lifecrm("segment", "show", "--db", str(db_path), "x\x1b[31my")
    assert done.returncode == 2
    assert "x\\x1b[31my" in done.stderr and "\x1b" not in done.stderr


def _loaded(*argv: str) -> set[str]:
    """The top-level packages a real `lifecrm ARGV` run has imported when it ends."""
    code = (
        "import sys, atexit\n"
        "atexit.register(lambda: print(' '.join(sorted({m.split('.')[0] for m in sys.modules})),"
        " file=sys.stderr))\n"
        "from lifecrm.cli import main\n"
        f"sys.exit(main({list(argv)!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return set(done.stderr.split())


def test_help_imports_no_database_code() -> None:
    loaded = _loaded("--help")
    assert not loaded & {"sqlalchemy", "sqlmodel", "alembic", "babel", "jinja2", "keyring"}


@pytest.mark.parametrize("command", ["stages", "customers"])
def test_a_report_on_a_current_database_loads_neither_alembic_nor_sqlmodel(
    db_path: Path, command: str
) -> None:
    loaded = _loaded(command, "--db", str(db_path), "--json")
    assert "sqlalchemy" in loaded
    assert not loaded & {"alembic", "sqlmodel", "jinja2", "keyring"}
