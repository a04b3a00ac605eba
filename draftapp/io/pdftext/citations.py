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


class CitationFinder:
    def __init__(self, lang: str, notes: set[int], style: str = "plain"):
        self.words = words(lang)
        self.notes = notes
        self.style = style
        self.highest = 0  # the highest footnote number cited so far

    def find(self, text: str) -> list[Citation]:
        """The citations of one paragraph, scanning its candidates once, in order."""
        found: list[Citation] = []
        for kind, m in self._candidates(text):
            if kind == "markdown":
                found.append(Citation(m.start(), m.end(), int(m.group(1))))
            elif kind == "slash":
                if int(m.group(1)) in self.notes:
                    found.append(Citation(m.start(), m.end(), int(m.group(1))))
            else:
                n = int(m.group(2))
                start = m.start(2) if kind == "glued" else m.start()
                if n == self.highest + 1 and n in self.notes:
                    ok = self._glued_ok(text, start, m.end(), False) if kind == "glued" else self._spaced_ok(text, m.start(), m.end())
                elif 1 <= n <= self.highest:
                    ok = kind == "glued" and self._glued_ok(text, start, m.end(), True)
                else:
                    ok = False
                if not ok:
                    continue
                found.append(Citation(start, m.end(), n))
            self.highest = max(self.highest, found[-1].number)
        return found

    def _candidates(self, text: str):
        """Every place a citation could be, in text order."""
        found = [("markdown", m) for m in common().markdown_citation.finditer(text)]
        if self.style == "slash":
            found += [("slash", m) for m in _SLASH.finditer(text)]
        else:
            found += [("glued", m) for m in _GLUED.finditer(text)]
            found += [("spaced", m) for m in _SPACED.finditer(text)]
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
        if strict and not re.search(r"[^\W\d_][,;:.”’\")，；：。）]?$", before):
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
