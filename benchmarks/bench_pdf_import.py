"""Import times of issued PDFs, read by draftapp/io/pdf: the 5-page reference PDF
A/RES/73/7 (goal under 0.5 s) and the large generated draft exported to DOCX and laid
out as PDF by LibreOffice (goal under 3 s). Two figures each, medians:

- in process: `read_draft(pdf)` in a warm interpreter (what the editor's Import costs);
- whole process: `python -m draftapp convert FILE.pdf OUT.draft` from start to exit
  (interpreter start, imports, reading, writing), what a command-line user waits for.

Also says whether the import found the paragraphs and footnotes the document has.

    .venv/bin/python benchmarks/bench_pdf_import.py
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from generate import large_draft  # noqa: E402
from timing import measure, median_ms  # noqa: E402

from draftapp.io.docx import export_docx  # noqa: E402
from draftapp.io.formats import read_draft  # noqa: E402
from draftapp.io.pdftext.openings import _opening  # noqa: E402

REFERENCE = ROOT / "tests" / "fixtures" / "pdf" / "A_RES_73_7-EN.pdf"


def whole_process(pdf: Path, out: Path, repeat: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (user + system) seconds of each run: on the shared 2-core
    machine the wall clock also counts the waits for a core."""
    times, cpu = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "draftapp", "convert", str(pdf), str(out)], check=True,
                       capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return times, cpu


def render(draft, tmp: Path) -> Path:
    meta = draft.meta
    meta.symbol, meta.date, meta.job_number = "A/80/L.99", "2025-11-05", "25-17846"
    export_docx(draft, tmp / "large.docx")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(tmp / 'lo').as_uri()}", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(tmp / "large.docx")], check=True, capture_output=True, timeout=600)
    return tmp / "large.pdf"


def report(name: str, pdf: Path, expected: tuple[int, int, int], goal_s: float, tmp: Path, repeat: int) -> None:
    draft = read_draft(pdf)
    found = (len(draft.preamble), len(draft.operative), len(draft.footnotes))
    inside = measure(lambda: (_opening.cache_clear(), read_draft(pdf)), repeat=repeat, warmup=1)
    outside, cpu = whole_process(pdf, tmp / "out.draft", repeat)
    print(f"{name}: {pdf.stat().st_size // 1024} KiB; found {found[0]} preambular, {found[1]} operative, "
          f"{found[2]} footnotes ({'as the document has' if found == expected else f'expected {expected}'})")
    print(f"  in process   median {median_ms(inside):7.0f} ms")
    print(f"  whole process median {median_ms(outside):7.0f} ms wall, {median_ms(cpu):7.0f} ms CPU   (goal under {goal_s:.1f} s: "
          f"{'met' if median_ms(outside) < goal_s * 1000 else 'NOT met'} by the wall clock)")


def main() -> None:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        report("A/RES/73/7 (5 pages)", REFERENCE, (13, 28, 9), 0.5, tmp, repeat=7)
        pdf = render(large_draft("en"), tmp)
        pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        count = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")), "?")
        report(f"large draft as PDF ({count} pages, LibreOffice)", pdf, (120, 380, 150), 3.0, tmp, repeat=5)


if __name__ == "__main__":
    main()
