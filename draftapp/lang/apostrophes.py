"""Apostrophes: UN French writes the typographic ’ ("L’Assemblée générale"), keyboards,
web copies and older files the straight '. Words are recognised alike in either form."""

from __future__ import annotations

import re

#: Every apostrophe-like mark a copy may carry, read as the straight one.
FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def fold(text: str) -> str:
    """`text` with every apostrophe straight: the form to compare."""
    return text.translate(FOLD)


def pattern(literal: str) -> str:
    """A regular expression for `literal` that matches it with either apostrophe."""
    return re.escape(fold(literal)).replace("'", "['’‘ʼ]")
