"""The editor's page count (gui/page_count.py) beside LibreOffice's render of the export,
on the reference drafts; also the time of a first and of a repeated estimate.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/page_count_accuracy.py
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from draftapp.gui.page_count import PageEstimator  # noqa: E402
from draftapp.io.formats import read_draft  # noqa: E402
from draftapp.io.pdf_export import export_pdf  # noqa: E402
from generate import large_draft  # noqa: E402


def drafts():
    yield "CSTO zh", read_draft(ROOT / "examples" / "csto-zh.draft")
    yield "CSTO en", read_draft(ROOT / "examples" / "csto-en.md")
    yield "A/RES/73/7 (partial)", read_draft(ROOT / "tests" / "fixtures" / "A_RES_73_7-partial-en.md")
    yield "A/80/L.9 en", read_draft(ROOT / "tests" / "fixtures" / "A_80_L.9_en.md")
    yield "large en", large_draft("en")
    yield "large zh", large_draft("zh")


def lo_pages(draft, paper: str) -> int:
    with tempfile.TemporaryDirectory() as work:
        pdf = Path(work) / "x.pdf"
        export_pdf(draft, pdf, paper=paper)
        info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="The editor's page count beside LibreOffice's render of the export.")
    parser.add_argument("papers", nargs="*", choices=("letter", "a4"), default=["letter"], help="page sizes (default letter)")
    papers = parser.parse_args().papers
    QApplication.instance() or QApplication([])
    print("| draft | paper | LibreOffice | estimate | first estimate ms | again ms |")
    print("|---|---|---|---|---|---|")
    for name, draft in drafts():
        for paper in papers:
            estimator = PageEstimator(draft.language, paper)
            t = time.perf_counter()
            estimate = estimator.pages(draft)
            first = (time.perf_counter() - t) * 1000
            t = time.perf_counter()
            estimator.pages(draft)
            again = (time.perf_counter() - t) * 1000
            print(f"| {name} | {paper} | {lo_pages(draft, paper)} | {estimate} | {first:.0f} | {again:.0f} |", flush=True)


if __name__ == "__main__":
    main()
