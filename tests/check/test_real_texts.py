"""Real texts give no false errors or warnings.

Covered, with what each gives besides information:
- csto-draft-zh.md (Chinese, the text dialect, read as is): nothing.
- A_80_L.9_en.md: A/80/L.9 hand-converted into the dialect (tests/fixtures/SOURCES.md).
- Every English text of shared/reference/texts, read by the PDF-text importer from the
  copies in tests/fixtures/texts: A/80/L.1, L.6, L.7, L.9 and A/RES/80/4, 6, 7, 10, 14, 27
  and A/RES/50/15.
- The two Chinese texts there, A/RES/52/7 and A/RES/54/254, with the full-width
  punctuation the store flattened to ASCII put back (tests/fixtures/restored, see
  SOURCES.md); read as stored, each comma and semicolon is rightly an error.
The other texts in shared/reference/texts/multilingual are excerpts cut mid-paragraph.
"""

from pathlib import Path

import pytest

from draftapp.check import check_draft, where
from draftapp.io.formats import read_draft

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _found(path):
    draft = read_draft(path)
    return draft, [(d.severity, d.rule, where(draft, d)) for d in check_draft(draft)]


def test_csto_draft_gives_only_the_series_hints():
    draft, found = _found(FIXTURES / "csto-draft-zh.md")
    # Paragraphs 4-6 all open 邀请 ("Invites"), each addressed to someone else (the
    # Secretary-General, the two organizations, the agencies): no series (issue 13).
    assert found == []


def test_a_80_l9_in_the_dialect():
    draft, found = _found(FIXTURES / "A_80_L.9_en.md")
    assert len(draft.operative) == 32 and len(draft.footnotes) == 10 and len(draft.sponsors) == 60
    # operative 13-15 open "Recalls" three times running, each of another thing: no series
    assert found == []


#: What a real text gives beyond information, and why it is right to give it.
EXPECTED = {
    # A decision lettered (a), (b): the PDF text carries no italics; the importer
    # italicizes "Expresses" of "Expresses its profound gratitude" (not in the bank) by the
    # grammar of openings (draftapp.lang.openings.opening_span).
    "A_80_L.1_en.txt": [],
    "A_80_L.6_en.txt": [],
    "A_80_L.7_en.txt": [],
    "A_80_L.9_en.txt": [],
    "A_RES_80_10_en.txt": [],
    "A_RES_80_14_en.txt": [],
    "A_RES_80_27_en.txt": [],
    "A_RES_80_6_en.txt": [],
    "A_RES_80_7_en.txt": [],
    # The web copy of A/RES/50/15 lost a line: its first paragraph stops at "of the United".
    "A_RES_50_15_en.txt": [("error", "punctuation.preamble-end", ("preamble", 1))],
    # The importer reads only the first line of the two-line title ("… commercial and
    # financial"), so the title differs from the item quoted in paragraph 5: a note only.
    "A_RES_80_4_en.txt": [],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_english_texts_read_from_pdf_copies(name):
    _draft, found = _found(FIXTURES / "texts" / name)
    assert [f for f in found if f[0] != "info"] == EXPECTED[name]


@pytest.mark.parametrize("name", ["A_RES_52_7_zh.txt", "A_RES_54_254_zh.txt"])
def test_chinese_texts_with_their_punctuation_restored(name):
    draft, found = _found(FIXTURES / "restored" / name)
    assert draft.language == "zh" and len(draft.operative) == 4
    # The web copy of A/RES/54/254 ran "第五十四届会议议程项目 2000年9月5日 15:27" into one
    # line: the agenda item lost its number and the page its time of day; the import
    # shows both pieces rather than dropping them (Draft.unplaced).
    unplaced = [("warning", "import.unplaced", ("meta", None))] * 2 if name == "A_RES_54_254_zh.txt" else []
    assert found == unplaced


def test_chinese_text_as_stored_has_its_ascii_commas_reported():
    _draft, found = _found(FIXTURES / "texts" / "A_RES_52_7_zh.txt")
    assert {rule for _s, rule, _w in found} == {"punctuation.preamble-end", "punctuation.operative-end", "punctuation.full-width"}
