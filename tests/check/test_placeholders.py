"""Placeholders left by templates: errors until filled; a fresh draft reports only them."""

import pytest

from draftapp.check import check_draft, where
from draftapp.model import EditText, SetMeta, SetSponsors, Text
from draftapp.templating import NewDraftRequest, document_types, new_draft

from .helpers import CLEAN_EN, en, found


def test_placeholder_in_a_paragraph_is_an_error():
    draft = en("*Recalling* [\u2026 preambular text \u2026],\n\n1. *Decides* to act.\n")
    [d] = found(draft, "placeholder")
    assert d.severity == "error" and "[\u2026 preambular text \u2026]" in d.message
    assert d.span == (len("Recalling "), len("Recalling [\u2026 preambular text \u2026]"))
    EditText(draft.preamble[0].id, [Text("Recalling", italic=True), Text(" its resolution,")]).apply(draft)
    assert not found(draft, "placeholder")


def test_placeholders_in_metadata_and_sponsors():
    draft = en(CLEAN_EN)
    SetMeta(title="[\u2026 title \u2026]", symbol="A/80/L.[\u2026]").apply(draft)
    SetSponsors(["Armenia", "[\u2026 sponsors \u2026]"]).apply(draft)
    places = sorted((d.field or "", where(draft, d)) for d in found(draft, "placeholder"))
    assert places == [("", ("sponsors", 2)), ("symbol", ("meta", None)), ("title", ("meta", None))]
    assert not found(draft, "sponsors.unknown") and not found(draft, "sponsors.order")
    # "Fill in “[…]”." alone did not say where: the message names the masthead field
    [symbol] = [d for d in found(draft, "placeholder") if d.field == "symbol"]
    assert symbol.message == "Fill in \u201c[\u2026]\u201d in the symbol."


def test_no_placeholder_in_a_finished_draft():
    assert not found(en(CLEAN_EN), "placeholder")
    assert not found(en("*Recalling* the list [1, 2] and [a\u2026],\n\n1. *Decides* to act.\n"), "placeholder")


CASES = [(t, lang) for t in document_types() for lang in ("en", "zh", "fr", "es", "ru", "ar")]


@pytest.mark.parametrize("doc_type, language", CASES)
def test_a_fresh_draft_from_each_template_reports_only_its_placeholders(doc_type, language):
    spec = document_types()[doc_type]
    draft = new_draft(NewDraftRequest(organ=spec["organs"][0], language=language, kind=spec["kind"], session=71))
    diagnostics = check_draft(draft)
    assert diagnostics and {d.rule for d in diagnostics} == {"placeholder"}
