"""Footnote citations in PDF-copied text: the digits a copy glues to words.

A PDF's superscript "1" comes out as "2024,1", "Court 1 reaffirms" or "Agreement, 3
which"; numbers that are not citations look the same ("resolution 79/6", "paragraph 3",
"on 12 April"). What tells them apart:

- footnotes are numbered in order of first citation, so only the *next* number can be
  a new citation, and only when a footnote with that number exists;
- a glued number follows a letter or closing punctuation; a spaced one must not follow
  a word that takes a number ("paragraph", "resolution", "from") nor precede one that
  completes it (a month, "per cent") -- those words are data in resources/import/;
- a number already cited may be cited again, but only in the unmistakable glued form.

Explicit forms ("[^4]" of Markdown copies, "1/" of older documents) are taken as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from draftapp.io.pdftext.words import common, words

_OPEN_AFTER = r"[^\W\d_]|[,;:.”’\"»)\]]"


@dataclass(frozen=True)
class Citation:
    start: int  # span in the paragraph text that the citation replaces
    end: int
    number: int


class CitationFinder:
    def __init__(self, lang: str, notes: set[int], style: str = "plain"):
        self.words = words(lang)
        self.notes = notes
        self.style = style
        self.highest = 0  # the highest footnote number cited so far

    def find(self, text: str) -> list[Citation]:
        found: list[Citation] = []
        pos = 0
        while True:
            best = self._next(text, pos)
            if best is None:
                return found
            found.append(best)
            self.highest = max(self.highest, best.number)
            pos = best.end

    def _next(self, text: str, pos: int) -> Citation | None:
        candidates: list[Citation] = []
        for m in common().markdown_citation.finditer(text, pos):
            candidates.append(Citation(m.start(), m.end(), int(m.group(1))))
            break
        if self.style == "slash":
            m = re.compile(r"(?<![\d/])(\d{1,3})/(?![\d])").search(text, pos)
            if m and int(m.group(1)) in self.notes:
                candidates.append(Citation(m.start(), m.end(), int(m.group(1))))
        else:
            expected = self.highest + 1
            if expected in self.notes:
                new = self._plain(text, pos, expected, strict=False)
                if new:
                    candidates.append(new)
            for n in range(1, self.highest + 1):
                again = self._plain(text, pos, n, strict=True)
                if again:
                    candidates.append(again)
        return min(candidates, key=lambda c: c.start) if candidates else None

    def _plain(self, text: str, pos: int, n: int, strict: bool) -> Citation | None:
        glued = re.compile(rf"(?<=[^\W\d_]|[,;:.”’\"»)\]])({n})(?![\d/])(?=[\s,;:.)]|$)")
        spaced = re.compile(rf"(?<=[^\W\d_]|[,;:”’\"»)\]])([ \t]{{1,3}})({n})(?![\d/])(?=[ \t]+\S|[ \t]*$)")
        for m in glued.finditer(text, pos):
            if self._glued_ok(text, m.start(), strict):
                return Citation(m.start(), m.end(), n)
        if strict:
            return None
        for m in spaced.finditer(text, pos):
            if self._spaced_ok(text, m.start(), m.end()):
                return Citation(m.start(), m.end(), n)
        return None

    @staticmethod
    def _glued_ok(text: str, start: int, strict: bool) -> bool:
        before = text[:start]
        token = before.split()[-1] if before.split() else ""
        if before.endswith("."):
            # "A.2", "Add.1", "No.1": an abbreviation or a symbol, not a sentence end
            if "/" in token or len(before) < 2 or not (before[-2].islower() or before[-2] in ")”’\""):
                return False
            if re.search(r"(?:^|\W)(?:no|nos|vol|para|paras|art|chap|p|pp|add|rev|corr)\.$", token.casefold()):
                return False
        if strict and not re.search(r"[^\W\d_][,;:.”’\")]?$", before):
            return False
        return True

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
    finder = CitationFinder(lang, notes, style)
    return [finder.find(text) for text in paragraph_texts]
