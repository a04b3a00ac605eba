"""Import times of the large generated draft: as text copied from a PDF (hard-wrapped
lines, running headers, page-bottom footnotes, footnote digits glued to words) and as
DOCX (our export, with and without the embedded draft). Prints medians; also says
whether the import found the paragraphs and footnotes the draft has.

    .venv/bin/python benchmarks/bench_import.py
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generate import large_draft, word_count  # noqa: E402
from timing import measure, median_ms, percentile_ms  # noqa: E402

from draftapp.io.docx import export_docx  # noqa: E402
from draftapp.io.docx.reader import read_docx  # noqa: E402
from draftapp.io.pdftext import read_pdf_text  # noqa: E402
from draftapp.io.pdftext.openings import _opening  # noqa: E402
from draftapp.model import Draft  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "io" / "import"))
from pdf_like import pdf_like_text  # noqa: E402

def strip_embedded(src: Path, dst: Path) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if not info.filename.startswith("customXml/"):
                data = zin.read(info)
                if info.filename == "word/_rels/document.xml.rels":
                    data = re.sub(rb"<Relationship [^>]*customXml[^>]*/>", b"", data)
                zout.writestr(info, data)


def counts(draft: Draft) -> tuple[int, int, int, int]:
    return len(draft.preamble), len(draft.operative), sum(1 for _ in draft.paragraphs()), len(draft.footnotes)


def main() -> None:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for language in ("en", "zh"):
            draft = large_draft(language)
            text = pdf_like_text(draft)
            docx_path, stripped = Path(tmp) / f"large-{language}.docx", Path(tmp) / f"stripped-{language}.docx"
            export_docx(draft, docx_path)
            strip_embedded(docx_path, stripped)
            print(f"large draft, {language}: about {word_count(draft)} words; PDF-style text {len(text) // 1000}k characters, "
                  f"{text.count('__________________')} pages; DOCX {docx_path.stat().st_size // 1024} KiB")
            rows = {
                # the remembered openings are forgotten each time: every import is a first one
                "PDF-style text": (lambda: (_opening.cache_clear(), read_pdf_text(text)), read_pdf_text(text)),
                "DOCX (ours, embedded draft)": (lambda: read_docx(docx_path), read_docx(docx_path)),
                "DOCX (by structure)": (lambda: (_opening.cache_clear(), read_docx(stripped)), read_docx(stripped)),
            }
            for name, (run, result) in rows.items():
                times = measure(run, repeat=7, warmup=1)
                found = "same counts" if counts(result) == counts(draft) else f"counts {counts(result)} != {counts(draft)}"
                print(f"  {name:<28} median {median_ms(times):7.1f} ms  p90 {percentile_ms(times, 90):7.1f} ms  "
                      f"(n={len(times)})  {found}")


if __name__ == "__main__":
    main()
