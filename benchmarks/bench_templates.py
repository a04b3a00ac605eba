"""Medians for making a new draft from a template: the built-in templates (rendered in
this process) for each document type, and a user template (rendered in the sandboxed
worker process, start-up included).

    .venv/bin/python benchmarks/bench_templates.py
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import measure, median_ms, percentile_ms  # noqa: E402

from draftapp.model import AgendaItem  # noqa: E402
from draftapp.templating import NewDraftRequest, document_types, new_draft, render_text  # noqa: E402


def request(doc_type: str, language: str) -> NewDraftRequest:
    spec = document_types()[doc_type]
    return NewDraftRequest(
        organ=spec["organs"][0],
        language=language,
        kind=spec["kind"],
        session=71,
        agenda=[AgendaItem("126(v)", ["Cooperation between the United Nations and regional organizations"])],
        title="Cooperation",
        sponsors=["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russian Federation", "Tajikistan"],
    )


def main() -> None:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    print(f"{'what':58} {'median ms':>10} {'p90 ms':>8}")
    for doc_type in document_types():
        for language in ("en", "zh", "ar"):
            times = measure(lambda: new_draft(request(doc_type, language)), repeat=30)
            print(f"{'new_draft ' + doc_type + ' ' + language:58} {median_ms(times):10.2f} {percentile_ms(times, 90):8.2f}")
    times = measure(lambda: render_text(request("ga-draft-resolution", "en")), repeat=30)
    print(f"{'render_text ga-draft-resolution en (no import)':58} {median_ms(times):10.2f} {percentile_ms(times, 90):8.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "mine.md.j2").write_text('{% extends "base.md.j2" %}\n', encoding="utf-8")
        times = measure(lambda: new_draft(request("ga-draft-resolution", "en"), tmp, "mine.md.j2"), repeat=10, warmup=1)
        print(f"{'new_draft user template (worker process)':58} {median_ms(times):10.2f} {percentile_ms(times, 90):8.2f}")


if __name__ == "__main__":
    main()
