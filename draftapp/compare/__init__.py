"""Structural compare of two drafts (draftapp/compare): no I/O, no Qt.

    from draftapp.compare import compare, changes
    comparison = compare(old, new)   # rows aligned, footnotes, metadata
    for change in changes(comparison): print(change.describe())
"""

from draftapp.compare.changes import Change, changes
from draftapp.compare.engine import Comparison, FootnoteChange, Item, MetaChange, Row, compare
from draftapp.compare.words import Piece, tokens

__all__ = ["Change", "Comparison", "FootnoteChange", "Item", "MetaChange", "Piece", "Row", "changes", "compare", "tokens"]
