"""The incremental engine always agrees with a full check, whatever the edits."""

from hypothesis import given, settings
from hypothesis import strategies as st

from draftapp.check import Engine, check_draft
from draftapp.model import (
    AddFootnote,
    CommandError,
    CrossRef,
    DeleteParagraph,
    EditText,
    Footnote,
    FootnoteRef,
    Indent,
    InsertParagraph,
    MoveParagraph,
    Outdent,
    Paragraph,
    RemoveFootnote,
    SetHeading,
    SetMeta,
    Text,
)

from .helpers import en

BASE = (
    "*Recalling* its resolution 64/256 of 2 March 2010,<sup>1</sup>\n\n"
    "*Recalling also* the report,<sup>2</sup>\n\n"
    "1. *Decides* to act;\n\n"
    "2. *Requests* a report:\n(a) On one;\n(b) On two;\n\n"
    "3. *Invites* all to follow paragraph 1 above.\n\n"
    "<sup>1</sup> A/80/1.\n\n<sup>2</sup> A/80/2.\n"
)

OPENINGS = ["Recalling", "Recalling also", "Decides", "Also decides", "Recaling", "Noting", "Requests", ""]
BODIES = [
    " its resolution 64/256 of 2 March 2012", " the report", " paragraph 2 (b) above", " paragraph 9 below",
    " on March 2, 2010", " A/71//160", " the item entitled \u201cCooperation\u201d", " [\u2026 text \u2026]", "",
    " to include in the provisional agenda of its eightieth session the item entitled \u201cT\u201d",
]
ENDS = [",", ";", ".", ":", "", "\u3002"]


def _key(diagnostics):
    return sorted((d.rule, d.severity, d.part, d.paragraph_id, d.span, d.message) for d in diagnostics)


edits = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=50),  # which paragraph or footnote
        st.sampled_from(OPENINGS),
        st.booleans(),  # italic opening
        st.sampled_from(BODIES),
        st.sampled_from(ENDS),
        st.sampled_from(["none", "note0", "note1", "missing", "xref"]),
        st.sampled_from(["text", "text", "text", "insert", "move", "indent", "outdent", "delete", "heading",
                         "add-note", "remove-note", "meta", "typed", "insert-sub"]),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(edits)
def test_incremental_equals_full(steps):
    _apply_and_compare(steps)


def test_cross_reference_typed_after_the_operative_part_was_emptied():
    """Found by Hypothesis: three deletions leave no operative paragraph, then an edit
    adds a cross-reference (the strategy used to cite operative[0] regardless)."""
    delete = (2, "", False, "", "", "none", "delete")  # PP1 PP2 [OP1 OP2 (a) (b) OP3]: the third item
    steps = [delete, delete, delete, (0, "Recalling", True, " the report", ",", "xref", "text")]
    draft = _apply_and_compare(steps)
    assert draft.operative == []
    assert [type(run).__name__ for run in draft.preamble[0].runs] == ["Text", "Text"]


def _apply_and_compare(steps):
    """Apply the edits one by one; after each, the incremental engine's diagnostics are
    those of a full check."""
    draft = en(BASE)
    engine = Engine(draft)
    for which, opening, italic, body, end, inline, kind in steps:
        items = list(draft.paragraphs()) + list(draft.footnotes)
        target = items[which % len(items)]
        if kind not in ("text", "insert", "move", "indent"):
            _structural(draft, kind, which, target)
            engine.structure_changed()
        elif kind == "insert":
            InsertParagraph("operative", which % (len(draft.operative) + 1), Paragraph([Text("Urges", italic=True), Text(" all;")])).apply(draft)
            engine.structure_changed()
        elif kind == "move" and len(draft.operative) > 1:
            MoveParagraph(draft.operative[0].id, "operative", which % len(draft.operative)).apply(draft)
            engine.structure_changed()
        elif kind == "indent" and len(draft.operative) > 1:
            try:
                Indent(draft.operative[-1].id).apply(draft)
            except Exception:
                pass
            engine.structure_changed()
        else:
            runs = [Text(opening, italic=italic), Text(body + end)]
            if inline == "note0" and draft.footnotes:
                runs.append(FootnoteRef(draft.footnotes[0].id))
            elif inline == "note1" and len(draft.footnotes) > 1:
                runs.append(FootnoteRef(draft.footnotes[1].id))
            elif inline == "missing":
                runs.append(FootnoteRef("missing-7"))
            elif inline == "xref" and draft.operative:  # nothing to cite once the part is empty
                runs.insert(1, CrossRef(draft.operative[0].id))
            if not hasattr(target, "children"):  # a footnote holds text only
                runs = [Text(opening + body + end)]
            EditText(target.id, runs).apply(draft)
            engine.paragraph_changed(target.id)
        assert _key(engine.diagnostics()) == _key(check_draft(draft))
    return draft


def _structural(draft, kind, which, target):
    """One structural edit; an edit the model refuses changes nothing."""
    paragraphs = list(draft.paragraphs())
    some = paragraphs[which % len(paragraphs)] if paragraphs else None
    try:
        if kind == "outdent" and some is not None:
            Outdent(some.id).apply(draft)
        elif kind == "delete" and some is not None and len(paragraphs) > 2:
            DeleteParagraph(some.id).apply(draft)
        elif kind == "heading" and draft.operative:
            top = draft.operative[which % len(draft.operative)]
            SetHeading(top.id, not top.heading).apply(draft)
        elif kind == "add-note" and some is not None:
            AddFootnote(some.id, 0, Footnote.of("A/80/9.")).apply(draft)
        elif kind == "remove-note" and draft.footnotes:
            RemoveFootnote(draft.footnotes[which % len(draft.footnotes)].id).apply(draft)
        elif kind == "meta":
            SetMeta(session=79 + which % 3, title=["T", "Cooperation", ""][which % 3], kind=["draft-resolution", "draft-decision"][which % 2]).apply(draft)
        elif kind == "typed" and some is not None:
            some.typed_label = ["(c)", "3.", None][which % 3]
        elif kind == "insert-sub" and draft.operative:
            top = draft.operative[which % len(draft.operative)]
            if not top.heading:
                InsertParagraph("operative", len(top.children), Paragraph.of("On three."), parent_id=top.id).apply(draft)
    except (CommandError, KeyError, IndexError):
        pass
