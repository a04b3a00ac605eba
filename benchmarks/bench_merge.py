"""Merging 20 delegations' files into the large draft: each file is the large draft
exported to DOCX with a delegation's changes as Word tracked changes (three paragraphs
reworded, one added, one deleted); the timing covers reading every file, comparing it
with the draft and adding its proposals (goal: under 2 s for the 20).

    python benchmarks/bench_merge.py [--repeat N]
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import large_draft  # noqa: E402

from draftapp.io.docx.revisions_in import authors_in  # noqa: E402
from draftapp.io.docx.tracked import export_tracked_docx  # noqa: E402
from draftapp.io.formats import read_draft  # noqa: E402
from draftapp.model import Paragraph, Text  # noqa: E402
from draftapp.negotiation.merge import merge  # noqa: E402

DELEGATIONS = 20


def delegation_file(draft, k: int, folder: Path) -> Path:
    mine = copy.deepcopy(draft)
    for i in range(3):
        p = mine.operative[(k * 17 + i * 5) % len(mine.operative)]
        p.runs = [Text(r.text.replace(" the ", f" the {k} ", 1), r.italic, r.bold) if isinstance(r, Text) else r for r in p.runs]
    mine.operative.insert((k * 7) % len(mine.operative), Paragraph.of(f"Proposal of delegation {k};"))
    del mine.operative[(k * 11 + 3) % len(mine.operative)]
    path = folder / f"delegation-{k}.docx"
    export_tracked_docx(mine, draft, path, author=f"Delegation {k}")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of the whole merge (default 3)")
    args = parser.parse_args()
    draft = large_draft("en")
    with tempfile.TemporaryDirectory() as folder:
        files = [delegation_file(draft, k, Path(folder)) for k in range(DELEGATIONS)]
        times = []
        for _ in range(args.repeat):
            target = copy.deepcopy(draft)
            start = time.perf_counter()
            count = 0
            for f in files:
                count += merge(target, read_draft(f), authors_in(f))
            times.append(time.perf_counter() - start)
        times.sort()
        print(f"merge {DELEGATIONS} delegations' DOCX files into the large draft: "
              f"median {times[len(times) // 2]:.2f} s (min {times[0]:.2f} s), {count} proposals, "
              f"{len(target.negotiation.proposals)} after merging the same ones")


if __name__ == "__main__":
    main()
