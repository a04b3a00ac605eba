"""What the importer of PDF-copied text keeps and what it drops."""

from __future__ import annotations

from pathlib import Path

import pytest

from draftapp.io.errors import DraftIOError
from draftapp.io.pdftext import read_pdf_text
from draftapp.io.text import read_text, write_text
from draftapp.model import FootnoteRef, Text, footnote_numbers

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
TEXTS = FIXTURES / "texts"


def load(name: str):
    return read_pdf_text((TEXTS / name).read_text(encoding="utf-8"), name)


def around_citations(draft):
    """(text before, footnote number, text after) for every citation, in order."""
    numbers = footnote_numbers(draft)
    found = []
    for p in draft.paragraphs():
        for i, run in enumerate(p.runs):
            if isinstance(run, FootnoteRef):
                before = "".join(r.text for r in p.runs[:i] if isinstance(r, Text))
                after = "".join(r.text for r in p.runs[i + 1:] if isinstance(r, Text))
                found.append((before[-20:], numbers[run.footnote_id], after[:12]))
    return found


def test_l9_matches_the_hand_made_dialect_copy_paragraph_for_paragraph():
    """tests/fixtures/A_80_L.9_en.md was converted by hand by a colleague from the same
    PDF text: every paragraph, footnote position and footnote text must agree."""
    imported = load("A_80_L.9_en.txt")
    by_hand = read_text((FIXTURES / "A_80_L.9_en.md").read_text(encoding="utf-8"))
    assert [p.flat_text() for p in imported.paragraphs()] == [p.flat_text() for p in by_hand.paragraphs()]
    assert [f.text for f in imported.footnotes] == [f.text for f in by_hand.footnotes]
    assert imported.sponsors == by_hand.sponsors
    assert imported.meta.title == by_hand.meta.title


def test_l9_masthead():
    meta = load("A_80_L.9_en.txt").meta
    assert (meta.symbol, meta.distribution, meta.date, meta.original_language) == ("A/80/L.9", "Limited", "2025-11-05", "en")
    assert meta.job_number == "25-17846"
    assert meta.session == 80 and meta.agenda[0].number == "74"
    assert meta.agenda[0].titles == ["Report of the International Criminal Court"]
    assert meta.kind == "draft-resolution" and meta.sponsors_note
    assert meta.adoption is None


def test_l9_sponsors_across_lines():
    draft = load("A_80_L.9_en.txt")
    assert len(draft.sponsors) == 60
    assert "Bosnia and Herzegovina" in draft.sponsors
    assert "United Kingdom of Great Britain and Northern Ireland" in draft.sponsors
    assert "Republic of Korea" in draft.sponsors  # cut across two lines in the PDF
    assert draft.sponsors[-1] == "State of Palestine"


def test_l1_decision_with_provisional_agenda_and_double_star():
    draft = load("A_80_L.1_en.txt")
    assert draft.meta.kind == "draft-decision"
    assert draft.meta.provisional_agenda == "A/80/150"
    assert draft.meta.agenda[0].number == "35"
    assert draft.meta.sponsors_note
    assert draft.sponsors[-1] == "State of Palestine"
    assert [p.typed_label for p in draft.operative] == ["(a)", "(b)"]
    assert draft.operative[1].text.startswith("Endorses the New York Declaration")


def test_footnote_digits_become_citations_and_only_those():
    cites = around_citations(load("A_80_L.9_en.txt"))
    assert [n for _, n, _ in cites] == list(range(1, 11))
    assert cites[0][0].endswith("Criminal Court") and cites[0][2].startswith(" reaffirms")  # "Court 1 reaffirms"
    assert cites[2][0].endswith("Agreement,") and cites[2][2].startswith(" which")  # ", 3 which"
    assert cites[8][0].endswith("12 February 2013,")  # "2013, 9 in which"
    text = " ".join(p.text for p in load("A_80_L.9_en.txt").paragraphs())
    for kept in ("resolution 79/6 of 29 October 2024", "including paragraph 3 of the resolution",
                 "article 12, paragraph 3, of the Rome Statute", "from 31 May to 11 June 2010",
                 "for 2024/25;"):
        assert kept in text


def test_years_and_list_numbers_are_not_citations():
    cites = around_citations(load("A_RES_80_10_en.txt"))
    assert [n for _, n, _ in cites] == list(range(1, 14))
    text = " ".join(p.text for p in load("A_RES_80_10_en.txt").paragraphs())
    assert "paragraphs 13 and 14" in text and "the 2030 Agenda" in text and "that 5 September" in text


