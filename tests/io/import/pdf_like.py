"""A draft as text copied out of an official PDF (what pdftotext gives): hard-wrapped
lines, "1." on its own line, footnote digits glued to the words they follow, and on every
page the running header (symbol, job number, "2/5") and the page's footnotes under a rule.
Used by the import tests and benchmarks/bench_import.py."""

from __future__ import annotations

import re

from draftapp.lang import get_language
from draftapp.model import Draft, FootnoteRef, Text, footnote_numbers, labels, reference_text

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
