"""Where a clause's opening phrase is ("Recalling also", "Decides"): the span the editor
shows in italics (where the language italicizes openings) and completes. No Qt."""

from __future__ import annotations

import itertools
import json
import re
from functools import lru_cache

from draftapp.lang import get_language
from draftapp.lang.openings import opening_span
from draftapp.lang.phrases import phrase_bank
from draftapp.model import OPERATIVE
from draftapp.paths import RESOURCES

BANK_KIND = {"preamble": "preambular", OPERATIVE: "operative"}


#: An opening is found in the first characters of a paragraph; matching against the
#: phrase bank is slow next to a keystroke, so results are kept by that prefix.
PREFIX = 120


def opening_length(text: str, part: str, language: str, gender: str = "f") -> int:
    """Characters of `text` that make its opening phrase (0 when none is known).
    `gender` is the organ's ("m" for the councils in fr, es, ru, ar: Préoccupé)."""
    return _opening_length(text[:PREFIX], part, language, gender)


@lru_cache(maxsize=8192)
def _opening_length(text: str, part: str, language: str, gender: str) -> int:
    phrase = phrase_bank(language, gender).match_opening(text, BANK_KIND[part])
    if not phrase:
        return 0
    lead = len(text) - len(text.lstrip())
    return min(len(text), lead + len(phrase))


_WORD = re.compile(r"[^\s,;:.\ufffc]+")


def italic_opening_length(text: str, part: str, language: str, gender: str = "f") -> int:
    """Characters the editor sets in italics at the start of a clause: the bank phrase
    up to its object ("*Takes note with appreciation* of", "*Requests* the
    Secretary-General"), and never less than the verb with the adverb of a series
    ("*Recalling also*"), the words the openings check asks for. Italics the user or
    the source gave to more words are kept as they are."""
    if not get_language(language).italic_openings:
        return 0
    return _italic_length(text[:PREFIX], part, language, gender)


@lru_cache(maxsize=8192)
def _italic_length(text: str, part: str, language: str, gender: str) -> int:
    phrase = phrase_bank(language, gender).match_opening(text, BANK_KIND[part])
    if not phrase:
        # not in the bank: the opening by its grammar ("Greatly appreciates", "Exhortant")
        return opening_span(language, part, text, gender) or 0
    count = max(_verb_phrase_words(language, phrase), phrase_bank(language, gender).italic_words(phrase, BANK_KIND[part]))
    words = list(itertools.islice(_WORD.finditer(text), count))
    return words[-1].end() if words else 0


@lru_cache(maxsize=1)
def _roman_words() -> dict:
    return json.loads((RESOURCES / "gui" / "italics.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=4096)
def _verb_phrase_words(language: str, phrase: str) -> int:
    """Words of a bank phrase before its object begins (resources/gui/italics.json)."""
    roman = {w.casefold() for w in _roman_words().get(language, [])}
    words = phrase.split()
    count = 1
    for word in words[1:]:
        if word.casefold() in roman or any(word.casefold().startswith(r) for r in roman if r.endswith("'")):
            break
        count += 1
    return count


def completions(prefix: str, part: str, language: str, limit: int = 12, gender: str = "f") -> list[str]:
    """Bank phrases starting with what the user typed (case-insensitive)."""
    typed = prefix.lstrip().casefold()
    if not typed:
        return []
    phrases = phrase_bank(language, gender).phrases(BANK_KIND[part])
    out = [p for p in phrases if p.casefold().startswith(typed) and p.casefold() != typed]
    return sorted(out, key=len)[:limit]