def test_page_furniture_goes():
    draft = load("A_80_L.9_en.txt")
    everything = " ".join(p.text for p in draft.paragraphs()) + " ".join(f.text for f in draft.footnotes)
    for noise in ("A/80/L.9", "25-17846", "2/5", "3/5", "____", "Any changes to the list"):
        assert noise not in everything


def test_paragraph_cut_by_a_page_break_is_one_paragraph():
    l9 = load("A_80_L.9_en.txt")
    assert "in various situations and cases which were referred" in l9.preamble[6].text
    assert "requests the Secretary-General to continue to include information" in l9.operative[12].text
    # the continuation starts with a capital in A/80/L.7 operative 2 and A/RES/80/6 operative 14
    l7 = load("A_80_L.7_en.txt")
    assert "“Amendment to Article XIV.A of the Statute”; GC(69)/DEC/11, entitled" in l7.operative[1].text
    res = load("A_RES_80_6_en.txt")
    assert "issued by the International Criminal Court," in res.operative[13].text


def test_footnote_bodies_wrapped_over_lines_are_joined():
    notes = [f.text for f in load("A_80_L.7_en.txt").footnotes]
    assert notes[1].startswith("See International Atomic Energy Agency, Resolutions Adopted")
    assert notes[1].endswith("information regarding their adoption.")
    res = [f.text for f in load("A_RES_80_6_en.txt").footnotes]
    assert res[8].endswith("1 August 2012–31 July 2013 (S/INF/68).")  # "[^2013]:" is a wrapped line


def test_adopted_resolution_metadata():
    meta = load("A_RES_80_6_en.txt").meta
    assert meta.kind == "resolution" and meta.distribution == "General"
    assert meta.adoption.adopted_line == "Resolution adopted by the General Assembly on 11 November 2025"
    assert meta.adoption.reference_line == "[without reference to a Main Committee (A/80/L.9)]"
    assert meta.adoption.number == "80/6"
    assert meta.adoption.meeting_line == "35th plenary meeting\n11 November 2025"
    assert meta.title == "Report of the International Criminal Court"
    assert meta.session == 80 and meta.agenda[0].number == "74"


def test_running_title_of_a_web_copy_is_dropped():
    draft = load("A_RES_80_27_en.txt")
    assert all(p.text != "Regional disarmament" for p in draft.paragraphs())
    assert draft.meta.agenda[0].number == "99 (f)"
    assert draft.meta.agenda[0].titles == ["General and complete disarmament: regional disarmament"]


def test_chinese_resolution_with_old_footnote_form():
    draft = load("A_RES_52_7_zh.txt")
    assert draft.meta.adoption.number == "52/7"
    assert draft.meta.adoption.meeting_line == "1997年10月28日\n第37次全体会议"
    assert around_citations(draft) == [("审议了秘书长的报告", 1, "并就按协定开展合作的初步")]
    assert draft.preamble[0].text.startswith("回顾1996年10月25日第51/7号决议,其中欢迎联合国同各国议会联盟缔结合作协定")


def test_chinese_text_run_into_one_line():
    draft = load("A_RES_54_254_zh.txt")
    assert draft.meta.session == 54 and draft.meta.adoption.number == "54/254"
    assert draft.meta.title == "联合国千年首脑会议"
    assert [p.text[:3] for p in draft.preamble] == ["回顾其", "又回顾", "重申2", "又重申", "审议了", "铭记着"]
    assert draft.operative[3].text.endswith("作出决定。")


def test_russian_draft_masthead_and_sponsors():
    draft = load("A_69_L.52_ru.txt")
    assert draft.language == "ru"
    assert draft.meta.symbol == "A/69/L.52" and draft.meta.session == 69
    assert draft.meta.original_language == "en" and draft.meta.date == "2015-02-19"
    assert draft.meta.agenda[0].number == "129"
    assert len(draft.sponsors) == 38 and draft.sponsors[0] == "Азербайджан" and draft.sponsors[-1] == "Эритрея"


def test_arabic_labels_and_openings():
    draft = load("multilingual/A_RES_52_31_ar.txt")
    assert draft.language == "ar"
    assert draft.preamble[1].text.startswith("وإذ تعيد تأكيد")
    assert draft.operative[0].text.startswith("تؤكد مجددا")
    assert draft.operative[0].typed_label is None  # "1 -" is the Arabic form itself


