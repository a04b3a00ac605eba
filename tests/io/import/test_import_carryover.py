"""Last year's resolution into this year's draft, and the review flags it raises."""

from __future__ import annotations

from pathlib import Path

import pytest

from draftapp.check.engine import Engine
from draftapp.cli import main
from draftapp.io.carryover import carry_over
from draftapp.io.formats import read_draft
from draftapp.model import Text

TEXTS = Path(__file__).resolve().parents[2] / "fixtures" / "texts"


def review(draft):
    out = []
    for d in Engine(draft).diagnostics():
        if d.rule.startswith("review."):
            item = next((p for p in draft.paragraphs() if p.id == d.paragraph_id), None) or draft.footnote(d.paragraph_id)
            flat = item.flat_text() if hasattr(item, "flat_text") else "".join(getattr(r, "text", "\ufffc") for r in item.runs)
            out.append((d.rule, flat[d.span[0]:d.span[1]]))
    return out


def test_resolution_becomes_next_years_draft():
    resolution = read_draft(TEXTS / "A_RES_80_6_en.txt")
    draft = carry_over(resolution)
    assert draft.meta.adoption is None and draft.meta.kind == "draft-resolution"
    assert draft.meta.distribution == "Limited" and draft.meta.symbol == "" and draft.meta.date == ""
    assert draft.meta.session == 81 and draft.meta.based_on == "80/6"
    assert draft.meta.title == resolution.meta.title and draft.meta.agenda == resolution.meta.agenda
    first = draft.preamble[0]
    assert first.text == "Recalling its resolution 80/6 of 11 November 2025,"
    assert first.runs[0] == Text("Recalling", italic=True)
    assert len(draft.preamble) == len(resolution.preamble) + 1
    assert len(draft.operative) == len(resolution.operative) and len(draft.footnotes) == len(resolution.footnotes)
    assert not {p.id for p in draft.paragraphs()} & {p.id for p in resolution.paragraphs()}
    assert resolution.meta.adoption is not None  # the source is left as it was


@pytest.mark.parametrize("name, recalling", [
    ("A_RES_52_7_zh.txt", "回顾其1997年10月28日第52/7号决议，"),
    ("multilingual/A_RES_2758_XXVI_fr.txt", "Rappelant sa résolution 2758 (XXVI) du 25 octobre 1971,"),
    ("multilingual/A_RES_2758_XXVI_es.txt", "Recordando su resolución 2758 (XXVI), de 25 de octubre de 1971,"),
])
def test_recalling_paragraph_in_the_drafts_language(name, recalling):
    draft = carry_over(read_draft(TEXTS / name))
    assert draft.preamble[0].text == recalling


def test_session_from_the_resolution_number_when_the_masthead_has_none():
    resolution = read_draft(TEXTS / "A_RES_52_7_zh.txt")
    assert resolution.meta.session is None
    assert carry_over(resolution).meta.session == 53


def test_dates_and_sessions_named_in_the_text_are_flagged_for_review():
    flags = review(carry_over(read_draft(TEXTS / "A_RES_80_6_en.txt")))
    assert ("review.date", "29 October 2024") in flags
    assert ("review.date", "17 December 2026") in flags
    assert ("review.session", "eighty-first session") in flags
    assert ("review.session", "twenty-fifth session") in flags
    assert ("review.session", "Eightieth Session") in flags  # in footnote 10
    assert ("review.date", "11 November 2025") not in flags  # the recall paragraph's own date


def test_chinese_sessions_are_flagged():
    flags = review(carry_over(read_draft(TEXTS / "A_RES_52_7_zh.txt")))
    assert ("review.session", "第五十三届会议") in flags


def test_no_review_flags_without_a_carry_over():
    assert review(read_draft(TEXTS / "A_RES_80_6_en.txt")) == []


def test_new_from_file_command(tmp_path, capsys):
    out = tmp_path / "next.md"
    assert main(["new", "--from", str(TEXTS / "A_RES_80_7_en.txt"), "-o", str(out)]) == 0
    draft = read_draft(out)
    assert draft.meta.based_on == "80/7" and draft.meta.session == 81
    assert draft.preamble[0].text == "Recalling its resolution 80/7 of 14 November 2025,"


def test_new_from_a_bad_file_is_a_clear_error_and_writes_nothing(tmp_path, capsys):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    out = tmp_path / "next.md"
    assert main(["new", "--from", str(bad), "-o", str(out)]) == 2
    assert "not a zip package" in capsys.readouterr().err
    assert not out.exists()
