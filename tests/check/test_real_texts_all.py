"""Every real text of tests/fixtures (copies of shared/reference/texts, adopted-80/ and
multilingual/ included, see tests/fixtures/SOURCES.md): what the checks give on it beyond
notes, each with the reason it is right (issue 13). Nothing here is a false finding of
the checks: what remains comes from the copy (cut short by the store, or no resolution
at all) or from the importer (the list names the defect).

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
from draftapp.io.errors import DraftIOError
from draftapp.io.pdftext import looks_like_dialect, read_pdf_text
from draftapp.io.text import read_text
from draftapp.model import footnote_repeats
from draftapp.lang.ibid import ibid_test

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# why a finding on a real text is right
COPY = "the stored copy is cut short or damaged (texts/multilingual/SOURCES.md): the text really ends so"
NOT_A_TEXT = "not a resolution: aligned English-Arabic segments or sentence pairs glued into lines"
LOST_NOTES = "the copy kept the footnote marks ('报告，1') but not the notes: the importer takes the marks out of the text and reports them (import.unplaced)"
AFTER_CLOSING = "the copy goes on after the closing meeting line with the start of part B (cut short by the store): reported, not placed (import.unplaced)"
LABELS_LOST = "the stored copy lost some '(a)', '(b)', '(i)' labels (texts/adopted-80/SOURCES.md: the extractor dropped them; the text has no trace of them), so subparagraphs run together"
IMPORT_MASTHEAD = "importer: the blog copy's heading line ('二七五八 (二十六). 恢復…') read as the first preambular paragraph"
IMPORT_UNPLACED = "importer: text of the copy it could not place (a web page's heading, a masthead line, a time stamp) is reported as such: right, it is no part of the resolution"
REFUSED = "refused"  # the reader refuses the file (a clear error, no draft)

#: file -> ({(severity, rule): count}, reasons)
EXPECTED: dict[str, tuple[dict, tuple[str, ...]]] = {
    "A_80_L.9_en.md": ({}, ()),
    "csto-draft-zh.md": ({}, ()),
    "restored/A_RES_52_7_zh.txt": ({}, ()),
    "restored/A_RES_54_254_zh.txt": ({("warning", "import.unplaced"): 2}, (IMPORT_UNPLACED,)),
    "texts/A_69_L.52_ru.txt": ({("error", "punctuation.preamble-end"): 1}, (COPY,)),
    "texts/A_80_L.1_en.txt": ({}, ()),
    "texts/A_80_L.6_en.txt": ({}, ()),
    "texts/A_80_L.7_en.txt": ({}, ()),
    "texts/A_80_L.9_en.txt": ({}, ()),
    "texts/A_RES_50_15_en.txt": ({("error", "punctuation.preamble-end"): 1}, (COPY,)),
    "texts/A_RES_52_7_zh.txt": ({}, ()),
    "texts/A_RES_54_254_zh.txt": ({("warning", "import.unplaced"): 2}, (IMPORT_UNPLACED,)),
    "texts/A_RES_80_10_en.txt": ({}, ()),
    "texts/A_RES_80_14_en.txt": ({}, ()),
    "texts/A_RES_80_27_en.txt": ({}, ()),
    "texts/A_RES_80_4_en.txt": ({}, ()),
    "texts/A_RES_80_6_en.txt": ({}, ()),
    "texts/A_RES_80_7_en.txt": ({}, ()),
    "texts/adopted-80/A_RES_80_11_en.txt": ({("error", "punctuation.intro-end"): 2, ("warning", "numbering.typed"): 2}, (LABELS_LOST,)),
    "texts/adopted-80/A_RES_80_12_en.txt": ({("error", "punctuation.intro-end"): 1, ("warning", "numbering.typed"): 1}, (LABELS_LOST,)),
    "texts/adopted-80/A_RES_80_15_en.txt": ({}, ()),
    "texts/adopted-80/A_RES_80_2_en.txt": ({}, ()),
    "texts/adopted-80/A_RES_80_5_en.txt": ({}, ()),
    "texts/adopted-80/A_RES_80_8_en.txt": ({}, ()),
    "texts/multilingual/A_71_1007_en-ar_bitext.txt": (
        {("error", "punctuation.final-end"): 1, ("error", "punctuation.operative-end"): 3, ("error", "punctuation.preamble-end"): 1, ("warning", "openings.unknown"): 5},
        (NOT_A_TEXT,),
    ),
    "texts/multilingual/A_74_L.75_en-ar_bitext.txt": (REFUSED, (NOT_A_TEXT,)),
    "texts/multilingual/A_AC.109_2019_L.18_en-ar_bitext.txt": (REFUSED, (NOT_A_TEXT,)),
    "texts/pdftotext/A_RES_73_3_layout.txt": ({}, ()),
    "texts/pdftotext/A_RES_73_3_plain.txt": ({}, ()),
    "texts/pdftotext/A_RES_73_7_layout.txt": ({}, ()),
    "texts/pdftotext/A_RES_73_7_plain.txt": ({}, ()),
    "texts/multilingual/UN_sentence-pairs_observer-status_ar-es.txt": (
        {("error", "punctuation.final-end"): 1, ("error", "punctuation.preamble-end"): 2, ("warning", "openings.unknown"): 3}, (NOT_A_TEXT,),
    ),
    "texts/multilingual/A_RES_1767_XVII_ru.txt": ({("error", "punctuation.preamble-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_2758_XXVI_en.txt": ({}, ()),
    "texts/multilingual/A_RES_2758_XXVI_es.txt": ({}, ()),
    "texts/multilingual/A_RES_2758_XXVI_fr.txt": ({}, ()),
    "texts/multilingual/A_RES_2758_XXVI_zh.txt": ({("error", "punctuation.preamble-end"): 1, ("warning", "openings.unknown"): 1}, (IMPORT_MASTHEAD,)),
    "texts/multilingual/A_RES_39_11_en.txt": ({("warning", "import.unplaced"): 1}, (IMPORT_UNPLACED,)),
    "texts/multilingual/A_RES_39_11_fr.txt": ({("warning", "import.unplaced"): 1, ("error", "punctuation.final-end"): 1}, (IMPORT_UNPLACED, COPY)),
    "texts/multilingual/A_RES_39_11_ru.txt": ({("warning", "import.unplaced"): 2, ("error", "punctuation.final-end"): 1}, (IMPORT_UNPLACED, COPY)),
    "texts/multilingual/A_RES_39_148_ru.txt": ({("warning", "import.unplaced"): 1, ("error", "punctuation.preamble-end"): 1}, (IMPORT_UNPLACED, COPY)),
    "texts/multilingual/A_RES_50_72_zh.txt": ({("warning", "import.unplaced"): 2}, (LOST_NOTES, AFTER_CLOSING)),
    "texts/multilingual/A_RES_51_40_zh.txt": ({}, ()),
    "texts/multilingual/A_RES_52_162_fr.txt": ({("warning", "import.unplaced"): 1, ("error", "punctuation.preamble-end"): 2, ("warning", "openings.unknown"): 1}, (IMPORT_UNPLACED, COPY)),
    "texts/multilingual/A_RES_52_232_zh.txt": ({}, ()),
    "texts/multilingual/A_RES_52_31_ar.txt": ({("error", "punctuation.final-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_52_33_ar.txt": ({("error", "punctuation.preamble-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_52_35_ar.txt": ({("error", "punctuation.preamble-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_52_35_fr.txt": ({("warning", "import.unplaced"): 1, ("error", "punctuation.preamble-end"): 1}, (IMPORT_UNPLACED, COPY)),
    "texts/multilingual/A_RES_52_40_ar.txt": ({("error", "punctuation.final-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_55_282_fr.txt": ({("warning", "import.unplaced"): 1, ("error", "punctuation.final-end"): 1}, (IMPORT_UNPLACED, COPY)),
    "texts/multilingual/A_RES_55_29_zh.txt": ({("error", "punctuation.final-end"): 1}, (COPY,)),
    "texts/multilingual/A_RES_58_85_en.txt": ({}, ()),
    "texts/multilingual/A_RES_59_26_en.txt": ({("error", "punctuation.final-end"): 1}, (COPY,)),
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
    expected, reasons = EXPECTED[name]
    if expected == REFUSED:  # lines of two languages glued: "lettered parts", refused
        with pytest.raises(DraftIOError):
            _read(name)
        return
    draft = _read(name)
    found = Counter((d.severity, d.rule) for d in check_draft(draft) if d.severity != "info")
    assert dict(found) == expected
    assert bool(reasons) == bool(expected)

