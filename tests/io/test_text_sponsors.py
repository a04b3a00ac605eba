"""The text dialect's sponsors line (io/text/sponsors.py): State names are written as
issued, a separator inside any other name is escaped, and what is written reads back
as the same names in every language."""

from pathlib import Path

import pytest

from draftapp.io.formats import read_draft
from draftapp.io.text import read_text, write_text
from draftapp.model import Draft, Metadata

ROBUST = Path(__file__).resolve().parents[1] / "fixtures" / "robust"

NAMES = {
    "en": ["Korea, Republic of", "Bosnia and Herzegovina", "Trade and Development Board", "Arms and", "Saint Vincent and the Grenadines"],
    "fr": ["Bosnie-Herzégovine", "Commerce et développement", "A, B"],
    "es": ["Comercio y Desarrollo", "Bolivia (Estado Plurinacional de)", "A, B"],
    "ru": ["Польша", "Торговля и развитие", "A, B"],
    "zh": ["和平组织", "中国", "甲、乙"],
    "ar": ["وكالة", "التجارة والتنمية", "س وص"],
}


def sponsors_line(text: str) -> str:
    return next(line for line in text.splitlines() if line and not line.startswith(("<!--", "language", "organ", "kind", "-->")))


@pytest.mark.parametrize("language", sorted(NAMES))
def test_names_holding_a_separator_read_back_as_written(language):
    draft = Draft(language=language, meta=Metadata(kind="draft-resolution"), sponsors=NAMES[language])
    assert read_text(write_text(draft)).sponsors == NAMES[language]


def test_state_names_are_written_as_issued_and_other_names_escaped():
    draft = Draft(language="en", meta=Metadata(kind="draft-resolution"), sponsors=NAMES["en"])
    line = sponsors_line(write_text(draft))
    assert line.startswith("Korea\\, Republic of, Bosnia and Herzegovina, Trade \\and Development Board, ")
    assert "Saint Vincent and the Grenadines: draft resolution" in line


def test_an_issued_line_without_escapes_is_still_cut_at_every_separator():
    text = "Estonia, Finland and Bosnia and Herzegovina:* draft resolution\n\n*The General Assembly*,\n\n1. *Decides* to act;\n"
    draft = read_text(text)
    assert draft.sponsors == ["Estonia", "Finland", "Bosnia and Herzegovina"]
    assert draft.meta.sponsors_note


def test_a_control_character_copied_into_a_pdf_sponsors_line_is_a_space():
    # found by scripts/fuzz.py: "Польша,\x7f Российская Федерация" was one name
    draft = read_draft(ROBUST / "fuzz-control-character-in-sponsors.txt")
    assert "Польша" in draft.sponsors and "Российская Федерация" in draft.sponsors
    assert not any("," in name for name in draft.sponsors)
    assert read_text(write_text(draft)) == draft


def test_a_space_inside_an_italic_marker_at_the_start_of_a_paragraph_goes():
    draft = read_draft(ROBUST / "fuzz-space-inside-italic-marker.md")
    assert draft.preamble[0].runs[0].text == "General Assembly"
    assert read_text(write_text(draft)) == draft
