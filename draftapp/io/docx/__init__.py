"""DOCX out (the official-format export, with the draft embedded) and, alongside, DOCX in.

`export_docx(draft, path, paper="letter")` writes the document and returns warnings;
`embed.read_embedded(path)` gives back the draft an export carries.
"""

from __future__ import annotations


def export_docx(draft, path, *, paper: str = "letter", separator: str = "un") -> list[str]:
    """Write `draft` as an official-format DOCX at `path`; returns warnings for the user.
    `separator="line"` for a document LibreOffice lays out (see writer.export_docx)."""
    from draftapp.io.docx.writer import export_docx as _export

    return _export(draft, path, paper=paper, separator=separator)
