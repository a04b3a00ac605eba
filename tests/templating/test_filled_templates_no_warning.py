"""A fresh draft from any template, filled in, warns about nothing but the paragraphs
still to write (issue 10: agenda item "69 (a)" with the delegate's own title got a
closing "Decides to include … the item entitled “<item>”", the title check fired, and
its fix would have put the item's words over the real title)."""

import datetime as dt

import pytest

from draftapp.check import INFO, check_draft
from draftapp.lang import LANGUAGES
from draftapp.model import AgendaItem
from draftapp.templating import NewDraftRequest, document_types, new_draft, symbol_for

CASES = [(doc_type, organ, language) for doc_type, spec in document_types().items()
         for organ in spec["organs"] for language in LANGUAGES]

ITEM = "Promotion and protection of human rights"
TITLE = "Freedom of religion or belief"


def filled(doc_type, organ, language, agenda=None, title=TITLE):
    req = NewDraftRequest(organ=organ, language=language, kind=document_types()[doc_type]["kind"], session=80,
                          year=2026, agenda=agenda or [AgendaItem("69 (a)", [ITEM])], title=title,
                          sponsors=["Norway", "Chile"], date=dt.date(2026, 11, 3))
    req.symbol = symbol_for(req.checked()).replace("[…]", "12")
    return new_draft(req)


def complaints(draft):
    return [(d.rule, d.message) for d in check_draft(draft)
            if d.severity != INFO and d.rule != "placeholder"]


@pytest.mark.parametrize("doc_type,organ,language", CASES)
def test_filled_in_draft_has_no_warning(doc_type, organ, language):
    assert complaints(filled(doc_type, organ, language)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_item_with_a_sub_item_and_a_title_of_its_own(language):
    draft = filled("ga-draft-resolution", "ga", language,
                   agenda=[AgendaItem("69 (a)", [ITEM + ":", "Human rights questions"])])
    assert complaints(draft) == []
    assert draft.meta.title == TITLE


def test_own_title_continues_the_question_under_the_item():
    draft = filled("ga-draft-resolution", "ga", "en")
    assert draft.operative[-1].text == (
        "Decides to continue its consideration of the question at its eighty-first session under the item "
        "entitled “Promotion and protection of human rights”.")
    assert not [d for d in check_draft(draft) if d.rule == "consistency.title"]


def test_title_that_is_the_item_still_includes_the_item():
    draft = filled("ga-draft-resolution", "ga", "en", title=ITEM)
    assert draft.operative[-1].text.startswith("Decides to include in the provisional agenda of its eighty-first")
    assert complaints(draft) == []
