"""Recognize the opening of a clause by its grammar, in each language.

The phrase bank (draftapp.lang.phrases) lists the openings a delegate picks from; issued
texts use many more ("Also declares", "Determines once more", "Sharing the deep concern",
"Exhortando"). What every opening has in common is its form, which the Editorial Manual
states: a preambular paragraph opens with a participle or an adjective phrase agreeing
with the organ, an operative paragraph with a verb in the present tense, either led by
adverbs ("Solemnly proclaiming", "Greatly appreciates") and followed by the adverb of a
series ("Recalling also"). The words of that grammar live in
``resources/openings/<lang>.json``; the bank's own words are known heads too.

The API, for the checks, the importer and the editor::

    opening_span(language, part, text, gender="f") -> int | None
        characters of `text` (from its start) that make the opening to set in italics
        (leading adverbs, the verb or participle, the series adverb after it), or None
        when the text does not open with an opening of that part
    recognize(language, part, text, gender="f") -> Opening
        the whole answer: the kind the opening's form belongs to, its span, its head word

`part` is "preamble"/"operative" (model parts) or "preambular"/"operative" (bank kinds).
Chinese has no italics and no grammatical difference between a preambular and an
operative verb: an opening there is a verb of the lists after the adverbs.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from draftapp.lang import apostrophes
from draftapp.lang.phrases import phrase_bank
from draftapp.paths import RESOURCES

PREAMBULAR = "preambular"
OPERATIVE = "operative"
_KINDS = {"preamble": PREAMBULAR, "preambular": PREAMBULAR, "operative": OPERATIVE}
_OTHER = {PREAMBULAR: OPERATIVE, OPERATIVE: PREAMBULAR}

#: A paragraph number or label typed before the opening ("1. ", "1 - ", "(a) ").
_LABEL = re.compile(r"\s*(?:\d+\s*[.\-–]\s*|\([a-z]{1,4}\)\s*)?")
_WORD = re.compile(r"[^\s,;:.()\u201c\u201d\"\ufffc]+")
_PREFIX = 160  # an opening is found in the first characters of a paragraph


@dataclass(frozen=True)
class Opening:
    """What the start of a text is, as an opening.

    kind: "preambular" or "operative" when the form is one of those (for a form both
    can take, the kind asked for); None when the text opens with no opening form (a
    bare noun, an article, a number).
    span: (start, end) in the text of the words an italic opening covers (adverbs,
    head, series adverb); (start, start) when kind is None.
    head: the verb, participle or adjective (folded), or the first word when kind is None.
    misspelt: the bank's head word of that kind one letter away from `head` when `head`
    is not itself a bank word ("recaling" for "recalling"): a typo more likely than a
    new verb.
    """

    kind: str | None
    span: tuple[int, int]
    head: str
    misspelt: str | None = None


def recognize(language: str, part: str, text: str, gender: str = "f") -> Opening:
    """The opening `text` starts with, read by the grammar of `language` for `part`."""
    kind = _KINDS[part]
    return _recognize(language, kind, text[:_PREFIX] if isinstance(text, str) else "", gender)


def opening_span(language: str, part: str, text: str, gender: str = "f") -> int | None:
    """Characters from the start of `text` that make its opening (to set in italics where
    the language italicizes openings), or None when `text` does not open with an opening
    of `part` ("preamble"/"preambular" or "operative")."""
    found = recognize(language, part, text, gender)
    if found.kind != _KINDS[part]:
        return None
    return found.span[1]


def series_adverb(language: str, text: str) -> int:
    """Characters of a series adverb at the start of `text` ("also", " further",
    "également"), 0 when there is none: "Noting with appreciation also" is already the
    continuation of "Noting with appreciation"."""
    grammar = _grammar(language, "f")
    if grammar.cjk:
        return 0
    first = _WORD.search(text, 0, 40)
    if first is None or first.group().casefold() not in grammar.post_first:
        return 0  # the usual case, asked for every paragraph: one search, one set lookup
    words = [(m.start(), m.end(), _fold(m.group())) for m in _WORD.finditer(text[:40])][:3]
    n = grammar.post_adverb_at(words, 0) if words else 0
    return words[n - 1][1] if n else 0


def is_article(language: str, word: str) -> bool:
    """Whether `word` is an article, pronoun or like word of the language (the grammar's
    "articles": "the", "les", "los"), which says nothing of whom an opening addresses."""
    return _fold(word) in _grammar(language, "f").articles


def articles(language: str) -> frozenset[str]:
    """The words `is_article` knows, folded (casefolded, straight apostrophes)."""
    return _grammar(language, "f").articles


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word).translate(apostrophes.FOLD).casefold().replace("ё", "е")


@lru_cache(maxsize=2048)
def _recognize(language: str, kind: str, text: str, gender: str) -> Opening:
    grammar = _grammar(language, gender)
    start = _LABEL.match(text).end()
    if grammar.cjk:
        return _recognize_cjk(grammar, kind, text, start)
    words = [(m.start(), m.end(), _fold(m.group())) for m in _WORD.finditer(text, start)][:12]
    if not words:
        return Opening(None, (start, start), "")
    i = 0
    # leading adverbs: "Solemnly proclaiming", "Also declares", "Once again urges"
    while i < len(words) - 1 and i < 3:
        n = grammar.adverb_at(words, i)
        if not n or grammar.head_kind(words, i, kind) is not None and not grammar.is_adverb_word(words[i][2]):
            break
        i += n
    verb = False
    if i < len(words) - 1 and words[i][2] in grammar.reflexive:
        i, verb = i + 1, True  # "Se félicite": the pronoun goes with the verb
    head = words[i][2]
    glued = next((r for r in grammar.reflexive if r.endswith("'") and head.startswith(r)), None)
    if glued:
        head, verb = head[len(glued):], True  # "S'inquiète"
    found = grammar.head_kind(words, i, kind, head, verb)
    if found is None:
        return Opening(None, (words[0][0], words[0][0]), words[0][2])
    end = words[i][1]
    j = i + 1
    # a particle of the opening itself (Arabic إذ تشير: the verb after the particle)
    if found == PREAMBULAR and head in grammar.particles and j < len(words):
        end, j = words[j][1], j + 1
    # the adverb of a series after the head: "Recalling also", "Determines once more"
    while j < len(words):
        n = grammar.post_adverb_at(words, j)
        if not n:
            break
        end, j = words[j + n - 1][1], j + n
    return Opening(found, (words[0][0], end), head, grammar.misspelt(head, found))


def _recognize_cjk(grammar: "_Grammar", kind: str, text: str, start: int) -> Opening:
    pos = start
    for _ in range(4):
        adverb = next((a for a in grammar.cjk_adverbs if text.startswith(a, pos)), None)
        if adverb is None:
            break
        pos += len(adverb)
    for verb in grammar.cjk_verbs:
        if text.startswith(verb, pos):
            kinds = grammar.cjk_kinds[verb]
            found = kind if kind in kinds else next(iter(sorted(kinds)))
            return Opening(found, (start, pos + len(verb)), verb)
    return Opening(None, (start, start), text[start:start + 2])


class _Grammar:
    def __init__(self, language: str, gender: str):
        path = RESOURCES / "openings" / f"{language}.json"
        data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        bank = phrase_bank(language, gender)
        self.cjk = language == "zh"
        self.gender = gender
        fold_all = lambda items: [_fold(w) for w in items]  # noqa: E731
        adverbs = data.get("pre_adverbs", {})
        self.adverb_words = sorted((tuple(_fold(w).split()) for w in adverbs.get("words", ())), key=len, reverse=True)
        self.adverb_suffixes = tuple(fold_all(adverbs.get("suffixes", ())))
        self.post_adverbs = sorted((tuple(_fold(w).split()) for w in data.get("post_adverbs", ())), key=len, reverse=True)
        self.post_first = {w[0] for w in self.post_adverbs}
        self.reflexive = set(fold_all(data.get("reflexive", ())))
        self.articles = frozenset(fold_all(data.get("articles", ())))
        self.nouns = set(fold_all(data.get("nouns", ())))
        self.followers = set(fold_all(data.get("subject_followers", ())))
        self.rules = {kind: data.get(kind, {}) for kind in (PREAMBULAR, OPERATIVE)}
        self.particles = set(fold_all(self.rules[PREAMBULAR].get("words", ()))) if language == "ar" else set()
        single_adverbs = {w[0] for w in self.adverb_words if len(w) == 1} | {w[0] for w in self.post_adverbs if len(w) == 1}
        # the bank's heads: the first word of each phrase that is not an adverb
        self.bank_heads: dict[str, set[str]] = {PREAMBULAR: set(), OPERATIVE: set()}
        for kind in (PREAMBULAR, OPERATIVE):
            self.bank_heads[kind] |= set(fold_all(self.rules[kind].get("words", ())))
            for phrase in bank.phrases(kind):
                words = [(0, 0, w) for w in _fold(phrase).split()]
                i = 0
                while i < len(words) - 1:
                    n = self.adverb_at(words, i)
                    if not n and words[i][2] not in self.reflexive:
                        break
                    i += n or 1
                head = words[i][2] if words else ""
                glued = next((r for r in self.reflexive if r.endswith("'") and head.startswith(r)), None)
                if head and not glued and head not in single_adverbs:
                    self.bank_heads[kind].add(head)
        if self.cjk:
            self.cjk_adverbs = sorted(adverbs.get("words", ()), key=len, reverse=True)
            kinds: dict[str, set[str]] = {}
            only = set(data.get("operative_only", ()))
            for kind in (PREAMBULAR, OPERATIVE):
                verbs = list(self.rules[kind].get("words", ()))
                verbs += [_strip_cjk(p, self.cjk_adverbs) for p in bank.phrases(kind)]
                for verb in verbs:
                    if verb and not (kind == PREAMBULAR and verb in only):
                        kinds.setdefault(verb, set()).add(kind)
            for verb in only:
                kinds[verb] = {OPERATIVE}
            self.cjk_kinds = kinds
            self.cjk_verbs = sorted(kinds, key=len, reverse=True)

    # -- adverbs ------------------------------------------------------------------
    def is_adverb_word(self, word: str) -> bool:
        return any(len(w) == 1 and w[0] == word for w in self.adverb_words)

    def adverb_at(self, words, i: int) -> int:
        for phrase in self.adverb_words:
            if tuple(w for _s, _e, w in words[i:i + len(phrase)]) == phrase:
                return len(phrase)
        word = words[i][2]
        if self.adverb_suffixes and word.endswith(self.adverb_suffixes) and len(word) > 4 and word not in self.nouns:
            return 1
        return 0

    def post_adverb_at(self, words, j: int) -> int:
        for phrase in self.post_adverbs:
            if tuple(w for _s, _e, w in words[j:j + len(phrase)]) == phrase:
                return len(phrase)
        return 0

    def misspelt(self, head: str, kind: str) -> str | None:
        if head in self.bank_heads[kind] or head in self.nouns or len(head) < 5:
            return None
        return next((known for known in sorted(self.bank_heads[kind]) if _one_edit(head, known)), None)

    # -- heads --------------------------------------------------------------------
    def head_kind(self, words, i: int, kind: str, head: str | None = None, verb: bool = False) -> str | None:
        """The kind of opening word i is the head of (`kind` when both fit), or None.
        `verb`: a reflexive pronoun came before it ("Se félicite"), so it is read by its
        form, not as the bank's adjective of the same spelling ("Inquiète")."""
        head = words[i][2] if head is None else head
        if head in self.articles or not head[:1].isalpha():
            return None
        follower = words[i + 1][2] if i + 1 < len(words) else ""
        if follower in self.followers and head not in self.bank_heads[PREAMBULAR] | self.bank_heads[OPERATIVE]:
            return None  # "Zebras are …", "States parties are …": a subject, not a verb
        if head in self.particles:
            return PREAMBULAR
        if self.rules[PREAMBULAR].get("followed_by") and follower in self.rules[PREAMBULAR]["followed_by"]:
            return PREAMBULAR  # Arabic اقتناعا منها
        fits = [] if verb else [k for k in (kind, _OTHER[kind]) if head in self.bank_heads[k]]
        if not fits and head not in self.nouns:
            fits = [k for k in (kind, _OTHER[kind]) if self._form(head, k)]
        if not fits:
            return None
        return kind if kind in fits else fits[0]

    def _form(self, word: str, kind: str) -> bool:
        rule = self.rules[kind]
        stem = rule.get("min_stem", 2)
        prefixes = rule.get("prefixes", ())
        if isinstance(prefixes, dict):  # by the organ's gender (Arabic تقرر / يقرر)
            prefixes = prefixes.get(self.gender, ())
        for prefix in prefixes:
            if word.startswith(prefix) and len(word) >= len(prefix) + stem:
                return True
        for suffix in rule.get("suffixes", ()):
            if word.endswith(suffix) and len(word) >= len(suffix) + stem:
                return not word.endswith(tuple(rule.get("not_suffixes", ())))
        return False


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by one letter added, dropped, changed or two swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:])
    return (a[i + 1:] == b[i:]) if len(a) > len(b) else (a[i:] == b[i + 1:])


def _strip_cjk(phrase: str, adverbs: list[str]) -> str:
    for _ in range(4):
        adverb = next((a for a in adverbs if phrase.startswith(a) and len(phrase) > len(a)), None)
        if adverb is None:
            break
        phrase = phrase[len(adverb):]
    return phrase


@lru_cache(maxsize=None)
def _grammar(language: str, gender: str) -> _Grammar:
    return _Grammar(language, gender)
