"""Small readings of a paragraph's flat text shared by the rules."""

from __future__ import annotations

from draftapp.model import OBJECT_CHAR

#: Marks that can end a paragraph in any of the six languages; a wrong one is replaced,
#: anything else gets the right mark added after it.
END_MARKS = frozenset(",;:.，；：。،؛")


def text_end(flat: str) -> int:
    """Offset just after the last character that is neither space nor an inline object."""
    i = len(flat)
    while i > 0 and (flat[i - 1].isspace() or flat[i - 1] == OBJECT_CHAR):
        i -= 1
    return i


def content_end(flat: str) -> int:
    """Offset just after the last character that is not space (objects count)."""
    return len(flat.rstrip())


def show(mark: str) -> str:
    """A punctuation mark quoted for a message."""
    return f"\u201c{mark}\u201d"


def is_placeholder(text: str) -> bool:
    """Whether a template's "[… hint …]" marker is in the text (docs/templates.md)."""
    return "[\u2026" in text
