"""Runs <-> QTextDocument text: the bridge between a model paragraph and one text block.

Text runs become text with italic/bold character formats; a footnote citation or a
cross-reference becomes one object replacement character (U+FFFC, as in the model's
flat_text) with an image format named after the footnote or target id; the image, with
the current number, comes from inline_objects.py.
So a position inside a block is a model offset.

Italic openings are not stored in the block's formats: the highlighter shows them and
`block_runs` adds them back, so text typed after an opening never inherits its italics.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextCursor, QTextImageFormat

from draftapp.gui.inline_objects import FOOTNOTE_SCHEME, XREF_SCHEME, parse_name
from draftapp.model import OBJECT_CHAR, CrossRef, FootnoteRef, Run, Text
from draftapp.model.canonical import merge_runs


def object_name(run: Run) -> str:
    if isinstance(run, FootnoteRef):
        return f"{FOOTNOTE_SCHEME}:{run.footnote_id}"
    return f"{XREF_SCHEME}:{run.target_id}"


def object_format(run: Run) -> QTextImageFormat:
    fmt = QTextImageFormat()
    fmt.setName(object_name(run))
    return fmt


def text_format(run: Text, italic: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontItalic(italic)
    fmt.setFontWeight(QFont.Weight.Bold if run.bold else QFont.Weight.Normal)
    return fmt


def insert_runs(cursor: QTextCursor, runs: list[Run], opening_length: int = 0) -> None:
    """Insert runs at the cursor; the first `opening_length` characters (an italic
    opening the highlighter shows) are stored without their italics."""
    pos = 0
    for run in runs:
        if isinstance(run, Text):
            text = run.text
            if run.italic and pos < opening_length:
                cut = min(len(text), opening_length - pos)
                cursor.insertText(text[:cut], text_format(run, False))
                if cut < len(text):
                    cursor.insertText(text[cut:], text_format(run, True))
            else:
                cursor.insertText(text, text_format(run, run.italic))
            pos += len(text)
        else:
            cursor.insertText(OBJECT_CHAR, object_format(run))
            pos += 1


def block_runs(block: QTextBlock, opening_length: int = 0) -> list[Run]:
    """The runs a block holds; the first `opening_length` characters are italic."""
    runs: list[Run] = []
    pos = 0
    for item in block:
        fragment = item.fragment()
        if not fragment.isValid():
            continue
        fmt = fragment.charFormat()
        text = fragment.text()
        parsed = parse_name(fmt.toImageFormat().name()) if fmt.isImageFormat() else None
        if parsed is not None:
            kind, target = parsed
            for _ in text:
                runs.append(FootnoteRef(target) if kind == FOOTNOTE_SCHEME else CrossRef(target))
            pos += len(text)
            continue
        text = text.replace(OBJECT_CHAR, "")  # a stray object character without an object
        italic = fmt.fontItalic()
        bold = fmt.fontWeight() >= QFont.Weight.Bold
        if pos < opening_length and not italic:
            cut = min(len(text), opening_length - pos)
            runs.append(Text(text[:cut], True, bold))
            runs.append(Text(text[cut:], False, bold))
        else:
            runs.append(Text(text, italic, bold))
        pos += len(text)
    return merge_runs(runs)
