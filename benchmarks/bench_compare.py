"""Compare two versions of the large generated draft, and export with tracked changes.

    .venv/bin/python benchmarks/bench_compare.py [--repeat N]

The new version is the old one with a tenth of its paragraphs edited (words added at
the start), 20 paragraphs moved, 10 inserted and 10 deleted (`edited_copy`). Prints the
median of: the compare with lineage (the ids a draft keeps), the compare of the same
texts without lineage (fresh ids, as after importing both: alignment by similarity), the
list of changes, the clean export of the new version and its export with tracked changes
against the old (goals: compare under 100 ms; tracked export under 1.5 times the clean).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generate import large_draft  # noqa: E402
from timing import measure, median_ms, percentile_ms  # noqa: E402

from draftapp.compare import changes, compare  # noqa: E402
from draftapp.io.docx import export_docx  # noqa: E402
from draftapp.io.docx.tracked import export_tracked_docx  # noqa: E402
from draftapp.model import DeleteParagraph, Draft, InsertParagraph, MoveParagraph, Paragraph, Text, snapshot  # noqa: E402


def edited_copy(draft: Draft, seed: int = 7) -> Draft:
    """A tenth of the paragraphs edited, 20 moved, 10 inserted, 10 deleted."""
    rnd = random.Random(seed)
    new = snapshot(draft)
    paragraphs = list(new.paragraphs())
    for p in rnd.sample(paragraphs, len(paragraphs) // 10):
        if p.runs and isinstance(p.runs[0], Text):
            p.runs[0] = Text("Also " + p.runs[0].text, p.runs[0].italic, p.runs[0].bold)
    numbered = lambda: [p for p in new.operative if not p.heading]  # noqa: E731
    for _ in range(20):
        MoveParagraph(rnd.choice(numbered()).id, "operative", rnd.randrange(len(new.operative))).apply(new)
    for k in range(10):
        InsertParagraph("operative", rnd.randrange(len(new.operative)), Paragraph.of(f"Inserted paragraph {k} on the matter;")).apply(new)
    for _ in range(10):
        DeleteParagraph(rnd.choice(numbered()).id).apply(new)
    return new


def without_lineage(draft: Draft) -> Draft:
    copy = snapshot(draft)
    for p in copy.paragraphs():
        p.id = "x" + p.id
    return copy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for language in ("en", "zh"):
            old = large_draft(language)
            new = edited_copy(old)
            imported = without_lineage(new)
            n = len(list(old.paragraphs()))
            found = changes(compare(old, new))
            kinds = {k: sum(1 for c in found if c.kind == k) for k in ("edit", "move", "insert", "delete", "footnote")}
            rows = {
                "compare (ids)": measure(lambda: compare(old, new), repeat=args.repeat),
                "compare (similarity)": measure(lambda: compare(old, imported), repeat=max(3, args.repeat // 3), warmup=1),
                "compare + changes": measure(lambda: changes(compare(old, new)), repeat=args.repeat),
                "export clean": measure(lambda: export_docx(new, tmp / "clean.docx"), repeat=args.repeat, warmup=1),
                "export tracked": measure(lambda: export_tracked_docx(new, old, tmp / "tracked.docx"), repeat=args.repeat, warmup=1),
            }
            print(f"large draft, {language}: {n} paragraphs; changes found: {kinds}")
            for name, times in rows.items():
                print(f"  {name:<22} median {median_ms(times):7.1f} ms   min {min(times) * 1000:7.1f}   "
                      f"p90 {percentile_ms(times, 90):7.1f}   (n={len(times)})")
            ratio = median_ms(rows["export tracked"]) / median_ms(rows["export clean"])
            cpu_clean = measure(lambda: export_docx(new, tmp / "clean.docx"), repeat=args.repeat, warmup=0,
                                clock=time.process_time)
            cpu_tracked = measure(lambda: export_tracked_docx(new, old, tmp / "tracked.docx"), repeat=args.repeat,
                                  warmup=0, clock=time.process_time)
            print(f"  tracked / clean export: {ratio:.2f} wall, "
                  f"{median_ms(cpu_tracked) / median_ms(cpu_clean):.2f} CPU "
                  f"({median_ms(cpu_tracked):.0f} / {median_ms(cpu_clean):.0f} ms CPU)")


if __name__ == "__main__":
    main()
