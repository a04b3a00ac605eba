"""Where a clause's opening phrase is ("Recalling also", "Decides"): the span the editor
shows in italics (where the language italicizes openings) and completes. No Qt."""

from __future__ import annotations

from functools import lru_cache

from draftapp.lang import get_language
from draftapp.lang.phrases import phrase_bank
from draftapp.model import OPERATIVE

BANK_KIND = {"preamble": "preambular", OPERATIVE: "operative"}


#: An opening is found in the first characters of a paragraph; matching against the
#: phrase bank is slow next to a keystroke, so results are kept by that prefix.
PREFIX = 120


def opening_length(text: str, part: str, language: str) -> int:
    """Characters of `text` that make its opening phrase (0 when none is known)."""
    return _opening_length(text[:PREFIX], part, language)


@lru_cache(maxsize=8192)
def _opening_length(text: str, part: str, language: str) -> int:
    phrase = phrase_bank(language).match_opening(text, BANK_KIND[part])
    if not phrase:
        return 0
    lead = len(text) - len(text.lstrip())
    return min(len(text), lead + len(phrase))


def italic_opening_length(text: str, part: str, language: str) -> int:
    return opening_length(text, part, language) if get_language(language).italic_openings else 0


def completions(prefix: str, part: str, language: str, limit: int = 12) -> list[str]:
    """Bank phrases starting with what the user typed (case-insensitive)."""
    typed = prefix.lstrip().casefold()
    if not typed:
        return []
    phrases = phrase_bank(language).phrases(BANK_KIND[part])
    out = [p for p in phrases if p.casefold().startswith(typed) and p.casefold() != typed]
    return sorted(out, key=len)[:limit]
