"""The compilation text as a Word document: each paragraph with its negotiation label
and status, each proposal under it with its proposers in parentheses, additions in bold
and deletions struck through, and the comments as Word comments on the paragraph."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.shared import Inches, Pt

from draftapp.compare.words import DELETE, INSERT
from draftapp.io import native
from draftapp.io.errors import DraftIOError
from draftapp.model import Draft, Text
from draftapp.negotiation.compilation import entries


def export_compilation(draft: Draft, path) -> None:
    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise DraftIOError(path, "the compilation is a Word document: give the file name the .docx extension")
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(10)
    document.add_heading(f"Compilation text: {draft.meta.title or 'Draft'}", level=1)
    if draft.base is not None:
        document.add_paragraph(f"Labels follow the base: {draft.base.source or 'the base text'}.")
    for e in entries(draft):
        p = document.add_paragraph()
        if e.proposal is None:
            label = p.add_run(f"{e.label}  ")
            label.bold = True
            p.add_run(f"[{e.status}]  ").italic = True
            for run in e.runs:
                if isinstance(run, Text):
                    r = p.add_run(run.text)
                    r.italic, r.bold = run.italic, run.bold
            for c in e.comments:
                author = c.author or "Draftapp"
                initials = "".join(w[0] for w in author.split()[:3]).upper()
                text = c.text + (" (resolved)" if c.resolved else "")
                document.add_comment(label, text=text, author=author, initials=initials)
        else:
            p.paragraph_format.left_indent = Inches(0.5)
            p.add_run(f"{e.label} ").bold = True
            p.add_run(f"({e.proposers}{', ' + e.date if e.date else ''}): ")
            for op, text in e.pieces:
                r = p.add_run(text)
                if op == INSERT:
                    r.bold = True
                elif op == DELETE:
                    r.font.strike = True
    buffer = io.BytesIO()
    document.save(buffer)
    native.atomic_write(path, buffer.getvalue())
