"""Drafting at realistic size: 10,000 drafts beside a plain Jinja2 render of the same template,
10,000 .eml files, and one preview refresh as the template editor does it on a keystroke.

.venv/bin/python -m benchmarks.bench_drafts [--customers 100000] [--drafts 10000]
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from jinja2 import Environment

from benchmarks.common import AS_OF, demo_database, parser, peak_rss_mb, row
from lifecrm.core.customers import customer_ids
from lifecrm.core.drafting.context import context_for, guess_language, load_facts
from lifecrm.core.drafting.drafts import draft_messages
from lifecrm.core.drafting.eml import write_eml_files
from lifecrm.core.drafting.engine import compile_template, render
from lifecrm.core.drafting.library import get_template
from lifecrm.core.drafting.profile import ShopProfile

KEY = "promising-perk"  # uses recommendations and a discount code: the heaviest


def main() -> int:
    p = parser(__doc__ or "")
    p.add_argument("--drafts", type=int, default=10_000)
    args = p.parse_args()
    db, _built = demo_database(args.customers, args.rebuild)
    profile = ShopProfile(shop_name="Levendula", owner_name="Anna", code_pattern="TY-######",
                          discount="10%")  # fmt: skip
    with db.read() as conn:
        ids = customer_ids(conn)[: args.drafts]
    print(f"Drafting {len(ids):,} messages ({KEY}) from the {args.customers:,}-customer demo")

    with db.write() as conn:
        start = time.perf_counter()
        drafts = draft_messages(conn, KEY, ids, as_of=AS_OF, profile=profile)
        ours = time.perf_counter() - start
        conn.rollback()  # leave the benchmark database as it was (codes are stored)

    with db.read() as conn:
        facts = load_facts(conn, ids)
        language = {f.id: guess_language(f, "en") for f in facts.values()}
        sources = {lang: get_template(conn, KEY, lang) for lang in set(language.values())}
    contexts = [context_for(facts[i], language[i], profile, AS_OF) for i in ids if i in facts]
    plain = Environment(trim_blocks=True, lstrip_blocks=True)
    plain.filters["and_list"] = lambda items: ", ".join(items)
    compiled = {
        lang: (plain.from_string(t.subject), plain.from_string(t.body))
        for lang, t in sources.items()
    }
    start = time.perf_counter()
    for context in contexts:
        subject, body = compiled[context["language"]]
        subject.render(context)
        body.render(context)
    reference = time.perf_counter() - start

    ours_compiled = {
        lang: compile_template(t.subject, t.body, t.html) for lang, t in sources.items()
    }
    start = time.perf_counter()
    for context in contexts:
        render(ours_compiled[context["language"]], context)
    render_only = time.perf_counter() - start

    row("drafts end to end (facts, codes, recommendations, text+HTML)", ours, "s", "~3 s")
    row("  render only: sandboxed subject + text + HTML", render_only, "s")
    row("  plain Jinja2 render of subject + text (reference)", reference, "s")
    row("  render-only ratio", render_only / reference, "x", "<= 2x")

    ready = [d for d in drafts if not d.skipped]
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        write_eml_files(ready, Path(tmp), "anna@shop.example", "Anna")
        elapsed = time.perf_counter() - start
    row(f"{len(ready):,} .eml files", elapsed, "s")
    row("per message", elapsed / max(len(ready), 1) * 1000, "ms")

    template = sources["en"]
    one = contexts[0]
    runs = []
    for n in range(20):
        start = time.perf_counter()
        edited = compile_template(template.subject, template.body + f"\n{n}", template.html)
        render(edited, one)
        runs.append((time.perf_counter() - start) * 1000)
    row("preview refresh after a keystroke (compile + render)", sorted(runs)[10], "ms", "<= 50")
    row("peak memory", peak_rss_mb(), "MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
