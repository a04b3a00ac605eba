"""Import of text copied from official PDFs and UN web pages: drafts (A/80/L.9) and
adopted resolutions (A/RES/80/6) in the six languages. See reader.py for the steps."""

from draftapp.io.pdftext.reader import detect_language, read_pdf_text
from draftapp.io.pdftext.sniff import looks_like_dialect

__all__ = ["read_pdf_text", "detect_language", "looks_like_dialect"]
