"""Whatever the user types in the fields, a new draft either keeps it (title, agenda item,
sponsors) or says clearly why it cannot."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from draftapp.lang import LANGUAGES
from draftapp.lang.states import state_names
from draftapp.model import AgendaItem
from draftapp.templating import NewDraftError, NewDraftRequest, document_types, new_draft

COMBOS = [(spec["kind"], organ) for spec in document_types().values() for organ in spec["organs"]]
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(str.strip)
# Sub-items as agendas have them; "(y)" is left out: the text reader takes a lone "y" for
# the Spanish "and" between item numbers (reported to io/text).
NUMBER = st.from_regex(r"\A[0-9]{1,3}( ?\(([a-w]|i{1,3}|iv|vi{0,3}|ix|x)\))?\Z")
MARKUP = re.compile(r"[*\\]|^#")


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(COMBOS),
    st.sampled_from(LANGUAGES),
    TEXT,
    st.lists(st.sampled_from(state_names("en")), max_size=5, unique=True),
    st.integers(1, 200),
    NUMBER,
    TEXT,
)
def test_fields_survive_or_are_refused_clearly(combo, language, title, sponsors, session, number, agenda_title):
    kind, organ = combo
    req = NewDraftRequest(
        organ=organ, language=language, kind=kind, session=session, title=title,
        sponsors=sponsors, agenda=[AgendaItem(number, [agenda_title])],
    )  # fmt: skip
    try:
        draft = new_draft(req)
    except NewDraftError as e:
        assert any(MARKUP.search(" ".join(t.split())) for t in (title, agenda_title)), str(e)
        assert "markup" in str(e)
        return
    clean = req.checked()
    if organ != "sc":
        assert draft.meta.title == clean.title
        assert [(a.number, a.titles) for a in draft.meta.agenda] == [(clean.agenda[0].number, clean.agenda[0].titles)]
    if sponsors:
        assert sorted(draft.sponsors) == sorted(clean.sponsors)
