"""An empty footnote is flagged (issue 10): the page would show a bare number."""

from draftapp.check import check_draft
from draftapp.model import EditText, Text

from .helpers import en, found

DRAFT = "*Noting* the report,<sup>1</sup>\n\n1. *Decides* to act.\n\n<sup>1</sup> A/80/1.\n"


def test_empty_footnote_is_an_error_and_goes_when_written():
    draft = en(DRAFT)
    note = draft.footnotes[0]
    EditText(note.id, []).apply(draft)
    [d] = found(draft, "footnotes.empty")
    assert d.severity == "error" and d.paragraph_id == note.id and d.part == "footnotes"
    EditText(note.id, [Text("   ")]).apply(draft)
    assert found(draft, "footnotes.empty")
    EditText(note.id, [Text("A/80/1.")]).apply(draft)
    assert not [x for x in check_draft(draft) if x.rule.startswith("footnotes.")]
