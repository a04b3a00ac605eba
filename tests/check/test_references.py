"""Cross-references typed as text and live ones."""

from draftapp.check import check_draft
from draftapp.model import CrossRef, MoveParagraph

from .helpers import apply_fix, en, found, zh

BODY = (
    "*Recalling* it,\n\n"
    "1. *Decides* to act;\n\n"
    "2. *Requests* a report:\n(a) On one;\n(b) On two;\n\n"
    "3. *Invites* all to follow {ref};\n\n"
    "4. *Urges* all.\n"
)


def test_right_typed_reference_is_info_and_becomes_live():
    draft = en(BODY.format(ref="paragraph 2 (b) above"))
    [d] = found(draft, "references.typed")
    assert d.severity == "info"
    apply_fix(draft, d)
    [xref] = [r for r in draft.operative[2].runs if isinstance(r, CrossRef)]
    assert xref.target_id == draft.operative[1].children[1].id
    assert draft.operative[2].flat_text() == "Invites all to follow paragraph \ufffc above;"
    assert not [x for x in check_draft(draft) if x.rule.startswith("references.")]


def test_no_such_paragraph_is_an_error():
    draft = en(BODY.format(ref="paragraph 9 above"))
    [d] = found(draft, "references.missing")
    assert d.severity == "error" and "4 operative paragraphs" in d.message
    draft = en(BODY.format(ref="paragraph 2 (d) above"))
    assert found(draft, "references.missing")


def test_wrong_direction_is_a_warning():
    draft = en(BODY.format(ref="paragraph 1 below"))
    [d] = found(draft, "references.direction")
    assert "above this one, not below" in d.message
    draft = en(BODY.format(ref="paragraph 4 above"))
    assert found(draft, "references.direction")


def test_reference_to_another_document_is_not_checked():
    draft = en(BODY.format(ref="paragraph 9 of resolution 60/1"))
    assert not [x for x in check_draft(draft) if x.rule.startswith("references.")]


def test_live_reference_direction_after_a_move():
    draft = en(BODY.format(ref="paragraph 2 above"))
    [d] = found(draft, "references.typed")
    apply_fix(draft, d)
    assert not found(draft, "references.direction")
    MoveParagraph(draft.operative[1].id, "operative", 3).apply(draft)  # paragraph 2 goes last
    [d] = found(draft, "references.direction")
    assert "below this one, not above" in d.message


def test_broken_live_reference():
    draft = en(BODY.format(ref="paragraph 2 above"))
    draft.operative[2].runs.insert(1, CrossRef("gone"))
    [d] = found(draft, "references.broken")
    assert d.severity == "error"


def test_chinese_reference():
    body = "回顾其决议，\n\n1. 决定采取行动；\n\n2. 请各方遵守{ref}。\n"
    draft = zh(body.format(ref="上文第1段"))
    [d] = found(draft, "references.typed")
    assert found(zh(body.format(ref="下文第1段")), "references.direction")
    assert found(zh(body.format(ref="上文第7段")), "references.missing")


import pytest  # noqa: E402

from draftapp.io.text import read_text  # noqa: E402


@pytest.mark.parametrize(
    "code, organ_line, first, second",
    [
        ("fr", "*L'Assemblée générale*,", "*Décide* d'agir;", "*Prie* chacun de suivre le paragraphe {n} {d}."),
        ("es", "*La Asamblea General*,", "*Decide* actuar;", "*Solicita* a todos que sigan el párrafo {n} {d}."),
        ("ru", "*Генеральная Ассамблея*,", "*постановляет* действовать;", "*просит* всех следовать пункту {n} {d}."),
        ("ar", "إن الجمعية العامة،", "تقرر أن تعمل؛", "تطلب إلى الجميع اتباع الفقرة {n} {d}."),
    ],
)
def test_typed_references_in_other_languages(code, organ_line, first, second):
    above, below = {"fr": ("ci-dessus", "ci-dessous"), "es": ("supra", "infra"), "ru": ("выше", "ниже"), "ar": ("أعلاه", "أدناه")}[code]
    head = f"<!-- draftapp\nlanguage: {code}\n-->\n{organ_line}\n\n"

    def draft(n, d):
        return read_text(head + f"1. {first}\n\n2. {second.format(n=n, d=d)}\n")

    assert found(draft(1, above), "references.typed")
    assert found(draft(1, below), "references.direction")
    assert found(draft(5, above), "references.missing")
