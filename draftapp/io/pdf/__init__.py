"""Reading an issued PDF itself (not a text copy of it): io/pdf/extract.py reads the
text objects with their fonts, sizes and positions (pypdfium2), io/pdf/layout.py turns
them into the text copy the PDF-text importer reads (running heads and footers dropped
by position, footnotes by size and position, superscript citations as explicit marks,
paragraphs by their first-line indent), io/pdf/reader.py puts the italics back."""

from draftapp.io.pdf.reader import read_pdf

__all__ = ["read_pdf"]
