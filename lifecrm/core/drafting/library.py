"""The template library: built-in files in resources/templates/<lang>/<key>.txt, and the
owner's own or edited templates in the database, which win over the files.

A file holds a few `field: value` lines (name, stage, subject, subject.informal), then the body
after `---`; languages with a formal and an informal address (hu, ru, sl) have two bodies,
after `--- formal` and `--- informal`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert

from lifecrm import paths
from lifecrm.core.drafting.engine import TemplateError, compile_template, render
from lifecrm.core.drafting.languages import LANGUAGES, form_of, language_of
from lifecrm.core.i18n import N_
from lifecrm.core.storage.models import Template, table

_templates = table(Template)


class UnknownTemplate(TemplateError):
    code = "unknown_template"


@dataclass(frozen=True)
class TemplateText:
    key: str
    language: str
    name: str
    stage: str | None
    subject: str
    body: str
    html: str | None = None
    builtin: bool = True  # False: the owner's own or edited version


@dataclass(frozen=True)
class TemplateInfo:
    key: str
    name: str
    stage: str | None
    languages: tuple[str, ...]
    edited: bool  # the owner changed or wrote it


@dataclass(frozen=True)
class _File:
    name: str
    stage: str | None
    subjects: dict[bool, str]  # formal -> subject
    bodies: dict[bool, str]


def parse_template_file(text: str, source: str = "template") -> _File:
    """Reads the file format above; a malformed file names itself and what is missing."""
    head, sep, rest = text.replace("\r\n", "\n").partition("\n---")
    if not sep:
        raise TemplateError(N_("{source} has no '---' line before its body.", source=source))
    fields: dict[str, str] = {}
    for line in head.strip().splitlines():
        field, colon, value = line.partition(":")
        if colon:
            fields[field.strip()] = value.strip()
    bodies: dict[bool, str] = {}
    for chunk in ("---" + rest).split("\n---")[0:]:
        label, _, body = chunk.removeprefix("---").partition("\n")
        form = label.strip()
        bodies[form != "informal"] = body.strip("\n") + "\n"
    if "name" not in fields or "subject" not in fields:
        raise TemplateError(N_("{source} needs a 'name:' and a 'subject:' line.", source=source))
    subjects = {True: fields["subject"], False: fields.get("subject.informal", fields["subject"])}
    return _File(fields["name"], fields.get("stage") or None, subjects, bodies)


def templates_dir() -> Path:
    return paths.resources_dir() / "templates"


@cache
def _builtins(root: Path) -> dict[tuple[str, str], _File]:
    found: dict[tuple[str, str], _File] = {}
    for language in LANGUAGES:
        for path in sorted((root / language).glob("*.txt")):
            found[(path.stem, language)] = parse_template_file(
                path.read_text(encoding="utf-8"), str(path)
            )
    return found


def _builtin_text(key: str, language: str, formal: bool, root: Path) -> TemplateText | None:
    file = _builtins(root).get((key, language))
    if file is None:
        return None
    form = form_of(language, formal) if False in file.bodies else True
    return TemplateText(
        key, language, file.name, file.stage, file.subjects[form], file.bodies[form]
    )


def _stored(conn: Connection, key: str, language: str) -> TemplateText | None:
    row = conn.execute(
        select(_templates).where(_templates.c.key == key, _templates.c.language == language)
    ).first()
    if row is None:
        return None
    return TemplateText(
        row.key, row.language, row.name, row.stage, row.subject, row.body, row.html, False
    )


def get_template(
    conn: Connection, key: str, language: str, *, formal: bool = True, root: Path | None = None
) -> TemplateText:
    """The owner's version if there is one, else the built-in one; else English; else refused."""
    language = language_of(language)
    for lang in dict.fromkeys([language, "en"]):
        found = _stored(conn, key, lang) or _builtin_text(
            key, lang, formal, root or templates_dir()
        )
        if found:
            return found
    raise UnknownTemplate(N_("There is no template '{key}'."), key=key)


def list_templates(conn: Connection, root: Path | None = None) -> list[TemplateInfo]:
    """Every template key with its name (in English where there is one) and its languages."""
    names: dict[str, tuple[str, str | None]] = {}
    langs: dict[str, set[str]] = {}
    edited: set[str] = set()
    for (key, language), file in _builtins(root or templates_dir()).items():
        if language == "en" or key not in names:
            names[key] = (file.name, file.stage)
        langs.setdefault(key, set()).add(language)
    rows = conn.execute(
        select(_templates.c.key, _templates.c.language, _templates.c.name, _templates.c.stage)
    )
    for key, language, name, stage in rows:
        names.setdefault(key, (name, stage))
        langs.setdefault(key, set()).add(language)
        edited.add(key)
    return [
        TemplateInfo(
            key,
            names[key][0],
            names[key][1],
            tuple(lang for lang in LANGUAGES if lang in langs[key]),
            key in edited,
        )
        for key in sorted(names)
    ]


def builtin_names(root: Path | None = None) -> dict[str, str]:
    """The English name of every built-in template, by key: the window shows it translated."""
    return {key: file.name for (key, lang), file in _builtins(root or templates_dir()).items()
            if lang == "en"}  # fmt: skip


def validate(template: TemplateText) -> None:
    """Compiles and renders against sample customers (full and empty): any mistake shows now."""
    from lifecrm.core.drafting.context import sample_contexts

    compiled = compile_template(template.subject, template.body, template.html)
    for context in sample_contexts(template.language):
        render(compiled, context)


def save_template(conn: Connection, template: TemplateText) -> TemplateText:
    """Stores the owner's version (checked first); it wins over the built-in file."""
    saved = replace(template, language=language_of(template.language), builtin=False)
    validate(saved)
    values = {
        "key": saved.key,
        "language": saved.language,
        "name": saved.name,
        "stage": saved.stage,
        "subject": saved.subject,
        "body": saved.body,
        "html": saved.html,
        "updated_at": datetime.now(UTC),
    }
    stmt = insert(_templates).values(**values)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["key", "language"],
            set_={k: stmt.excluded[k] for k in values if k not in ("key", "language")},
        )
    )
    return saved


def reset_template(conn: Connection, key: str, language: str) -> None:
    """Back to the built-in version (the owner's own template is removed)."""
    conn.execute(
        delete(_templates).where(_templates.c.key == key, _templates.c.language == language)
    )
