"""Builds the frozen LifeCRM folder with PyInstaller and proves that it runs.

    python3 installer/build.py                 # fresh build venv, build, check
    python3 installer/build.py --reuse-venv    # keep the build venv of the last run (faster)
    python3 installer/build.py --check-only    # only run the checks on an existing dist/

Steps: a throw-away venv (default: <tmp>/lifecrm-build-venv) gets a non-editable install of
LifeCRM from a clean copy of the sources plus PyInstaller; PyInstaller runs installer/lifecrm.spec
into installer/dist/LifeCRM; then the built executable runs a window smoke test (Qt offscreen) and
the command-line checks below on throw-away databases. Exits non-zero on the first failure.

Needs only a Python 3.11+ to run it; the project's own .venv is left alone.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SPEC = HERE / "lifecrm.spec"
APP_NAME = "LifeCRM"
PYINSTALLER = "pyinstaller>=6.10,<7"
FIXTURES = REPO / "tests" / "fixtures" / "import"
WINDOWS = sys.platform == "win32"


class CheckFailed(Exception):
    pass


def say(text: str) -> None:
    print(f"[build] {text}", flush=True)


def run(cmd: Sequence[str | Path], **kwargs: Any) -> None:
    say("$ " + " ".join(str(c) for c in cmd))
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def venv_bin(venv_dir: Path, name: str) -> Path:
    folder = venv_dir / ("Scripts" if WINDOWS else "bin")
    return folder / (name + (".exe" if WINDOWS else ""))


def source_copy(dest: Path) -> Path:
    """Just what a wheel needs, without the work tree's build/, egg-info or caches."""
    shutil.copytree(
        REPO / "lifecrm",
        dest / "lifecrm",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, dest / name)
    return dest


def make_build_venv(venv_dir: Path, reuse: bool) -> Path:
    python = venv_bin(venv_dir, "python")
    if reuse and python.exists():
        say(f"reusing the build venv {venv_dir}")
    else:
        if venv_dir.exists():
            if venv_dir.resolve() == (REPO / ".venv").resolve():
                raise SystemExit("build.py: --venv must not be the project's own .venv")
            if not (venv_dir / "pyvenv.cfg").is_file():
                raise SystemExit(f"build.py: {venv_dir} exists and is no venv; not deleting it")
            shutil.rmtree(venv_dir)
        say(f"creating the build venv {venv_dir}")
        venv.EnvBuilder(with_pip=True, clear=True).create(venv_dir)
        run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    with tempfile.TemporaryDirectory(prefix="lifecrm-src-") as src:
        run([python, "-m", "pip", "install", "--quiet", source_copy(Path(src)), PYINSTALLER])
        if reuse:  # the current sources, even where the version number did not change
            run([python, "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", src])
    return python


