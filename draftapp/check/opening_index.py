"""A fast way to ask a phrase bank which phrase a paragraph opens with.

PhraseBank.match_opening folds every phrase of the bank on every call (about 0.3 ms),
which is too slow for a check of 500 paragraphs at every keystroke. This index folds the
phrases once, with the bank's own comparison form and boundary test, and files them by
their first character, longest first: the answer is the one match_opening gives (a test
compares the two on real and generated texts).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
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
        self._nearest = lru_cache(maxsize=1024)(self._nearest_now)
        # every form of every phrase, in the bank's order: (folded, form, words, letters
        # as (character, count) pairs)
        self._forms = {
            kind: [
                (bank_fold(form), form, len(bank_fold(form).split(" ")), tuple(Counter(bank_fold(form)).items()))
                for phrase in bank.phrases(kind)
                for form in bank._variants(phrase, kind)
            ]
            for kind in KINDS
        }
        self._lead_counts: dict[str, int] = {}
        self.leads = {kind: self._leads(kind) for kind in KINDS}
        self._series_tables = {kind: self._tables(kind) for kind in KINDS}
        self._series_cache: dict = {}
        self._families: dict = {}
        self._folded: dict[str, str] = {}

    def _lead_count(self, kind: str) -> int:
        found = self._lead_counts.get(kind)  # filled by _leads when the index is built
        if found is None:
            from draftapp.check.data import load

            found = self._lead_counts[kind] = load("openings").get("lead_words", {}).get(self.bank.lang, {}).get(kind, 1)
        return found

    def _leads(self, kind: str) -> set[str]:
        """The leading words of the bank's phrases, folded: an opening that starts with one
        is taken as known even when the rest is not in the bank."""
        n = self._lead_count(kind)
        adverbs = set()
        for seq in self.bank.sequences.get(kind, ()):
            base = bank_fold(seq[0]).split(" ")
            for later in seq[1:]:
                adverbs.update(w for w in bank_fold(later).split(" ") if w not in base)
        leads = set()
        for phrase in self.bank.phrases(kind):
            for form in self.bank._variants(phrase, kind):
                words = bank_fold(form).split(" ")
                if len(words) >= n and words[0] not in adverbs:
                    leads.add(" ".join(words[:n]))
        return leads

    def lead(self, text: str, kind: str) -> str:
        """The leading words of an opening, folded (in Chinese its first characters)."""
        folded = self._fold_start(text)
        if self.bank.lang == "zh":
            return folded[:16]
        n = self._lead_count(kind)
        return " ".join([w.rstrip(",;:.") for w in folded.split(" ", n)[:n]])

    def series(self, kind: str, phrase: str | None, lead: str) -> tuple[tuple[str, ...] | None, int]:
        """(series, position) of an opening: the series of the bank ("Recalling",
        "Recalling also", "Recalling further") that holds the phrase, in any of its forms
        (Arabic with or without و); or, for an opening outside every series that starts
        with the leading words of a series' first phrase ("Recalling its resolution"),
        that series at position 0. (None, -1) for anything else."""
        key = (kind, phrase, lead)
        if key not in self._series_cache:
            self._series_cache[key] = self._series(kind, phrase, lead)
        return self._series_cache[key]

    def _series(self, kind: str, phrase: str | None, lead: str):
        members, leads = self._series_tables[kind]
        if phrase is not None:
            found = members.get(bank_fold(phrase))
            if found:
                return found
        if self.bank.lang == "zh":
            for base, seq in leads:
                if lead.startswith(base):
                    return seq, 0
            return None, -1
        seq = dict(leads).get(lead)
        return (seq, 0) if seq else (None, -1)

    def _tables(self, kind: str):
        members: dict[str, tuple] = {}
        leads: list[tuple[str, tuple]] = []
        for seq in self.bank.sequences.get(kind, ()):
            for k, phrase in enumerate(seq):
                for form in self.bank._variants(phrase, kind):
                    members.setdefault(bank_fold(form), (seq, k))
            for form in self.bank._variants(seq[0], kind):
                folded = bank_fold(form)
                lead = folded if self.bank.lang == "zh" else " ".join(folded.split(" ")[: self._lead_count(kind)])
                if lead not in dict(leads):
                    leads.append((lead, seq))
        leads.sort(key=lambda item: -len(item[0]))  # longest first, for Chinese prefixes
        return members, leads

    def family(self, kind: str, seq: tuple[str, ...]) -> tuple[str, ...]:
        """The series that `seq` goes with: "Requests the Secretary-General" with
        "Requests" (so "Also requests the Secretary-General" may follow "Requests Member
        States"), 请秘书长 with 请: the shortest series whose first phrase starts `seq`'s."""
        key = (kind, seq)
        if key not in self._families:
            base = bank_fold(seq[0])
            found = seq
            for other in self.bank.sequences.get(kind, ()):
                start = bank_fold(other[0])
                joined = base.startswith(start) if self.bank.lang == "zh" else (base + " ").startswith(start + " ")
                if joined and len(start) < len(bank_fold(found[0])):
                    found = other
            self._families[key] = found
        return self._families[key]

    def known_lead(self, text: str, kind: str) -> bool:
        """Whether `text` starts with the leading words of a bank phrase (not in Chinese,
        which has no words to cut at)."""
        if self.bank.lang == "zh" or not isinstance(text, str):
            return False
        n = self._lead_count(kind)
        words = self._fold_start(text).split(" ", n)
        lead = " ".join([w.rstrip(",;:.") for w in words[:n]])
        return lead in self.leads[kind]

    def nearest(self, text: str, kind: str) -> str:
        """What `PhraseBank.nearest(text, kind)` returns, remembered by the opening words.

        The bank compares every phrase with difflib (about 4 ms). Here a phrase is
        compared only when the characters it shares with the text (a bound on what
        difflib can match) could beat the best found so far; the scores and the order
        of ties are the bank's (a test compares the two)."""
        words = text.split()
        return self._nearest(" ".join(words[: self.most_words + 1]), kind)

    def _nearest_now(self, text: str, kind: str) -> str:
        start = bank_fold(self.bank._clean_start(text)).strip()
        words = start.split(" ")
        cjk = self.bank.lang == "zh"
        # one per length of phrase: (candidate, its letters, its bit masks, a matcher on it)
        candidates: dict[int, tuple] = {}
        scored = []
        for order, (folded, form, size, counts) in enumerate(self._forms[kind]):
            key = len(folded) if cjk else size
            found = candidates.get(key)
            if found is None:
                candidate = start[:key] if cjk else _TRAILING.sub("", " ".join(words[:key]))
                found = candidates[key] = (candidate, Counter(candidate).get, None, None)
            have = found[1]
            bound = 2 * sum([min(n, have(c, 0)) for c, n in counts]) - len(folded)
            scored.append((bound, order, folded, form, key))
        scored.sort(key=lambda item: (-item[0], item[1]))
        best, best_score = None, None
        for bound, order, folded, form, key in scored:
            if best_score is not None and bound < best_score[0]:
                break  # no phrase left can match as many characters
            candidate, have, masks, matcher = candidates[key]
            if masks is None:
                masks = _masks(candidate)
                # difflib keeps what it learnt of its second sequence (the candidate)
                matcher = difflib.SequenceMatcher(None, "", candidate, autojunk=False)
                candidates[key] = (candidate, have, masks, matcher)
            if best_score is not None and 2 * _lcs(folded, masks, len(candidate)) - len(folded) < best_score[0]:
                # difflib's matching blocks are a common subsequence: they match no more
                # characters than the longest one, so this phrase cannot score higher
                continue
            matcher.set_seq1(folded)
            matched = sum(block.size for block in matcher.get_matching_blocks())
            ratio = 2 * matched / (len(folded) + len(candidate)) if folded or candidate else 0.0
            score = (2 * matched - len(folded), ratio, len(form), -order)  # ties: the bank's first
            if best_score is None or score > best_score:
                best, best_score = form, score
        return best

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
        # Asked several times per paragraph (match, lead, known lead): remembered by text.
        found = self._folded.get(text)
        if found is None:
            if len(self._folded) > 4096:
                self._folded.clear()
            found = self._folded[text] = self._fold_start_now(text)
        return found

    def _fold_start_now(self, text: str) -> str:
        start = text[: self.prefix]
        if not start[:1].isalpha():  # a number, label or space to skip, as the bank does
            start = self.bank._clean_start(start)
        folded = _fold(start)
        if len(text) > self.prefix and len(folded) <= self.longest + 1:
            folded = _fold(self.bank._clean_start(text))  # a very spaced-out start: fold it all
        return folded


def _masks(text: str) -> dict[str, int]:
    """For each character of `text`, the bits of its positions (for _lcs)."""
    masks: dict[str, int] = {}
    for i, c in enumerate(text):
        masks[c] = masks.get(c, 0) | (1 << i)
    return masks


def _lcs(a: str, masks: dict[str, int], length: int) -> int:
    """The length of the longest common subsequence of `a` and the text of `masks` (of
    `length` characters), bit-parallel (Hyyrö 2004): a few integer operations a character."""
    full = (1 << length) - 1
    v = full
    get = masks.get
    for c in a:
        u = v & get(c, 0)
        if u:
            v = ((v + u) | (v - u)) & full
    return length - v.bit_count()


_SPACES = re.compile(r"\s+")
_TRAILING = re.compile(r"[,;:.]+$")


def _fold(text: str) -> str:
    """bank_fold, with a short way for plain ASCII text (where it only joins spaces and
    lowers the case)."""
    if text.isascii():
        return _SPACES.sub(" ", text).lower()
    return bank_fold(text)


@lru_cache(maxsize=None)
def opening_index(lang: str, gender: str = "f") -> OpeningIndex:
    return OpeningIndex(phrase_bank(lang, gender))
