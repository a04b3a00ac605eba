"""Open and save a draft by file extension; the one door the CLI and the editor use.

Foreign files are hostile until proven otherwise: sizes are checked before reading, text
must be UTF-8 without NUL bytes, and every failure is a DraftIOError naming the file.
"""

from __future__ import annotations

from pathlib import Path

from draftapp.io import native
from draftapp.io.deadline import deadline
from draftapp.io.errors import DraftIOError, checked_size
from draftapp.io.validate import clean_text, cleaned, validated
from draftapp.lang.ibid import ibid_test
from draftapp.model import Draft, footnote_repeats

TEXT_EXTENSIONS = (".md", ".txt", ".markdown")
DRAFT_EXTENSIONS = (".draft",)
MAX_TEXT_BYTES = 10 * 1024 * 1024


def read_text_file(path: Path) -> str:
    checked_size(path, MAX_TEXT_BYTES, "a draft's text")
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise DraftIOError(path, e.strerror or str(e)) from None
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with its byte order mark: Notepad's "Unicode"
        try:
            return clean_text(raw.decode("utf-16"))
        except UnicodeDecodeError as e:
            raise DraftIOError(path, f"this UTF-16 text is damaged (byte {e.start} cannot be read); save it as UTF-8 and try again") from None
    if b"\x00" in raw:
        raise DraftIOError(path, "this is not a text file (it holds binary data)")
    try:
        return clean_text(raw.decode("utf-8-sig"))  # control characters go before any reader sees them
    except UnicodeDecodeError as e:
        raise DraftIOError(path, f"this is not UTF-8 text (byte {e.start} cannot be read); save it as UTF-8 and try again") from None


DOCX_EXTENSIONS = (".docx",)
AKN_EXTENSIONS = (".xml", ".akn")
PDF_EXTENSIONS = (".pdf",)  # the issued document itself (io/pdf)


def read_draft(path: str | Path) -> Draft:
    """A draft from any file the app imports, chosen by extension. A .txt/.md file is
    either our text dialect or text copied from an official PDF or web page; which one
    is told by the dialect's own marks (`draftapp.io.pdftext.looks_like_dialect`).
    What a reader built is validated (`io/validate.py`) before anyone sees it; every
    failure is a DraftIOError naming `path`."""
    path = Path(path)
    if path.is_dir():  # else "not a zip package", "cannot open files without an extension"
        raise DraftIOError(path, "this is a folder, not a file")
    try:
        with deadline(path):
            draft = _read(path)
    except DraftIOError:
        raise
    except RecursionError:
        raise DraftIOError(path, "cannot be read: it is nested far more deeply than any draft") from None
    except MemoryError:
        raise DraftIOError(path, "cannot be read: it needs far more memory than any draft") from None
    except Exception as e:  # noqa: BLE001 - a hostile file must never end in a traceback
        raise DraftIOError(path, f"cannot be read: {unexpected(e)}") from None
    return validated(draft, path)


def unexpected(e: BaseException) -> str:
    """A failure no reader foresaw, in words (its kind and message, one line)."""
    detail = " ".join(str(e).split())[:200]
    return f"the file is damaged or not what its name says ({type(e).__name__}{': ' + detail if detail else ''})"


def _read(path: Path) -> Draft:
    suffix = path.suffix.lower()
    if suffix in DRAFT_EXTENSIONS:
        return native.load(path)
    if suffix in TEXT_EXTENSIONS:
        from draftapp.io.pdftext import looks_like_dialect, read_pdf_text
        from draftapp.io.text import read_text

        text = read_text_file(path)
        if looks_like_dialect(text):
            return read_text(text, str(path))
        draft = read_pdf_text(text, str(path))
        footnote_repeats.set_detected(draft, ibid_test(draft.language))  # the style of what the text does
        return draft
    if suffix in DOCX_EXTENSIONS:
        from draftapp.io.docx.reader import read_docx

        return read_docx(path)
    if suffix in AKN_EXTENSIONS:
        from draftapp.io.akn.reader import read_akn

        return read_akn(path)
    if suffix in PDF_EXTENSIONS:
        from draftapp.io.pdf import read_pdf

        return read_pdf(path)
    known = DRAFT_EXTENSIONS + TEXT_EXTENSIONS + DOCX_EXTENSIONS + PDF_EXTENSIONS + AKN_EXTENSIONS
    raise DraftIOError(path, f"cannot open {suffix or 'files without an extension'}: expected {', '.join(known)}")


def write_draft(draft: Draft, path: str | Path) -> None:
    """Save in the format the extension names: .draft, or the text dialect (.md/.txt)."""
    path = Path(path)
    suffix = path.suffix.lower()
    draft = cleaned(draft)  # what cannot be written so that it reads back
    if suffix in DRAFT_EXTENSIONS:
        native.save(draft, path)
    elif suffix in TEXT_EXTENSIONS:
        from draftapp.io.text import write_text

        native.atomic_write(path, write_text(draft).encode("utf-8"))
    else:
        raise DraftIOError(path, f"cannot save as {suffix or 'a file without an extension'}: expected .draft, .md or .txt")