def build(python: Path, dist: Path, work: Path) -> float:
    started = time.perf_counter()
    run(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            dist,
            "--workpath",
            work,
            SPEC,
        ],
        cwd=HERE,
    )
    return time.perf_counter() - started


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def human(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    raise AssertionError


def du_sh(folder: Path) -> str:
    if shutil.which("du"):
        out = subprocess.run(["du", "-sh", str(folder)], capture_output=True, text=True)
        if out.returncode == 0:
            return out.stdout.strip()
    return f"{human(folder_size(folder))}\t{folder}"


# --- Checks on the built folder ---------------------------------------------------------------


@dataclass
class Frozen:
    folder: Path  # dist/LifeCRM
    tmp: Path  # throw-away databases, and the app's home (settings, logs)
    build_python: Path | None = None  # the build venv's, for PyInstaller's archive viewer
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def exe(self) -> Path:
        return self.folder / (APP_NAME + (".exe" if WINDOWS else ""))

    @property
    def cli_exe(self) -> Path:
        """The console twin where the spec built one (Windows), else the one executable."""
        twin = self.folder / ("lifecrm-cli" + (".exe" if WINDOWS else ""))
        return twin if twin.is_file() else self.exe

    @property
    def internal(self) -> Path:
        inside = self.folder / "_internal"
        return inside if inside.is_dir() else self.folder

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        home = self.tmp / "home"
        env.update(
            QT_QPA_PLATFORM="offscreen",
            # The user data, log and settings folders go into the throw-away folder.
            HOME=str(home),
            USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_STATE_HOME=str(home / ".local" / "state"),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_CACHE_HOME=str(home / ".cache"),
        )
        for name in ("LIFECRM_DB", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
            env.pop(name, None)
        return env

    def run(
        self,
        *args: str | Path,
        timeout: float = 120,
        wrapper: Sequence[str] = (),
        window: bool = False,
    ) -> tuple[subprocess.CompletedProcess[str], float]:
        exe = self.exe if window else self.cli_exe
        cmd = [*wrapper, str(exe), *(str(a) for a in args)]
        say("$ " + " ".join(cmd))
        started = time.perf_counter()
        env = self.env()
        if wrapper:  # a real X server (Xvfb): the xcb plugin, or Qt aborts
            env["QT_QPA_PLATFORM"] = "xcb"
        done = subprocess.run(
            cmd, capture_output=True, text=True, encoding="utf-8", env=env, timeout=timeout
        )
        took = time.perf_counter() - started
        if done.returncode != 0:
            raise CheckFailed(
                f"exit {done.returncode} after {took:.2f} s\n--- stdout\n{done.stdout[-3000:]}"
                f"\n--- stderr\n{done.stderr[-3000:]}{self.log_tail()}"
            )
        return done, took

    def json(self, *args: str | Path) -> Any:
        done, _took = self.run(*args, "--json")
        try:
            return json.loads(done.stdout)
        except json.JSONDecodeError as exc:
            raise CheckFailed(f"not JSON ({exc}):\n{done.stdout[:2000]}") from None

    def log_tail(self) -> str:
        logs = list((self.tmp / "home").rglob("lifecrm.log"))
        if not logs:
            return ""
        return "\n--- lifecrm.log\n" + logs[0].read_text(encoding="utf-8", errors="replace")[-4000:]


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def check_contents(app: Frozen) -> str:
    """The data files the app reads by path are in the folder, and no test tool came along."""
    inside = app.internal
    must = [
        "resources/templates/hu/thank-you-new.txt",
        "resources/templates/en/winback-offer.txt",
        "resources/translations/lifecrm_hu.qm",
        "lifecrm/core/storage/migrations/env.py",
        "lifecrm/core/storage/migrations/versions/0001_customers_and_orders.py",
        "babel/global.dat",
        "babel/locale-data/hu.dat",
        "babel/locale-data/root.dat",
    ]
    missing = [m for m in must if not (inside / m).is_file()]
    expect(not missing, f"missing from the bundle: {missing}")
    migrations = sorted((REPO / "lifecrm/core/storage/migrations/versions").glob("*.py"))
    bundled = inside / "lifecrm/core/storage/migrations/versions"
    lost = [m.name for m in migrations if not (bundled / m.name).is_file()]
    expect(not lost, f"migrations not bundled: {lost}")
    expect(any(inside.glob("keyring-*.dist-info/entry_points.txt")), "no keyring entry points")
    expect(any(inside.rglob("_python_calamine*")), "no python-calamine native module")
    plugins = next(inside.glob("PySide6/**/plugins"), None)
    expect(plugins is not None, "no Qt plugins folder")
    assert plugins is not None
    if sys.platform.startswith("linux"):
        for name in ("libqoffscreen", "libqxcb", "libqwayland"):
            expect(any((plugins / "platforms").glob(name + ".*")), f"no {name} platform plugin")
    stray = [p.name for p in inside.iterdir() if p.name.split("-")[0] in _TEST_TOOLS]
    expect(not stray, f"test tools in the bundle: {stray}")
    unmet = unmet_qt_libraries(inside)
    expect(not unmet, f"Qt libraries needed but dropped from the bundle: {unmet}")
    return f"{len(must)} data files, {len(migrations)} migrations, Qt plugins, keyring metadata"


def unmet_qt_libraries(inside: Path) -> list[str]:
    """Linux: each Qt/PySide library a bundled binary links to is bundled too (the spec drops
    some Qt libraries by name; this catches a plugin that still needs one). Needs readelf."""
    if not sys.platform.startswith("linux") or not shutil.which("readelf"):
        return []
    files = [p for p in inside.rglob("*.so*") if p.is_file()]
    present = {p.name for p in files}
    unmet = []
    for path in files:
        out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "(NEEDED)" in line:
                name = line.rsplit("[", 1)[-1].rstrip("]")
                qt = name.startswith(("libQt6", "libpyside6", "libshiboken6", "libicu"))
                if qt and name not in present:
                    unmet.append(f"{path.relative_to(inside)} needs {name}")
    return unmet


def check_keyring(app: Frozen) -> str:
    """keyring finds its backends through its entry points: the metadata naming them is bundled
    (checked above) and every module it names is in the executable's module archive."""
    if app.build_python is None:
        return "skipped (no build venv for pyi-archive_viewer)"
    entry_points = next(app.internal.glob("keyring-*.dist-info/entry_points.txt")).read_text()
    section = entry_points.split("[keyring.backends]", 1)[1].split("[", 1)[0]
    wanted = {line.split("=", 1)[1].strip() for line in section.splitlines() if "=" in line}
    viewer = [str(app.build_python), "-m", "PyInstaller.utils.cliutils.archive_viewer"]
    listing = subprocess.run(
        [*viewer, "--recursive", "--brief", str(app.exe)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    bundled = {line.strip().strip("'\",") for line in listing.splitlines()}
    missing = sorted(wanted - bundled)
    expect(bool(wanted) and not missing, f"keyring backends not bundled: {missing}")
    return f"{len(wanted)} backends by entry point: {', '.join(sorted(wanted))}"


def check_xcb(app: Frozen) -> str:
    """The X11 platform plugin and the system libraries it needs load (under Xvfb)."""
    xvfb_run = shutil.which("xvfb-run")
    if not sys.platform.startswith("linux") or xvfb_run is None:
        return "skipped (no xvfb-run)"
    wrapper = [xvfb_run, "-a", "-s", "-screen 0 1280x800x24"]
    _done, took = app.run(
        "--smoke-test", "--db", app.tmp / "x.sqlite", wrapper=wrapper, window=True
    )
    return f"window painted on X11 (Xvfb) in {took:.2f} s"


_TEST_TOOLS = {"pytest", "_pytest", "pytestqt", "hypothesis", "aiosmtpd", "trustme", "keyrings"}


def check_smoke(app: Frozen) -> str:
    db = app.tmp / "x.sqlite"
    _done, first = app.run("--smoke-test", "--db", db, timeout=60, window=True)
    _done, again = app.run("--smoke-test", "--db", db, timeout=60, window=True)
    _done, hu = app.run("--smoke-test", "--language", "hu", "--db", db, timeout=60, window=True)
    expect(db.is_file(), "the smoke test created no database")
    app.timings["smoke_first"] = first
    app.timings["smoke_warm"] = again
    return f"window painted: first start {first:.2f} s, again {again:.2f} s, Hungarian {hu:.2f} s"


def check_demo(app: Frozen) -> str:
    doc = app.json("demo", "--db", app.tmp / "d.sqlite", "--customers", "200")
    expect(doc["customers"] == 200 and doc["orders"] > 0, f"demo: {doc}")
    return f"{doc['customers']} customers, {doc['orders']} orders"


def check_stages(app: Frozen) -> str:
    doc = app.json("stages", "--db", app.tmp / "d.sqlite")
    expect(doc["total"] == 200, f"stages: {doc}")
    expect(doc["stages"].get("new", 0) > 0, f"no new customers to draft for: {doc}")
    return ", ".join(f"{k} {v}" for k, v in doc["stages"].items())


def check_templates(app: Frozen) -> str:
    doc = app.json("templates")
    keys = {t["key"] for t in doc}
    expect("thank-you-new" in keys, f"templates not bundled: {doc}")
    full = [t["key"] for t in doc if set(t["languages"]) >= {"en", "hu", "ru", "is", "sl"}]
    expect(len(full) == len(doc), f"templates missing languages: {doc}")
    return f"{len(doc)} templates in 5 languages"


def check_draft(app: Frozen) -> str:
    db = app.tmp / "d.sqlite"
    doc = app.json(
        "draft", "--template", "thank-you-new", "--stage", "new", "--lang", "hu", "--db", db
    )
    drafts = doc["drafts"]
    expect(bool(drafts), f"no drafts: {doc}")
    expect(all(d["text"].startswith("Kedves ") for d in drafts), f"not Hungarian: {drafts[0]}")
    return f"{len(drafts)} Hungarian drafts, e.g. {drafts[0]['subject']!r}"


def check_import(app: Frozen) -> str:
    db = app.tmp / "i.sqlite"
    notes = []
    for name, rows in (("hu_rendelesek.csv", 6), ("orders.ods", 3)):
        doc = app.json("import", FIXTURES / name, "--db", db)
        expect(doc["rows"] == rows and doc["orders_created"] == rows, f"{name}: {doc}")
        expect(not doc["problems"] and doc["rows_skipped"] == 0, f"{name}: {doc}")
        notes.append(f"{name}: {doc['orders_created']} orders")
    again = app.json("import", FIXTURES / "orders.ods", "--db", db)
    expect(again["orders_created"] == 0, f"re-import created orders: {again}")
    return "; ".join(notes)


def check_export(app: Frozen) -> str:
    out = app.tmp / "customers.xlsx"
    app.json("export", out, "--db", app.tmp / "d.sqlite")
    expect(out.is_file() and out.stat().st_size > 0, "no .xlsx written")
    return f"{human(out.stat().st_size)} .xlsx"


CHECKS: list[tuple[str, Callable[[Frozen], str]]] = [
    ("bundle contents", check_contents),
    ("keyring backends", check_keyring),
    ("window smoke test", check_smoke),
    ("window smoke test on X11", check_xcb),
    ("demo data (SQLite, Alembic migrations)", check_demo),
    ("stages", check_stages),
    ("templates bundled", check_templates),
    ("Hungarian draft (Babel, Jinja)", check_draft),
    ("import .csv and .ods (calamine)", check_import),
    ("export .xlsx (openpyxl)", check_export),
]


def run_checks(folder: Path, build_python: Path | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="lifecrm-frozen-") as tmp:
        app = Frozen(folder, Path(tmp), build_python)
        expect(app.exe.is_file(), f"no executable at {app.exe}")
        for title, check in CHECKS:
            try:
                note = check(app)
            except (CheckFailed, subprocess.TimeoutExpired) as exc:
                say(f"FAIL  {title}: {exc}")
                raise SystemExit(1) from None
            say(f"ok    {title}: {note}")
        return app.timings


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_venv = Path(tempfile.gettempdir()) / "lifecrm-build-venv"
    parser.add_argument("--venv", type=Path, default=default_venv, help="the build venv")
    parser.add_argument("--reuse-venv", action="store_true", help="keep an existing build venv")
    parser.add_argument("--dist", type=Path, default=HERE / "dist")
    parser.add_argument("--work", type=Path, default=HERE / "build")
    parser.add_argument("--check-only", action="store_true", help="skip the build")
    args = parser.parse_args(argv)

    folder = args.dist / APP_NAME
    build_time = None
    if not args.check_only:
        started = time.perf_counter()
        make_build_venv(args.venv, args.reuse_venv)
        setup_time = time.perf_counter() - started
        build_time = build(venv_bin(args.venv, "python"), args.dist, args.work)
        say(f"build venv ready in {setup_time:.0f} s; PyInstaller took {build_time:.0f} s")
    python = venv_bin(args.venv, "python")
    timings = run_checks(folder, python if python.exists() else None)
    say("all checks passed")
    say(f"size: {du_sh(folder)}  ({human(folder_size(folder))} in files)")
    say(
        f"start (smoke test, to first paint, offscreen): first {timings['smoke_first']:.2f} s, "
        f"warm {timings['smoke_warm']:.2f} s"
    )
    if build_time is not None:
        say(f"PyInstaller build time: {build_time:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
