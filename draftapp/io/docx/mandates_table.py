"""The table of mandates as a Word document: one row per clause that asks for new or
expanded work, for the delegation and the Secretariat's budget office."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.shared import Pt

from draftapp.io import native
from draftapp.io.errors import DraftIOError

HEADERS = ("Paragraph", "Addressee", "Activity", "Deadline", "New or continued", "Within existing resources", "Text")


def export_mandates(draft, rows, path) -> None:
    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise DraftIOError(path, "the table is a Word document: give the file name the .docx extension")
    document = docx.Document()
    title = draft.meta.symbol or draft.meta.title or "Draft"
    document.add_heading(f"Mandates: {title}", level=1)
    if not rows:
        document.add_paragraph("No operative clause asks for new or expanded work.")
    else:
        table = document.add_table(rows=1, cols=len(HEADERS))
        table.style = "Table Grid"
        for cell, header in zip(table.rows[0].cells, HEADERS):
            cell.text = header
            for run in cell.paragraphs[0].runs:
                run.bold = True
        for m in rows:
            values = (m.paragraph, m.addressee, m.activity, m.deadline,
                      "continued" if m.continued else "new", "yes" if m.within_existing_resources else "", m.text)
            for cell, value in zip(table.add_row().cells, values):
                cell.text = value
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(9)
    buffer = io.BytesIO()
    document.save(buffer)
    native.atomic_write(path, buffer.getvalue())
