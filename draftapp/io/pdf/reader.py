"""`read_pdf(path) -> Draft`: an issued PDF read itself.

The PDF's text objects (extract.py) become the text copy the PDF-text importer reads
(layout.py) -- with the footnote citations explicit, the footnotes collected, the page
furniture gone -- and the PDF's italic runs are then put back (italics.py). A hostile
or unsuitable file (encrypted, damaged or cut short, a scan without text, not a
resolution) is a DraftIOError with a message for the user; nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from draftapp.io.errors import DraftIOError, checked_size
from draftapp.io.pdf.extract import PdfProblem, read_pages
from draftapp.io.pdf.italics import apply_italics
from draftapp.io.pdf.layout import build_copy
from draftapp.model import Draft

MAX_PDF_BYTES = 100 * 1024 * 1024


def pdf_copy(path: str | Path):
    """The text copy of a PDF (layout.Copy), for the importer and for inspection."""
    path = Path(path)
    checked_size(path, MAX_PDF_BYTES, "a resolution's PDF")
    with open(path, "rb") as f:
        if not f.read(1024).lstrip().startswith(b"%PDF"):
            raise DraftIOError(path, "this is not a PDF file")
    try:
        pages = read_pages(str(path))
    except PdfProblem as e:
        raise DraftIOError(path, str(e)) from None
    if not pages or not any(page.spans for page in pages):
        raise DraftIOError(path, "this PDF has no text layer (a scanned image?); only PDFs with text can be imported")
    return build_copy(pages)


def read_pdf(path: str | Path) -> Draft:
    from draftapp.io.pdftext import read_pdf_text

    from draftapp.io.pdftext.layout import find_organ_line

    copy = pdf_copy(path)
    if find_organ_line(copy.text.split("\n")) is None:
        raise DraftIOError(path, "this PDF is not a resolution or a draft resolution: no organ line "
                                 "(\u201cThe General Assembly,\u201d, \u201c大会，\u201d …) was found in its text")
    try:
        draft = read_pdf_text(copy.text, str(path), explicit_citations=True)
    except DraftIOError as e:
        raise DraftIOError(path, f"{e.problem} (read from the PDF's text)") from None
    numbers = sorted(int(m) for m in copy.note_italics if m.isdigit())
    marks = {note.id: str(n) for note, n in zip(draft.footnotes, numbers)}
    apply_italics(draft, copy.italics, copy.note_italics, marks)
    draft.unplaced = draft.unplaced + copy.dropped  # shown, never dropped in silence
    return draft
