"""Opening phrases, asked many times over one import: the phrase bank's answer for the
first words of a text, remembered (no bank phrase is longer than OPENING_CHARS)."""

from __future__ import annotations

from functools import lru_cache

from draftapp.lang.phrases import phrase_bank

OPENING_CHARS = 80


def opening(code: str, text: str, kind: str) -> str | None:
    """The bank phrase `text` opens with ("Recalling also"), or None."""
    return _opening(code, text[:OPENING_CHARS], kind)


@lru_cache(maxsize=8192)
def _opening(code: str, start: str, kind: str) -> str | None:
    return phrase_bank(code).match_opening(start, kind)
