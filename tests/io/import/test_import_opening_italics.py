"""The PDF-text importer italicizes openings the phrase bank lacks by their grammar
(draftapp.lang.openings.opening_span), as issued documents print them."""

from pathlib import Path

from draftapp.io.formats import read_draft

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_an_opening_outside_the_bank_is_italic_after_import():
    draft = read_draft(FIXTURES / "texts" / "A_80_L.1_en.txt")
    first = draft.operative[0].runs[0]
    assert draft.operative[0].text.startswith("Expresses its profound gratitude")
    assert first.italic and first.text.strip() == "Expresses"


def test_a_participle_outside_the_bank_is_italic_after_import():
    draft = read_draft(FIXTURES / "texts" / "multilingual" / "A_RES_59_26_en.txt")
    calling = next(p for p in draft.preamble if p.text.startswith("Calling"))
    assert calling.runs[0].italic and calling.runs[0].text.strip().startswith("Calling")
