"""How many words a draft has, counted the way Word counts them: a word is a run of
characters between spaces that holds a letter or digit ("59/50", "Secretary-General" and
"2004," are one word each), and every Chinese or Japanese character is a word of its
own. Counted: the title, every preambular and operative paragraph and subparagraph,
and the footnotes (what the delegate writes; the masthead is not counted)."""

from __future__ import annotations

import re
from functools import lru_cache

from draftapp.model.draft import Draft

#: CJK ideographs, kana, Hangul syllables and CJK compatibility ideographs.
_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_OTHER_RUN = re.compile(f"[^\\s{_CJK}]+")
_WORDLIKE = re.compile(r"[^\W_]")


@lru_cache(maxsize=16384)  # recounting after an edit: only the edited paragraph is new
def count_words(text: str) -> int:
    cjk = len(_CJK_CHAR.findall(text))
    other = sum(1 for run in _OTHER_RUN.findall(text) if _WORDLIKE.search(run))
    return cjk + other


def draft_words(draft: Draft) -> int:
    total = count_words(draft.meta.title or "")
    for paragraph in draft.paragraphs():
        total += count_words(paragraph.text)
    for footnote in draft.footnotes:
        total += count_words(footnote.text)
    return total
