"""Footnote citations in PDF-copied text: the digits a copy glues to words.

A PDF's superscript "1" comes out as "2024,1", "Court 1 reaffirms" or "Agreement, 3
which"; numbers that are not citations look the same ("resolution 79/6", "paragraph 3",
"on 12 April"). What tells them apart:

- footnotes are numbered in order of first citation, so the first citations of notes
  1, 2, 3 … come in that order, and only numbers whose footnote exists are candidates;
  the markers are assigned *as a whole*: every candidate place of every number is
  weighed, and the order-respecting choice that cites the most notes in their most
  likely places wins (a dynamic programme over "the highest note cited so far"), so
  one missed marker no longer leaves every later note uncited;
- a marker glued to a year ("20242" = 2024 + note 2, "19495") is a candidate of least
  weight, taken only when no better place of that number fits the order;
- a glued number follows a letter or closing punctuation; a spaced one must not follow
  a word that takes a number ("paragraph", "resolution", "from") nor precede one that
  completes it (a month, "per cent") -- those words are data in resources/import/;
- a number already cited may be cited again, but only in the unmistakable glued form.

Explicit forms ("[^4]" of Markdown copies, "1/" of older documents) are taken as they are.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from draftapp.io.pdftext.words import common, words
from draftapp.lang.script import is_cjk

# A number glued to a word or to closing punctuation: "2024,1", "Court,2", "Solution;1"
_GLUED = re.compile(r"(?<=[^\W\d_]|[,;:.”’\"»)\]，；：。）》])()(\d{1,3})(?![\d/])(?=[\s,;:.)，；：。（]|[\u3400-\u9fff]|$)")
# A number standing alone after a word: "Court 1 reaffirms", "Agreement, 3 which"
_SPACED = re.compile(r"(?<=[^\W\d_]|[,;:”’\"»)\]，；：。）])([ \t]{1,3})(\d{1,3})(?![\d/])(?=[ \t]+\S|[ \t]*$)")
# Older documents: "報告1/並"
_SLASH = re.compile(r"(?<![\d/])(\d{1,3})/(?![\d])")


@dataclass(frozen=True)
class Citation:
    start: int  # span in the paragraph text that the citation replaces
    end: int
    number: int


# A number after a year: "of 12 February 2013 9 in which" (the marker after the date)
_YEAR_SPACED = re.compile(r"(?<=\b(?:1[89]|20)\d{2})([ \t]{1,3})(\d{1,2})(?![\d/])(?=[ \t]+[a-z]|[ \t]*[,;.]?$)")
_YEAR_GLUED = re.compile(r"(?<![\d/.,\-])((?:1[89]|20)\d{2})(\d{1,2})(?![\d/])(?=[\s,;:.)，；：。（]|$)")

_SCORE = {"glued": 3.0, "spaced": 2.0, "year": 1.0}
_SKIP = 5.0  # the cost of leaving a note without a first citation


@dataclass(frozen=True)
class _Candidate:
    para: int
    start: int
    end: int
    number: int
    kind: str
    new_ok: bool  # may be the note's first citation
    repeat_ok: bool  # may cite again a note cited before


class CitationFinder:
    def __init__(self, lang: str, notes: set[int], style: str = "plain"):
        self.words = words(lang)
        self.notes = notes
        self.style = style

    def find_all(self, texts: list[str]) -> list[list[Citation]]:
        fixed: list[list[Citation]] = [[] for _ in texts]
        candidates: list[_Candidate] = []
        for index, text in enumerate(texts):
            for kind, m in self._candidates(text):
                if kind == "markdown":
                    fixed[index].append(Citation(m.start(), m.end(), int(m.group(1))))
                elif kind == "slash":
                    if int(m.group(1)) in self.notes:
                        fixed[index].append(Citation(m.start(), m.end(), int(m.group(1))))
                else:
                    candidate = self._weigh(index, text, kind, m)
                    if candidate is not None:
                        candidates.append(candidate)
        chosen = self._assign(candidates, fixed)
        out = []
        for index in range(len(texts)):
            found = fixed[index] + chosen.get(index, [])
            found.sort(key=lambda c: c.start)
            kept: list[Citation] = []
            for c in found:  # never two citations over the same characters
                if not kept or c.start >= kept[-1].end:
                    kept.append(c)
            out.append(kept)
        return out

    def _weigh(self, index: int, text: str, kind: str, m: re.Match) -> _Candidate | None:
        n = int(m.group(2))
        if n not in self.notes or n == 0:
            return None
        if kind == "year_spaced":
            ok = self._spaced_ok(text, m.start(), m.end())
            return _Candidate(index, m.start(), m.end(), n, "year", ok, False) if ok else None
        if kind == "year":
            return _Candidate(index, m.start(2), m.end(), n, kind, True, False)
        start = m.start(2) if kind == "glued" else m.start()
        if kind == "glued":
            new_ok = self._glued_ok(text, start, m.end(), False)
            repeat_ok = self._glued_ok(text, start, m.end(), True)
        else:
            # a spaced repeat only after a comma, the unmistakable form ("Court, 1 and")
            new_ok = self._spaced_ok(text, m.start(), m.end())
            repeat_ok = new_ok and text[:m.start()].rstrip().endswith((",", "，"))
            if new_ok and (self._next_word(text, m.end()) in self.words.weak_before
                           or self._previous_word(text, m.start()) in self.words.weak_after):
                return _Candidate(index, start, m.end(), n, "year", True, False)  # least weight
        if not (new_ok or repeat_ok):
            return None
        return _Candidate(index, start, m.end(), n, kind, new_ok, repeat_ok)

    def _assign(self, candidates: list[_Candidate], fixed: list[list[Citation]]) -> dict[int, list[Citation]]:
        """The first citations: the best order-respecting choice over all candidates.
        Explicit citations ("[^4]", "1/") are fixed points the choice goes through."""
        order = sorted(self.notes)
        rank = {n: i + 1 for i, n in enumerate(order)}  # notes up to n, counted
        # events in document order: a candidate, or a fixed citation
        events: list[tuple[int, int, object]] = [(c.para, c.start, c) for c in candidates]
        for index, found in enumerate(fixed):
            events += [(index, c.start, c) for c in found]
        events.sort(key=lambda e: (e[0], e[1]))
        # best[h]: (score, chain) with h the highest note first-cited so far
        best: dict[int, tuple[float, tuple | None]] = {0: (0.0, None)}

        def below(n: int) -> int:  # notes numbered below n
            return bisect_left(order, n)

        for para, start, item in events:
            if isinstance(item, Citation):  # explicit: every state moves to max(h, n)
                moved: dict[int, tuple[float, tuple | None]] = {}
                for h, (score, chain) in best.items():
                    if item.number > h:
                        score -= _SKIP * (below(item.number) - below(h + 1) if h + 1 <= item.number else 0)
                    key = max(h, item.number)
                    if key not in moved or score > moved[key][0]:
                        moved[key] = (score, chain)
                best = moved
                continue
            c = item
            if not c.new_ok:
                continue
            gain = _SCORE[c.kind]
            top = None
            for h, (score, chain) in best.items():
                if h >= c.number:
                    continue
                value = score - _SKIP * (below(c.number) - below(h + 1)) + gain
                if top is None or value > top[0]:
                    top = (value, (c, chain))
            if top is not None and (c.number not in best or top[0] > best[c.number][0]):
                best[c.number] = top
        final = max(best.items(), key=lambda kv: (kv[1][0] - _SKIP * (len(order) - rank.get(kv[0], below(kv[0] + 1))), -kv[0]))
        chain = final[1][1]
        firsts: list[_Candidate] = []
        while chain is not None:
            firsts.append(chain[0])
            chain = chain[1]
        firsts.reverse()
        chosen: dict[int, list[Citation]] = {}
        for c in firsts:
            chosen.setdefault(c.para, []).append(Citation(c.start, c.end, c.number))
        # repeated citations: glued only, of a note already first-cited before them
        taken = {(c.para, c.start) for c in firsts}
        first_at = {c.number: (c.para, c.start) for c in firsts}
        for index, found in enumerate(fixed):
            for f in found:
                first_at.setdefault(f.number, (index, f.start))
        for c in candidates:
            if (c.para, c.start) in taken or not c.repeat_ok:
                continue
            at = first_at.get(c.number)
            if at is not None and at < (c.para, c.start):
                chosen.setdefault(c.para, []).append(Citation(c.start, c.end, c.number))
        return chosen

    def _candidates(self, text: str):
        """Every place a citation could be, in text order."""
        found = [("markdown", m) for m in common().markdown_citation.finditer(text)]
        if self.style == "explicit":  # a PDF read itself: superscripts are known
            return found
        if self.style == "slash":
            found += [("slash", m) for m in _SLASH.finditer(text)]
        else:
            found += [("glued", m) for m in _GLUED.finditer(text)]
            found += [("spaced", m) for m in _SPACED.finditer(text)]
            found += [("year", m) for m in _YEAR_GLUED.finditer(text)]
            found += [("year_spaced", m) for m in _YEAR_SPACED.finditer(text)]
        return sorted(found, key=lambda c: c[1].start())

    def _glued_ok(self, text: str, start: int, end: int, strict: bool) -> bool:
        before = text[max(0, start - 80):start]  # enough to see the word before
        token = before.split()[-1] if before.split() else ""
        if before.endswith("."):
            # "A.2", "Add.1", "No.1": an abbreviation or a symbol, not a sentence end
            if "/" in token or len(before) < 2 or not (before[-2].islower() or before[-2] in ")”’\""):
                return False
            if re.search(r"(?:^|\W)(?:no|nos|vol|para|paras|art|chap|p|pp|add|rev|corr)\.$", token.casefold()):
                return False
        after = text[end:end + 1]
        if after and is_cjk(after):
            # Chinese runs a note into the next word ("《最后文件》1关切地"), but "9月6日",
            # "第51号" are dates and numbers: the characters around say which
            if after in self.words.not_before or before[-1:] in self.words.not_after:
                return False
        if strict and not re.search(r"[^\W\d_][,;:.”’\")，；：。）]{0,3}$", before):
            return False
        return True

    @staticmethod
    def _previous_word(text: str, start: int) -> str:
        before = text[:start].split()
        return before[-1].rstrip(",;:").casefold() if before else ""

    @staticmethod
    def _next_word(text: str, end: int) -> str:
        following = text[end:].split()
        return following[0].rstrip(",;:.").casefold() if following else ""

    def _spaced_ok(self, text: str, start: int, end: int) -> bool:
        before = text[:start].rstrip()
        after = text[end:].lstrip()
        prev_word = re.sub(r"[,;:]+$", "", before.split()[-1]).casefold() if before.split() else ""
        two_words = " ".join(before.split()[-2:]).casefold()
        if prev_word in self.words.not_after or two_words in self.words.not_after:
            return False
        next_words = after.split()
        next_word = next_words[0].rstrip(",;:.") if next_words else ""
        if next_word.casefold() in self.words.not_before:
            return False
        if next_word[:1].isdigit() or next_word in ("-", "–", "to", "and", "or") and len(next_words) > 1 and next_words[1][:1].isdigit():
            return False
        return True


def find_citations(paragraph_texts: list[str], lang: str, notes: set[int], style: str = "plain") -> list[list[Citation]]:
    """The citations in each paragraph text, in document order."""
    return CitationFinder(lang, notes, style).find_all(paragraph_texts)
