"""Import times of the large generated draft: as text copied from a PDF (hard-wrapped
lines, running headers, page-bottom footnotes, footnote digits glued to words) and as
DOCX (our export, with and without the embedded draft). Prints medians; also says
whether the import found the paragraphs and footnotes the draft has.

    .venv/bin/python benchmarks/bench_import.py
"""

from __future__ import annotations

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
from draftapp.lang import get_language  # noqa: E402
from draftapp.model import Draft, FootnoteRef, Text, footnote_numbers, labels, reference_text  # noqa: E402

LINES_PER_PAGE = 46


def pdf_like_text(draft: Draft) -> str:
    """The draft as pdftotext would give it: one page after another, each with its
    running header, and its footnotes under a rule at the bottom."""
    lang = get_language(draft.language)
    numbers = footnote_numbers(draft)
    label_of = labels(draft, lang.labels)
    notes = {f.id: f.text for f in draft.footnotes}
    wrap = 40 if lang.cjk else 88

    def words(p) -> str:
        out = []
        for run in p.runs:
            if isinstance(run, Text):
                out.append(run.text)
            elif isinstance(run, FootnoteRef):
                out.append(f"\x00{numbers[run.footnote_id]}\x00")
            else:
                out.append(reference_text(draft, run.target_id, lang.labels))
        return "".join(out)

    def lines(text: str) -> list[str]:
        # words (or CJK characters) and footnote marks are never cut
        tokens = re.findall(r"\x00\d+\x00|[\u3000-\u9fff\uff00-\uffef]|[^\s\x00\u3000-\u9fff\uff00-\uffef]+\s*|\s+", text)
        out, line = [], ""
        for token in tokens:
            if len(line.replace("\x00", "")) + len(token) > wrap and line.strip() and not token.startswith("\x00"):
                out.append(line.rstrip())
                line = ""
            line += token
        return out + [line.rstrip()] if line.strip() else out

    blocks: list[list[str]] = []
    for p in draft.preamble:
        blocks.append(lines(words(p)))
    for p in draft.operative:
        for q in p.walk():
            blocks.append([label_of.get(q.id, "")] + lines(words(q)))
    head = ["United Nations", draft.meta.symbol, "", "General Assembly", "Distr.: Limited", "5 November 2025",
            "Original: English", "", "25-17846 (E)    101125", "*2517846*", "", lang.session_name(draft.meta.session),
            lang.agenda_line([a.number for a in draft.meta.agenda]), *draft.meta.agenda[0].titles, "", "",
            lang.join(draft.sponsors) + lang.punct.label_colon + "* " + lang.kind_label(draft.meta.kind), "", "",
            draft.meta.title, "", lang.organ_line(draft.meta.organ).replace("*", ""), ""]
    pages, page, page_notes, seen = [], [], [], set()

    def close_page() -> None:
        text = "\n".join(page)
        for n in re.findall(r"\x00(\d+)\x00", text):
            if n not in seen:
                seen.add(n)
                page_notes.append(n)
        by_number = {str(numbers[i]): t for i, t in notes.items() if i in numbers}
        bottom = ["__________________", ""] + [f"{n}  {by_number[n]}\n" for n in page_notes]
        pages.append(text.replace("\x00", "") + "\n" + ("\n".join(bottom) if page_notes else ""))
        page.clear()
        page_notes.clear()

    page.extend(head)
    for block in blocks:
        for line in block:
            page.append(line)
            if len(page) >= LINES_PER_PAGE:
                close_page()
        page.append("")
    close_page()
    total = len(pages)
    return "".join(p if i == 0 else f"\n{draft.meta.symbol}\n\n25-17846\n{i + 1}/{total}\n\n{p}" for i, p in enumerate(pages))


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
