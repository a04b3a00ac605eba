"""Amendments and oral revisions in the six languages: the instructions that turn a
tabled draft into a proposed text, worded as each language's amendment documents."""

import copy
import sys
from pathlib import Path

import pytest

from draftapp.io.formats import read_draft
from draftapp.model import Paragraph, Text
from draftapp.negotiation.amendment import amendment_document, instructions, oral_text

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "io" / "docx_export"))
from docx_export_samples import sample_draft  # noqa: E402


def proposed_from(tabled):
    """A new preambular paragraph after the first, operative paragraph 1 rewritten,
    words added in 2 (a), operative paragraph 3 deleted."""
    p = copy.deepcopy(tabled)
    p.preamble.insert(1, Paragraph.of("NEW PREAMBULAR TEXT,"))
    p.operative[0].runs = [Text("REPLACED OPERATIVE TEXT;")]
    sub = p.operative[1].children[0]
    sub.runs = [Text(sub.text[:-1] + " EXTRA" + sub.text[-1])]
    del p.operative[2]
    return p


WRITTEN = {
    "en": ["Insert after the first preambular paragraph the following new paragraph:",
           "Replace operative paragraph 1 with the following:",
           "In operative paragraph 2 (a), after the words “to submit a report”, insert the words “EXTRA”;",
           "Delete operative paragraph 3."],
    "fr": ["Insérer après le premier alinéa du préambule le nouveau paragraphe suivant :",
           "Remplacer le paragraphe 1 du dispositif par le texte suivant :",
           "Au paragraphe 2 a) du dispositif, après les mots « De présenter un rapport », insérer les mots « EXTRA » ;",
           "Supprimer le paragraphe 3 du dispositif."],
    "es": ["Insértese después del primer párrafo del preámbulo el nuevo párrafo siguiente:",
           "Sustitúyase el párrafo 1 de la parte dispositiva por el texto siguiente:",
           "En el párrafo 2 a) de la parte dispositiva, después de las palabras “Que presente un informe”, insértense las palabras “EXTRA”;",
           "Suprímase el párrafo 3 de la parte dispositiva."],
    "ru": ["Включить после пункта 1 преамбулы следующий новый пункт:",
           "Заменить пункт 1 постановляющей части следующим текстом:",
           "В пункте 2 a) постановляющей части после слов «представить доклад» включить слова «EXTRA»;",
           "Исключить пункт 3 постановляющей части."],
    # a short Chinese subparagraph with words added is rewritten more than it is kept: replaced whole
    "zh": ["在序言部分第一段之后插入以下新的一段：",
           "将执行部分第1段改为：",
           "将执行部分第2(a)段改为：",
           "删除执行部分第3段。"],
    "ar": ["تدرج بعد الفقرة الأولى من الديباجة الفقرة الجديدة التالية:",
           "يستعاض عن الفقرة 1 من المنطوق بما يلي:",
           "في الفقرة 2 (أ) من المنطوق، تدرج عبارة ”EXTRA“ بعد عبارة ”أن يقدم تقريرا“؛",
           "تحذف الفقرة 3 من المنطوق."],
}

ORAL_FIRST = {
    "en": "A new paragraph should be inserted after the first preambular paragraph, reading:",
    "fr": "Un nouveau paragraphe devrait être inséré après le premier alinéa du préambule, ainsi libellé :",
    "es": "Debería insertarse un nuevo párrafo después del primer párrafo del preámbulo, que diga:",
    "ru": "После пункта 1 преамбулы следует включить новый пункт следующего содержания:",
    "zh": "在序言部分第一段之后应插入以下新的一段：",
    "ar": "ينبغي أن تدرج بعد الفقرة الأولى من الديباجة فقرة جديدة نصها كما يلي:",
}


@pytest.mark.parametrize("code", sorted(WRITTEN))
def test_written_amendment_in_each_language(code):
    tabled = sample_draft(code)
    found = instructions(tabled, proposed_from(tabled))
    assert [i.text for i in found] == WRITTEN[code]
    assert found[0].quoted == "NEW PREAMBULAR TEXT,"
    assert found[1].quoted == "REPLACED OPERATIVE TEXT;"


@pytest.mark.parametrize("code", sorted(ORAL_FIRST))
def test_oral_revisions_in_each_language(code):
    tabled = sample_draft(code)
    found = instructions(tabled, proposed_from(tabled), oral=True)
    assert found[0].text == ORAL_FIRST[code]
    assert len(found) == 4


def test_words_replaced_and_deleted():
    tabled = sample_draft("en")
    proposed = copy.deepcopy(tabled)
    op3 = proposed.operative[2]
    op3.runs[1] = Text(" to remain actively seized of the question.")  # after the italic "Decides"
    texts = [i.text for i in instructions(tabled, proposed)]
    assert texts == ["In operative paragraph 3, after the words “Decides to remain”, insert the words “actively”;",
                     "In operative paragraph 3, replace the words “matter” with the words “question”;"]


def test_the_adopted_text_against_its_draft_is_one_instruction():
    """A/80/L.9 as tabled and A/RES/80/6 as adopted differ in one place of their PDF
    copies: a hyphen broken across a line."""
    tabled = read_draft(ROOT / "tests" / "fixtures" / "texts" / "A_80_L.9_en.txt")
    adopted = read_draft(ROOT / "tests" / "fixtures" / "texts" / "A_RES_80_6_en.txt")
    assert [i.text for i in instructions(tabled, adopted)] == [
        "In the fifth preambular paragraph, replace the words “post-conflict” with the words “post- conflict”;"]


def test_the_amendment_document_and_the_oral_text():
    tabled = sample_draft("en")
    doc = amendment_document(tabled, proposed_from(tabled), sponsors=["Belarus"])
    assert doc.meta.kind == "amendment" and doc.meta.amends == "A/71/L.23"
    assert [p.text.split("\n")[0] for p in doc.operative] == WRITTEN["en"]
    assert doc.operative[1].text.split("\n")[1] == "“REPLACED OPERATIVE TEXT;”"
    spoken = oral_text(tabled, proposed_from(tabled))
    assert spoken.startswith("Oral revisions to draft resolution A/71/L.23\n\n")
    assert "Operative paragraph 3 should be deleted." in spoken
