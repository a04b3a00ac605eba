"""What the user types is checked and cleaned before a template sees it."""

import pytest

from draftapp.model import AgendaItem
from draftapp.templating import NewDraftError, NewDraftRequest, new_draft


@pytest.mark.parametrize(
    "fields,message",
    [
        ({"organ": "gaa"}, "unknown organ 'gaa'"),
        ({"language": "de"}, "unknown language 'de'"),
        ({"session": None}, "needs its session number"),
        ({"session": 0}, "from 1 to 200"),
        ({"organ": "sc", "kind": "draft-decision"}, "no template for a draft-decision of organ 'sc'"),
        ({"revision": 0}, "revision number"),
        ({"agenda": [AgendaItem("12, 14")]}, "'12, 14' is not an agenda item number"),
        ({"title": "A *bold* title"}, "the title 'A \\*bold\\* title' holds"),
        ({"agenda": [AgendaItem("12", ["## x"])]}, "agenda item title '## x' holds"),
    ],
)
def test_bad_fields_are_named(fields, message):
    values = {"organ": "ga", "language": "en", "session": 71} | fields
    with pytest.raises(NewDraftError, match=message.replace("(", r"\(").replace(")", r"\)")):
        new_draft(NewDraftRequest(**values))


def test_fields_are_kept_on_one_line():
    req = NewDraftRequest(organ="ga", language="en", session=71, title="Line one\nline two", agenda=[AgendaItem("12", ["A\n title"])])
    draft = new_draft(req)
    assert draft.meta.title == "Line one line two"
    assert draft.meta.agenda[0].titles == ["A title"]


def test_sponsors_in_another_language_are_put_into_the_drafts():
    draft = new_draft(NewDraftRequest(organ="ga", language="fr", session=71, sponsors=["Germany", "Algeria", "Tschad"]))
    assert draft.sponsors[:2] == ["Algérie", "Allemagne"]
    assert "Tschad" in draft.sponsors  # unknown names stay as typed


def test_request_survives_the_trip_to_the_worker():
    req = NewDraftRequest(organ="hrc", language="ar", session=58, agenda=[AgendaItem("3", ["x"])], sponsors=["Egypt"]).checked()
    assert NewDraftRequest.from_dict(req.to_dict()) == req


def test_the_footnote_repetition_style_is_chosen_in_the_template_current_practice_by_default():
    from draftapp.templating import NewDraftRequest, new_draft

    draft = new_draft(NewDraftRequest(organ="ga", language="en", session=80))
    assert draft.meta.footnote_repeats == "new"
    draft = new_draft(NewDraftRequest(organ="ga", language="zh", session=71, footnote_repeats="same"))
    assert draft.meta.footnote_repeats == "same"
    import pytest

    from draftapp.templating import NewDraftError

    with pytest.raises(NewDraftError):
        NewDraftRequest(organ="ga", language="en", session=80, footnote_repeats="merged").checked()
