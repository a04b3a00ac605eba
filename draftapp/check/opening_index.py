"""A fast way to ask a phrase bank which phrase a paragraph opens with.

PhraseBank.match_opening folds every phrase of the bank on every call (about 0.3 ms),
which is too slow for a check of 500 paragraphs at every keystroke. This index folds the
phrases once, with the bank's own comparison form and boundary test, and files them by
their first character, longest first: the answer is the one match_opening gives (a test
compares the two on real and generated texts).
"""

from __future__ import annotations

import re
from functools import lru_cache

from draftapp.lang.phrases import KINDS, PhraseBank, phrase_bank
from draftapp.lang.phrases import _fold as bank_fold  # the bank's comparison form



class OpeningIndex:
    def __init__(self, bank: PhraseBank):
        self.bank = bank
        self.longest = 0
        self.buckets: dict[str, dict[str, list[tuple[str, str]]]] = {}
        for kind in KINDS:
            entries = []
            for phrase in bank.phrases(kind):
                for form in bank._variants(phrase, kind):
                    folded = bank_fold(form)
                    entries.append((folded, form))
                    self.longest = max(self.longest, len(folded))
            ordered = sorted(enumerate(entries), key=lambda e: (-len(e[1][0]), e[0]))
            buckets: dict[str, list[tuple[str, str]]] = {}
            for _i, (folded, form) in ordered:
                buckets.setdefault(folded[:1], []).append((folded, form))
            self.buckets[kind] = buckets
        # Characters of a paragraph folded for matching: enough for the longest phrase,
        # a paragraph number before it and the character after it.
        self.prefix = 2 * self.longest + 16
        self.most_words = max((len(p.split()) for k in KINDS for p in bank.phrases(k)), default=1)
        self._nearest = lru_cache(maxsize=1024)(bank.nearest)

    def nearest(self, text: str, kind: str) -> str:
        """What `PhraseBank.nearest(text, kind)` returns, remembered by the opening words:
        it compares every phrase (about 5 ms), and typing further into a paragraph
        with an unknown opening should not pay that again."""
        words = text.split()
        return self._nearest(" ".join(words[: self.most_words + 1]), kind)

    def match(self, text: str, kind: str) -> str | None:
        """What `PhraseBank.match_opening(text, kind)` returns."""
        if kind not in self.buckets:
            return self.bank.match_opening(text, kind)  # raises the bank's own error
        if not isinstance(text, str):
            return None
        folded = self._fold_start(text)
        for phrase, form in self.buckets[kind].get(folded[:1], ()):
            if folded.startswith(phrase) and self.bank._boundary_ok(phrase, folded[len(phrase):]):
                return form
        return None

    def _fold_start(self, text: str) -> str:
        start = self.bank._clean_start(text[: self.prefix])
        folded = _fold(start)
        if len(text) > self.prefix and len(folded) <= self.longest + 1:
            folded = _fold(self.bank._clean_start(text))  # a very spaced-out start: fold it all
        return folded


_SPACES = re.compile(r"\s+")


def _fold(text: str) -> str:
    """bank_fold, with a short way for plain ASCII text (where it only joins spaces and
    lowers the case)."""
    if text.isascii():
        return _SPACES.sub(" ", text).lower()
    return bank_fold(text)


@lru_cache(maxsize=None)
def opening_index(lang: str) -> OpeningIndex:
    return OpeningIndex(phrase_bank(lang))
