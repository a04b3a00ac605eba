"""Every real text of tests/fixtures (copies of shared/reference/texts, adopted-80/ and
multilingual/ included, see tests/fixtures/SOURCES.md): what the checks give on it beyond
notes, each with the reason it is right (issue 13). Nothing here is a false finding of
the checks: what remains comes from the copy (cut short by the store, or no resolution
at all) or from the importer (being fixed in parallel; the list names the defect).

Chinese texts of the store lost their full-width punctuation (the store applies NFKC:
"，" became ","); they are read here with it put back after Chinese characters, as in
tests/fixtures/restored (read as stored, each comma is rightly an error:
test_real_texts.py).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from draftapp.check import check_draft
from draftapp.io.pdftext import looks_like_dialect, read_pdf_text
from draftapp.io.text import read_text
from draftapp.model import footnote_repeats
from draftapp.lang.ibid import ibid_test

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# why a finding on a real text is right
COPY = "the stored copy is cut short or damaged (texts/multilingual/SOURCES.md): the text really ends so"
NOT_A_TEXT = "not a resolution: aligned English-Arabic segments or sentence pairs glued into lines"
IMPORT_FOOTNOTES = "importer: footnote bodies and glued footnote digits of a re-flowed copy read as text or paragraphs"
IMPORT_HEADINGS = "importer: a running title or a section heading of the page glued onto the paragraph before"
IMPORT_ANNEX = "importer: the annexed declaration ('We, the Heads of State …') read as operative paragraphs"
IMPORT_LABELS = "importer: the extractor dropped some '(a)', '(b)' labels, so subparagraphs run together"
IMPORT_ITALICS = "importer: the PDF text has no italics; the importer italicizes openings of the bank only (opening_span is there for it)"
IMPORT_MASTHEAD = "importer: the blog copy's heading line ('二七五八 (二十六). 恢復…') read as the first preambular paragraph"
IMPORT_TAIL = "importer: the date line and footnote '1/ A/52/855。' after the last paragraph read into it"

#: file -> ({(severity, rule): count}, reasons)
EXPECTED: dict[str, tuple[dict, tuple[str, ...]]] = {
    "A_80_L.9_en.md": ({}, ()),
    "csto-draft-zh.md": ({}, ()),
    "restored/A_RES_52_7_zh.txt": ({}, ()),
    "restored/A_RES_54_254_zh.txt": ({}, ()),
    "texts/A_69_L.52_ru.txt": ({("error", "punctuation.preamble-end"): 1}, (COPY,)),
    "texts/A_80_L.1_en.txt": ({("warning", "openings.italic"): 1}, (IMPORT_ITALICS,)),
    "texts/A_80_L.6_en.txt": ({}, ()),
    "texts/A_80_L.7_en.txt": ({}, ()),
    "texts/A_80_L.9_en.txt": ({}, ()),
    "texts/A_RES_50_15_en.txt": ({("error", "punctuation.preamble-end"): 1}, (COPY,)),
    "texts/A_RES_52_7_zh.txt": ({}, ()),
    "texts/A_RES_54_254_zh.txt": ({}, ()),
    "texts/A_RES_80_10_en.txt": ({}, ()),
    "texts/A_RES_80_14_en.txt": ({}, ()),
    "texts/A_RES_80_27_en.txt": ({}, ()),
    "texts/A_RES_80_4_en.txt": ({}, ()),
    "texts/A_RES_80_6_en.txt": ({}, ()),
    "texts/A_RES_80_7_en.txt": ({}, ()),
    "texts/adopted-80/A_RES_80_11_en.txt": (
        {("error", "punctuation.intro-end"): 2, ("error", "punctuation.operative-end"): 2, ("error", "punctuation.preamble-end"): 5,
         ("warning", "numbering.typed"): 2, ("warning", "openings.unknown"): 3},
        (IMPORT_FOOTNOTES, IMPORT_HEADINGS, IMPORT_LABELS),
    ),
    "texts/adopted-80/A_RES_80_12_en.txt": (
        {("error", "punctuation.intro-end"): 2, ("error", "punctuation.operative-end"): 1, ("error", "punctuation.preamble-end"): 2,
         ("error", "punctuation.subparagraph-end"): 1, ("warning", "numbering.typed"): 3},
        (IMPORT_FOOTNOTES, IMPORT_LABELS),
    ),
    "texts/adopted-80/A_RES_80_15_en.txt": (
        {("error", "punctuation.preamble-end"): 9, ("warning", "openings.unknown"): 8}, (IMPORT_FOOTNOTES,),
    ),
    "texts/adopted-80/A_RES_80_2_en.txt": ({("error", "punctuation.operative-end"): 1}, (IMPORT_HEADINGS,)),
    "texts/adopted-80/A_RES_80_5_en.txt": (
        {("error", "punctuation.operative-end"): 29, ("error", "punctuation.preamble-end"): 2, ("error", "punctuation.subparagraph-end"): 20,
         ("warning", "footnotes.end"): 3, ("warning", "footnotes.uncited"): 4, ("warning", "openings.kind"): 1, ("warning", "openings.unknown"): 45},
        (IMPORT_ANNEX, IMPORT_FOOTNOTES),
    ),
    "texts/adopted-80/A_RES_80_8_en.txt": (
        {("error", "punctuation.preamble-end"): 2, ("warning", "footnotes.end"): 2, ("warning", "footnotes.uncited"): 5, ("warning", "openings.italic"): 2},
        (IMPORT_FOOTNOTES, IMPORT_ITALICS),
    ),
    "texts/multilingual/A_71_1007_en-ar_bitext.txt": (
        {("error", "punctuation.final-end"): 1, ("error", "punctuation.operative-end"): 3, ("error", "punctuation.preamble-end"): 1, ("warning", "openings.unknown"): 5},
        (NOT_A_TEXT,),
    ),
    "texts/multilingual/A_74_L.75_en-ar_bitext.txt": ({("error", "punctuation.preamble-end"): 1, ("warning", "openings.unknown"): 1}, (NOT_A_TEXT,)),
    "texts/multilingual/A_AC.109_2019_L.18_en-ar_bitext.txt": ({("error", "punctuation.preamble-end"): 1, ("warning", "openings.unknown"): 1}, (NOT_A_TEXT,)),
    "texts/multilingual/UN_sentence-pairs_observer-status_ar-es.txt": (
        {("error", "punctuation.final-end"): 1, ("error", "punctuation.preamble-end"): 2, ("warning", "openings.unknown"): 3}, (NOT_A_TEXT,),
    ),
    "texts/multilingual/A_RES_1767_XVII_ru.txt": ({("error", "punctuation.preamble-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_2758_XXVI_en.txt": ({}, ()),
    "texts/multilingual/A_RES_2758_XXVI_es.txt": ({}, ()),
    "texts/multilingual/A_RES_2758_XXVI_fr.txt": ({}, ()),
    "texts/multilingual/A_RES_2758_XXVI_zh.txt": ({("error", "punctuation.preamble-end"): 1, ("warning", "openings.unknown"): 1}, (IMPORT_MASTHEAD,)),
    "texts/multilingual/A_RES_39_11_en.txt": ({}, ()),
    "texts/multilingual/A_RES_39_11_fr.txt": ({("error", "punctuation.final-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_39_11_ru.txt": ({("error", "punctuation.final-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_39_148_ru.txt": ({("error", "punctuation.preamble-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_50_72_zh.txt": ({("error", "punctuation.final-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_51_40_zh.txt": ({}, ()),
    "texts/multilingual/A_RES_52_162_fr.txt": ({("error", "punctuation.preamble-end"): 2, ("warning", "openings.unknown"): 1}, (COPY,)),
    "texts/multilingual/A_RES_52_232_zh.txt": ({("error", "punctuation.final-end"): 1}, (IMPORT_TAIL,)),
    "texts/multilingual/A_RES_52_31_ar.txt": ({("error", "punctuation.final-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_52_33_ar.txt": ({("error", "punctuation.preamble-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_52_35_ar.txt": ({("error", "punctuation.preamble-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_52_35_fr.txt": ({("error", "punctuation.preamble-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_52_40_ar.txt": ({("error", "punctuation.final-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_55_282_fr.txt": ({("error", "punctuation.final-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_55_29_zh.txt": ({("error", "punctuation.final-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_58_85_en.txt": ({}, ()),
    "texts/multilingual/A_RES_59_26_en.txt": ({("error", "punctuation.final-end"): 1, ("warning", "openings.italic"): 1}, (COPY, IMPORT_ITALICS)),
    "texts/multilingual/A_RES_59_26_es.txt": ({("error", "punctuation.final-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_ES-10_24_es.txt": ({("error", "punctuation.preamble-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_science-technology_unidentified_ru.txt": ({("error", "punctuation.preamble-end"): 1}, (COPY,)),
}

_CJK = "\u3400-\u9fff"
_FULL = {",": "\uff0c", ";": "\uff1b", ":": "\uff1a", "?": "\uff1f", "!": "\uff01"}


def _restore_full_width(text: str) -> str:
    return re.sub(rf"(?<=[{_CJK}\)\uff09\u201d])([,;:?!])", lambda m: _FULL[m.group(1)], text)


def _read(name: str):
    path = FIXTURES / name
    text = path.read_text(encoding="utf-8")
    if name.endswith("_zh.txt") and not name.startswith("restored/"):
        text = _restore_full_width(text)
    if looks_like_dialect(text):
        return read_text(text, str(path))
    draft = read_pdf_text(text, str(path))
    footnote_repeats.set_detected(draft, ibid_test(draft.language))  # as read_draft does
    return draft


def _all_texts() -> list[str]:
    names = ["A_80_L.9_en.md", "csto-draft-zh.md"]
    names += [str(p.relative_to(FIXTURES)) for p in (FIXTURES / "texts").rglob("*.txt")]
    names += [str(p.relative_to(FIXTURES)) for p in (FIXTURES / "restored").glob("*.txt")]
    return sorted(names)


def test_every_real_text_is_listed():
    assert sorted(EXPECTED) == _all_texts()
    shared = Path("/work/shared/reference/texts")
    if shared.exists():  # every text of the shared store has its copy here
        for path in shared.rglob("*.txt"):
            copy = FIXTURES / "texts" / path.relative_to(shared)
            assert copy.exists() or (FIXTURES / "texts" / path.name).exists(), path


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_text_gives_only_what_its_copy_or_import_explains(name):
    draft = _read(name)
    found = Counter((d.severity, d.rule) for d in check_draft(draft) if d.severity != "info")
    expected, reasons = EXPECTED[name]
    assert dict(found) == expected
    assert bool(reasons) == bool(expected)

