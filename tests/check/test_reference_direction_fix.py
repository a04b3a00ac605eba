"""A wrong above/below is fixed by the checks' offer, and a live reference's word
follows moves (issue 10: the diagnostic knew the right word but offered no fix)."""

from draftapp.check import check_draft
from draftapp.check.rules.references import follow_directions
from draftapp.io.text import read_text
from draftapp.model import CrossRef, MoveParagraph

from .helpers import apply_fix, en, found

BODY = (
    "*Recalling* it,\n\n"
    "1. *Decides* to act;\n\n"
    "2. *Requests* a report;\n\n"
    "3. *Invites* all to follow {ref};\n\n"
    "4. *Urges* all.\n"
)


def test_typed_wrong_direction_offers_the_right_word():
    draft = en(BODY.format(ref="paragraph 1 below"))
    [d] = found(draft, "references.direction")
    assert d.fix is not None and d.fix.label == "Write \u201cabove\u201d"
    after = apply_fix(draft, d)
    assert draft.operative[2].text == "Invites all to follow paragraph 1 above;"
    assert not [x for x in after if x.rule == "references.direction"]


def test_french_words_keep_their_style():
    head = "<!-- draftapp\nlanguage: fr\n-->\n## Quatre-vingtième session\n\n"
    draft = read_text(head + "*L’Assemblée générale*,\n\n1. *Décide* d’agir ;\n\n"
                      "2. *Prie* tous de suivre le paragraphe 1 plus bas ;\n\n"
                      "3. *Invite* tous à suivre le paragraphe 1 ci-dessous.\n")
    wrong = [d for d in check_draft(draft) if d.rule == "references.direction"]
    assert sorted(d.fix.label for d in wrong) == ["Write \u201cci-dessus\u201d", "Write \u201cplus haut\u201d"]


def test_live_reference_word_follows_a_move():
    draft = en(BODY.format(ref="paragraph 4 below"))
    [typed] = found(draft, "references.typed")
    apply_fix(draft, typed)  # now live: "paragraph <4> below"
    target = draft.operative[3].id
    MoveParagraph.by(draft, target, -3).apply(draft)  # the target is now paragraph 1, above
    edits = follow_directions(draft)
    assert len(edits) == 1
    citing = next(p for p in draft.operative if any(isinstance(r, CrossRef) for r in p.runs))
    assert citing.flat_text() == "Invites all to follow paragraph \ufffc above;"
    assert not [x for x in check_draft(draft) if x.rule.startswith("references.")]
    assert follow_directions(draft) == []
