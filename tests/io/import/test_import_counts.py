"""Every reference text imports with the counts a careful reader counts.

How the counts were established: each text was read in full by hand (the PDF copies page
by page, ignoring running headers and page-bottom notes), counting
- preambular paragraphs: the unnumbered clauses between the organ line and the first
  operative paragraph; a clause cut by a page break counts once;
- operative paragraphs: top-level numbered clauses (or the lettered clauses of a
  decision, or the single unnumbered clause of a short resolution), not subparagraphs;
- footnotes: numbered footnote *bodies* present in the text (the "*" and "**" notes of
  the masthead are not footnotes); every one of them must also be cited in the body.
Truncated web copies are counted as far as they go (a clause cut by the truncation
counts), and a footnote whose body the truncation lost is not counted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from draftapp.io.pdftext import read_pdf_text
from draftapp.model import citations

TEXTS = Path(__file__).resolve().parents[2] / "fixtures" / "texts"

# file, language, preambular, operative, footnotes, how established / what is special
COUNTS = [
    ("A_80_L.1_en.txt", "en", 3, 2, 1, "draft decision: 3 'Recalling' clauses, then (a) and (b) with no '1.'; note 1 on page 1"),
    ("A_80_L.6_en.txt", "en", 8, 5, 1, "the 'Recalling its resolutions 47/19 …' clause runs over the page break"),
    ("A_80_L.7_en.txt", "en", 4, 5, 3, "operative 2 runs over the page break and resumes with 'GC(69)/DEC/11' (a capital)"),
    ("A_80_L.9_en.txt", "en", 14, 32, 10, "5 pages; preambular 7 and operative 13 cut by page breaks; 'Court 1', ', 3 which', ', 9 in which'"),
    ("A_RES_50_15_en.txt", "en", 3, 2, 0, "old layout; the first preambular clause is truncated in the source ('of the United')"),
    ("A_RES_52_7_zh.txt", "zh", 2, 4, 1, "回顾, 审议了; 1.-4.; the note is the old '1/' form"),
    ("A_RES_54_254_zh.txt", "zh", 6, 4, 0, "one line: 回顾, 又回顾, 重申, 又重申, 审议了 (after '作用,' with no space), 铭记着; 1.-4."),
    ("A_RES_80_10_en.txt", "en", 11, 3, 13, "Markdown copy mixing '[^4]' and spaced digits ('Rights, 1 the'); not 'paragraphs 13 and 14'"),
    ("A_RES_80_14_en.txt", "en", 5, 8, 5, "notes 4 and 5 as '[^4]', '[^5]'; 1-3 glued"),
    ("A_RES_80_27_en.txt", "en", 9, 6, 2, "running title 'Regional disarmament' between two preambular clauses is not a clause"),
    ("A_RES_80_4_en.txt", "en", 8, 5, 1, "running title between the halves of the 'Recalling its resolutions' clause"),
    ("A_RES_80_6_en.txt", "en", 14, 32, 10, "same text as A/80/L.9; note 9's wrapped line '[^2013]:' is not a note"),
    ("A_RES_80_7_en.txt", "en", 4, 5, 3, "operative 2 split by a blank line at 'agreement / between the Agency'"),
    ("A_69_L.52_ru.txt", "ru", 1, 0, 0, "draft; truncated in the first preambular clause (ссылаясь на …)"),
    ("multilingual/A_RES_2758_XXVI_en.txt", "en", 3, 1, 0, "one line; a single unnumbered 'Decides' operative clause"),
    ("multilingual/A_RES_2758_XXVI_fr.txt", "fr", 3, 1, 0, "Rappelant, Considérant, Reconnaissant; Décide (unnumbered)"),
    ("multilingual/A_RES_2758_XXVI_es.txt", "es", 3, 1, 0, "organ line without its comma; Decide (unnumbered)"),
    ("multilingual/A_RES_39_11_en.txt", "en", 6, 4, 0, "complete body, no meeting line"),
    ("multilingual/A_RES_39_11_ru.txt", "ru", 6, 1, 0, "lower-case Russian openings; truncated in operative 1"),
    ("multilingual/A_RES_52_35_fr.txt", "fr", 5, 0, 0, "truncated in the fifth preambular clause"),
    ("multilingual/A_RES_51_40_zh.txt", "zh", 1, 2, 0, "one line; operative 1 has subparagraphs (a) and (b)"),
    ("multilingual/A_RES_52_232_zh.txt", "zh", 3, 3, 1, "one line; note '1/' after the date line"),
    ("multilingual/A_RES_55_29_zh.txt", "zh", 8, 3, 0, "one line, organ line glued to the title; note 1 cited but its body truncated away"),
    ("multilingual/A_RES_52_31_ar.txt", "ar", 4, 2, 0, "إذ/وإذ openings, '1 -' numbers; notes '(1)' cited, bodies truncated away"),
    ("multilingual/A_RES_52_40_ar.txt", "ar", 4, 4, 0, "section heading ألف before the organ line; truncated in operative 4"),
    ("multilingual/A_RES_52_33_ar.txt", "ar", 6, 0, 0, "إذ تقر … وإذ تعرب; truncated in the sixth clause"),
    ("multilingual/A_RES_52_35_ar.txt", "ar", 2, 0, 0, "a long list of resolutions with Arabic dates; truncated in the second clause"),
    ("multilingual/A_RES_39_11_fr.txt", "fr", 6, 4, 0, "one clause a line, no blank lines; the site made '1.'-'4.' into '- ' bullets"),
    ("multilingual/A_RES_55_282_fr.txt", "fr", 5, 3, 0, "one clause a line, no blank lines; truncated in operative 3"),
    ("multilingual/A_RES_58_85_en.txt", "en", 1, 2, 0, "organ line and the single preambular clause on one line"),
    ("multilingual/A_RES_1767_XVII_ru.txt", "ru", 6, 0, 0, "one clause a line, lower-case openings; notes '[1]' cited, bodies truncated away"),
    ("multilingual/A_RES_39_148_ru.txt", "ru", 1, 0, 0, "hard-wrapped legal-database copy, section 'A' above the organ line; truncated"),
    ("multilingual/A_RES_science-technology_unidentified_ru.txt", "ru", 5, 0, 0, "признавая … сознавая также; truncated"),
    ("multilingual/A_RES_59_26_en.txt", "en", 4, 2, 0, "one line; '1.' and '2.' moved after each paragraph's first line by the flattener; truncated after operative 2"),
    ("multilingual/A_RES_59_26_es.txt", "es", 4, 1, 0, "the Spanish of the same; 'Exhortando' after a comma; truncated in operative 1"),
    ("multilingual/A_RES_ES-10_24_es.txt", "es", 6, 0, 0, "the fifth clause ends with ':' and has subparagraphs a) and b) (questions ending '?')"),
]


@pytest.mark.parametrize("name, language, preambular, operative, footnotes, note", COUNTS, ids=[c[0] for c in COUNTS])
def test_reference_text_counts(name, language, preambular, operative, footnotes, note):
    draft = read_pdf_text((TEXTS / name).read_text(encoding="utf-8"), name)
    assert draft.language == language
    assert (len(draft.preamble), len(draft.operative), len(draft.footnotes)) == (preambular, operative, footnotes), note
    cited = citations(draft)
    assert all(cited.get(f.id) for f in draft.footnotes), "every footnote body is cited in the text"


def test_every_top_level_reference_text_is_counted():
    listed = {c[0] for c in COUNTS}
    present = {p.name for p in TEXTS.glob("*.txt")}
    assert present <= listed