def test_subparagraph_levels_headings_and_markup_characters():
    text = (
        "The General Assembly,\n\nRecalling its resolution 1/1,\n\nI\nStrengthening of the system\n\n"
        "1. Decides:\n\n(a) that something;\n\n(i) first point;\n\n(ii) second point;\n\n"
        "(b) that another *thing* [x] <y> #z_;\n\nII\nFollow-up\n\n2. Requests the Secretary-General to report.\n"
    )
    draft = read_pdf_text(text)
    assert [p.heading for p in draft.operative] == [True, False, True, False]
    assert draft.operative[0].text == "I. Strengthening of the system"
    decides = draft.operative[1]
    assert [c.text for c in decides.children] == ["that something;", "that another *thing* [x] <y> #z_;"]
    assert [c.text for c in decides.children[0].children] == ["first point;", "second point;"]
    assert draft.preamble[0].runs[0] == Text("Recalling", italic=True)
    assert draft.operative[3].runs[0] == Text("Requests", italic=True)
    # and the dialect round trip keeps it all
    assert read_text(write_text(draft)) == draft


def test_every_reference_text_survives_the_dialect_round_trip():
    for path in sorted(TEXTS.glob("*.txt")):
        draft = read_pdf_text(path.read_text(encoding="utf-8"), path.name)
        assert read_text(write_text(draft)) == draft, path.name


@pytest.mark.parametrize("text", ["", "   \n\n  ", "hello"])
def test_text_without_a_resolution_is_a_clear_error_or_a_single_paragraph(text):
    if not text.strip():
        with pytest.raises(DraftIOError, match="no"):
            read_pdf_text(text, "x.txt")
    else:
        assert len(read_pdf_text(text).preamble) == 1


def test_preambular_subparagraphs_stay_in_the_preamble():
    draft = load("multilingual/A_RES_ES-10_24_es.txt")
    assert [c.typed_label for c in draft.preamble[4].children] == [None, None]  # "a)" "b)" are the Spanish labels
    assert draft.preamble[4].children[1].text.startswith("¿Cómo afectan")
    assert draft.preamble[5].text.startswith("Habiendo recibido")


def test_one_clause_a_line_and_bullets():
    draft = load("multilingual/A_RES_39_11_fr.txt")
    assert draft.preamble[5].text.startswith("Reconnaissant que chaque État")
    assert [p.text.split()[0] for p in draft.operative] == ["Proclame", "Déclare", "Souligne", "Lance"]


def test_numbers_a_flattener_moved_after_the_first_line_go_back():
    draft = load("multilingual/A_RES_59_26_en.txt")
    assert draft.meta.adoption.number == "59/26" and draft.meta.symbol == "A/RES/59/26"
    assert draft.meta.title == "Commemoration of the sixtieth anniversary of the end of the Second World War"
    assert draft.operative[0].text.startswith("Declares 8–9 May as a time of remembrance and reconciliation and, while recognizing")
    assert draft.operative[1].text.startswith("Requests the President of the General Assembly to hold a special solemn meeting")
    assert draft.operative[1].text.endswith("in commemoration of all victims of the war;")


def test_french_opening_with_a_typographic_apostrophe_is_set_in_italics():
    # the bank has "Ayant à l'esprit"; issued French texts have "Ayant à l’esprit"
    draft = read_pdf_text((TEXTS / "multilingual" / "A_RES_39_11_fr.txt").read_text(encoding="utf-8"), "A_RES_39_11_fr.txt")
    first = draft.preamble[1].runs[0]
    assert isinstance(first, Text) and first.italic and first.text == "Ayant à l’esprit"


@pytest.mark.parametrize("name", ["A_RES_2758_XXVI_es.txt", "A_RES_2758_XXVI_fr.txt", "A_RES_52_35_ar.txt"])
def test_adopted_resolution_without_a_distribution_line_is_general(name):
    # a web copy starting at "2758 (XXVI). Title" has no "Distr.:" line; the export's
    # masthead said "Distr.: Limited" for an adopted resolution
    draft = read_pdf_text((TEXTS / "multilingual" / name).read_text(encoding="utf-8"), name)
    assert draft.meta.adoption is not None and draft.meta.adoption.number
    assert draft.meta.distribution == "General"


def test_decision_paragraphs_open_in_italics_like_operative_ones():
    # "(b) Endorses …" was read as a subparagraph, so its opening was left upright and
    # the check asked for italics the issued document has
    draft = load("A_80_L.1_en.txt")
    first = draft.operative[1].runs[0]
    assert isinstance(first, Text) and first.italic and first.text == "Endorses"
