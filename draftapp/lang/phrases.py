"""Phrase banks: the standard openings of preambular and operative paragraphs.

The words live in ``resources/phrases/<lang>.json``::

    {"preambular": [...], "operative": [...],
     "sequences": {"preambular": [[...], ...], "operative": [[...], ...]},
     "optional_prefixes": {"preambular": [...]},  # optional, e.g. Arabic "و"
     "attached_particles": [...]}   # optional, e.g. Arabic "ب" (ترحب ب + word)

This module knows only structure: how an opening is matched against the start
of a paragraph (longest phrase first, case-insensitive, ending at a word
boundary -- except in Chinese, which has none) and how the nearest known phrase
is found for a misspelt or unknown opening.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from draftapp.lang import apostrophes
from draftapp.paths import RESOURCES

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
KINDS = ("preambular", "operative")
_PHRASES_DIR = RESOURCES / "phrases"

# Languages written without spaces between words: no word-boundary check.
_NO_WORD_BOUNDARY = {"zh"}

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FORMAT_MARKS = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def _fold(text: str) -> str:
    """Compare form: NFC, straight apostrophes, no Arabic vowel marks, casefolded, ё = е.

    Every change keeps the string's length except mark removal, which is only
    applied where the result is used whole (never to map positions back).
    """
    s = unicodedata.normalize("NFC", text).translate(apostrophes.FOLD)
    s = _FORMAT_MARKS.sub("", _ARABIC_MARKS.sub("", s))
    s = re.sub(r"\s+", " ", s)
    return s.casefold().replace("ё", "е")


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")


@dataclass(frozen=True)
class PhraseBank:
    """The opening phrases of one language."""

    lang: str
    preambular: tuple[str, ...]
    operative: tuple[str, ...]
    sequences: dict = field(default_factory=dict)
    optional_prefixes: dict = field(default_factory=dict)
    attached_particles: tuple[str, ...] = ()

    def phrases(self, kind: str) -> tuple[str, ...]:
        _check_kind(kind)
        return getattr(self, kind)

    # -- matching ------------------------------------------------------------

    def _variants(self, phrase: str, kind: str) -> list[str]:
        """The phrase plus its forms with/without an optional prefix (Arabic و)."""
        forms = [phrase]
        for prefix in self.optional_prefixes.get(kind, ()):
            if phrase.startswith(prefix) and len(phrase) > len(prefix) + 1:
                forms.append(phrase[len(prefix):])
            else:
                forms.append(prefix + phrase)
        return forms

    def _boundary_ok(self, phrase: str, rest: str) -> bool:
        if self.lang in _NO_WORD_BOUNDARY or not rest:
            return True
        last_word = phrase.split(" ")[-1]
        if last_word in self.attached_particles:
            return True
        return not (rest[0].isalnum() or rest[0] in "'-\u2011")

    @staticmethod
    def _clean_start(text: str) -> str:
        text = _FORMAT_MARKS.sub("", text)
        text = re.sub(r"^\s*(?:\d+\s*[.\-–]\s*|\([a-z]{1,4}\)\s*)?", "", text)  # "1. ", "1 - ", "(a) "
        return text.lstrip()

    def match_opening(self, text: str, kind: str) -> str | None:
        """The longest bank phrase that ``text`` starts with, or None.

        Case-insensitive; the phrase must end at a word boundary (not in
        Chinese). A paragraph number ("1.", "1 -") is skipped. For Arabic the
        conjunction و is optional, and the form found in the text is returned.
        """
        _check_kind(kind)
        if not isinstance(text, str):
            return None
        forms, longest = self._folded_forms[kind]
        # only the start can hold an opening: folding a whole long paragraph for each
        # one opened made the editor's first drawing of a large draft slow
        folded = _fold(self._clean_start(text[: 4 * longest + 64]))
        best, best_length = None, -1
        for form, f in forms:
            if len(f) > best_length and folded.startswith(f) and self._boundary_ok(f, folded[len(f):]):
                best, best_length = form, len(f)
        return best

    @cached_property
    def _folded_forms(self) -> dict[str, tuple[list[tuple[str, str]], int]]:
        """Per kind: (every form of every phrase with its compare form, the longest form's
        length), folded once per bank instead of once per paragraph matched."""
        out = {}
        for kind in KINDS:
            forms = [(form, _fold(form)) for phrase in self.phrases(kind) for form in self._variants(phrase, kind)]
            out[kind] = (forms, max((len(form) for form, _f in forms), default=0))
        return out

    def nearest(self, text: str, kind: str) -> str:
        """The known phrase closest to the opening words of ``text``.

        Each phrase is compared with as many opening words of the text as the
        phrase has (characters for Chinese). The score is 2 * matched
        characters - phrase length (difflib matching blocks), so a long phrase
        with a typo ("Noting with apreciation") beats a short exact one
        ("Noting"), while an exact opening beats near misses of similar length.
        Ties go to the higher difflib ratio, then to the longer phrase.
        """
        _check_kind(kind)
        start = _fold(self._clean_start(text if isinstance(text, str) else "")).strip()
        words = start.split(" ")
        best, best_score = None, None
        for phrase in self.phrases(kind):
            for form in self._variants(phrase, kind):
                f = _fold(form)
                if self.lang in _NO_WORD_BOUNDARY:
                    candidate = start[: len(f)]
                else:
                    candidate = " ".join(words[: len(f.split(" "))])
                    candidate = re.sub(r"[,;:.]+$", "", candidate)
                matcher = difflib.SequenceMatcher(None, f, candidate, autojunk=False)
                matched = sum(block.size for block in matcher.get_matching_blocks())
                ratio = 2 * matched / (len(f) + len(candidate)) if f or candidate else 0.0
                score = (2 * matched - len(f), ratio, len(form))
                if best_score is None or score > best_score:
                    best, best_score = form, score
        return best

    def italic_words(self, phrase: str, kind: str) -> int:
        """How many opening words are italic: the verb or participle, and with it the
        adverb that a series adds ("Recalling also", "Also decides", "Rappelant en outre")."""
        _check_kind(kind)
        words = phrase.casefold().split()
        for seq in self.sequences.get(kind, ()):
            if phrase in seq[1:]:
                base = seq[0].casefold().split()
                extra = [i for i, w in enumerate(words) if w not in base]
                verb = words.index(base[0]) if base[0] in words else 0
                return max(extra + [verb]) + 1
        return 1

    def next_in_sequence(self, phrase: str, kind: str) -> str | None:
        """The phrase that follows ``phrase`` in a series ("Recalling" -> "Recalling also")."""
        _check_kind(kind)
        for seq in self.sequences.get(kind, ()):
            if phrase in seq[:-1]:
                return seq[seq.index(phrase) + 1]
        return None


@lru_cache(maxsize=None)
def phrase_bank(lang: str, gender: str = "f") -> PhraseBank:
    """The phrase bank of ``lang`` (one of en, fr, es, ru, zh, ar) for an organ of the
    given grammatical gender: the banks are written for the feminine General Assembly
    ("Préoccupée", "إذ تشير"); a masculine organ (the councils) takes the forms in the
    file's "masculine" table ("Préoccupé", "إذ يشير")."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    if gender not in ("f", "m"):
        raise ValueError(f"gender must be 'f' or 'm', got {gender!r}")
    with open(_PHRASES_DIR / f"{lang}.json", encoding="utf-8") as fh:
        data = json.load(fh)
    agree = (lambda phrase: data.get("masculine", {}).get(phrase, phrase)) if gender == "m" else (lambda phrase: phrase)
    sequences = {
        kind: tuple(tuple(agree(p) for p in seq) for seq in data.get("sequences", {}).get(kind, ())) for kind in KINDS
    }
    return PhraseBank(
        lang=lang,
        preambular=tuple(agree(p) for p in data["preambular"]),
        operative=tuple(agree(p) for p in data["operative"]),
        sequences=sequences,
        optional_prefixes={k: tuple(v) for k, v in data.get("optional_prefixes", {}).items()},
        attached_particles=tuple(data.get("attached_particles", ())),
    )
