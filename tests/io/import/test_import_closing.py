"""The closing of a resolution ("28th plenary meeting" / "29 October 2018", "1998年6月4日")
ends the text and is metadata, never paragraph text, in every language, also where a
copy runs it into the last paragraph; what a copy has after it is shown, not placed.
Footnote marks whose notes a copy lost are taken out of the text and reported
(io/pdftext/orphan_marks.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from draftapp.io.pdftext import read_pdf_text
from draftapp.io.pdftext.orphan_marks import strip_orphan_marks

TEXTS = Path(__file__).resolve().parents[2] / "fixtures" / "texts"


def load(name: str):
    return read_pdf_text((TEXTS / name).read_text(encoding="utf-8"), name)


def test_plain_pdftotext_closing_lines_are_the_meeting_line():
    # no blank line between operative 28 and "28th plenary meeting" / "29 October 2018"
    draft = load("pdftotext/A_RES_73_7_plain.txt")
    assert len(draft.operative) == 28
    assert draft.operative[-1].text.endswith("at its seventyfourth session.")
    assert draft.meta.adoption.meeting_line == "28th plenary meeting\n29 October 2018"
    assert draft.unplaced == []


def test_web_copy_date_alone_closes_the_text_and_its_1_slash_note_is_a_footnote():
    draft = load("multilingual/A_RES_52_232_zh.txt")
    assert draft.operative[-1].text.endswith("临时议程。")
    assert draft.meta.adoption.meeting_line == "1998年6月4日"
    assert [f.text for f in draft.footnotes] == ["A/52/855。"]


def test_text_after_the_closing_is_shown_not_placed():
    # A/RES/50/72 (zh), part A complete, then its closing, then the start of part B
    draft = load("multilingual/A_RES_50_72_zh.txt")
    assert (len(draft.preamble), len(draft.operative)) == (3, 9)
    assert draft.operative[-1].text.endswith("临时议程。")
    assert draft.meta.adoption.meeting_line == "1995年12月12日\n第90次全体会议"
    assert any(u.startswith("B. 裁军周 大会") for u in draft.unplaced)


# the closing run into the last paragraph, in each language (the forms of resources/import)
CLOSINGS = {
    "en": ("The General Assembly,\n\nRecalling its resolution 72/3,\n\n1. Decides to remain seized of the matter.",
           "28th plenary meeting", "29 October 2018"),
    "fr": ("L’Assemblée générale,\n\nRappelant sa résolution 72/3,\n\n1. Décide de rester saisie de la question.",
           "28e séance plénière", "29 octobre 2018"),
    "es": ("La Asamblea General,\n\nRecordando su resolución 72/3,\n\n1. Decide seguir ocupándose de la cuestión.",
           "28ª sesión plenaria", "29 de octubre de 2018"),
    "ru": ("Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 72/3,\n\n1. постановляет продолжать заниматься этим вопросом.",
           "28-е пленарное заседание", "29 октября 2018 года"),
    "zh": ("大会，\n\n回顾其第72/3号决议，\n\n1. 决定继续处理此事项。", "2018年10月29日", "第28次全体会议"),
    "ar": ("إن الجمعية العامة،\n\nإذ تشير إلى قرارها 72/3،\n\n1 - تقرر أن تبقي المسألة قيد نظرها.",
           "الجلسة العامة 28", "29 تشرين الأول/أكتوبر 2018"),
}


@pytest.mark.parametrize("language", sorted(CLOSINGS))
def test_closing_lines_run_into_the_last_paragraph_are_metadata(language):
    body, first, second = CLOSINGS[language]
    text = "73/7. Title\n\n" + body + f"\n{first}\n{second}\n"  # no blank line before the closing
    draft = read_pdf_text(text)
    assert draft.language == language
    last = draft.operative[-1].text
    assert first not in last and second not in last and last.endswith(("matter.", "question.", "cuestión.", "вопросом.", "此事项。", "نظرها."))
    assert draft.meta.adoption.meeting_line == f"{first}\n{second}"
    # the same lines with a blank line before them, as a PDF copy sets them: the same draft
    assert read_pdf_text("73/7. Title\n\n" + body + f"\n\n{first}\n{second}\n").operative[-1].text == last


def test_a_meeting_named_inside_a_paragraph_stays_text():
    text = ("The General Assembly,\n\nRecalling its resolution 72/3,\n\n1. Recalls its decision 72/5,\n"
            "adopted at its 28th plenary meeting;\n\n2. Decides to remain seized of the matter.\n")
    draft = read_pdf_text(text)
    assert draft.operative[0].text.endswith("adopted at its 28th plenary meeting;")


def test_a_meeting_named_inside_a_flattened_paragraph_stays_text():
    # a web copy run into one line: only a meeting line after the last full stop closes it
    line = ("73/7. Report of the Court The General Assembly, Recalling its resolution 72/3, "
            "1. Recalls its decision 72/5, adopted at its 28th plenary meeting, on the report of the Court; "
            "2. Decides to remain seized of the matter. 30th plenary meeting, 29 October 2018.")
    draft = read_pdf_text(line)
    assert [p.text for p in draft.operative] == [
        "Recalls its decision 72/5, adopted at its 28th plenary meeting, on the report of the Court;",
        "Decides to remain seized of the matter."]
    assert draft.meta.adoption.meeting_line == "30th plenary meeting\n29 October 2018"
    assert draft.unplaced == []


def test_a_date_inside_the_last_paragraph_stays_text():
    text = "The General Assembly,\n\nRecalling its resolution 72/3,\n\n1. Decides to meet on\n29 October 2018\n"
    draft = read_pdf_text(text)
    assert draft.operative[-1].text.endswith("to meet on 29 October 2018")


def test_marks_of_lost_notes_are_taken_out_and_reported():
    texts, reports = strip_orphan_marks(["审议了裁军谈判会议的报告，1", "作出关于其组成的CD/1356号决定，2 以及关于", "on 4,000 sites; and 1,2 more"])
    assert texts == ["审议了裁军谈判会议的报告，", "作出关于其组成的CD/1356号决定，以及关于", "on 4,000 sites; and 1,2 more"]
    assert len(reports) == 1 and "1 after “审议了裁军谈判会议的报告，”" in reports[0] and "2 after" in reports[0]
    # numbers that do not run 1, 2 … as first citations do are left as they are
    assert strip_orphan_marks(["the Court,3 and", "the Council,1 also"]) == (["the Court,3 and", "the Council,1 also"], [])


def test_a_copy_that_lost_its_notes_keeps_no_mark_in_its_text():
    draft = load("multilingual/A_RES_50_72_zh.txt")
    assert not re.search(r"[,，]\d", draft.preamble[0].text + draft.operative[3].text)
    assert any("footnote marks whose notes are not in the copy" in u for u in draft.unplaced)


def test_a_closing_block_keeps_its_order():
    # "1976a. sesión plenaria," / "25 de octubre de 1971." set as a block of its own
    draft = load("multilingual/A_RES_2758_XXVI_es.txt")
    assert draft.meta.adoption.meeting_line == "1976a. sesión plenaria\n25 de octubre de 1971"
    # plain pdftotext of A/RES/73/3: the closing after the declaration's last paragraph
    assert load("pdftotext/A_RES_73_3_plain.txt").meta.adoption.meeting_line == "18th plenary meeting\n10 October 2018"
