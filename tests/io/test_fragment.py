"""The clipboard fragment: JSON round trip, refusal of damaged data, text by the importer's rules."""

import pytest

from draftapp.io.fragment import cut_fragment, fragment_from_json, fragment_from_text, fragment_to_json, plain_text
from draftapp.io.text import read_text
from tests.gui.conftest import ENGLISH_DRAFT


def test_a_selection_across_clauses_round_trips_through_json():
    draft = read_text(ENGLISH_DRAFT)
    ops = draft.operative
    fragment = cut_fragment(draft, "operative", (ops[0].id, 8), (ops[1].id, 8))
    back = fragment_from_json(fragment_to_json(fragment))
    assert [(d, p.flat_text()) for d, p in back.blocks] == [(0, "to continue its cooperation;"), (0, "Requests")]
    assert plain_text(back, {ops[1].id: "2."}) == "to continue its cooperation;\n2. Requests"


@pytest.mark.parametrize("data, words", [
    ("not json", "damaged"),
    ('{"format": "other"}', "not a Draftapp fragment"),
    ('{"format": "draftapp-fragment", "version": 99}', "newer"),
    ('{"format": "draftapp-fragment", "version": 1, "blocks": [{"paragraph": {"id": "p", "runs": [{"x": 1}]}}]}',
     "neither text"),
])
def test_damaged_fragments_are_refused_with_a_reason(data, words):
    with pytest.raises(ValueError, match=words):
        fragment_from_json(data)


def test_plain_lines_make_one_clause_each_and_a_wrapped_line_joins_the_next():
    fragment = fragment_from_text("Recalling its resolution 79/1 of 3 December\n2024 on cooperation,\nNoting the report,")
    assert [p.text for _d, p in fragment.blocks] == ["Recalling its resolution 79/1 of 3 December 2024 on cooperation,",
                                                     "Noting the report,"]


def test_chinese_labelled_text_keeps_its_levels():
    fragment = fragment_from_text("1.决定继续合作：\n(a) 每年开会；\n2.请秘书长提交报告。")
    assert [(d, p.text) for d, p in fragment.blocks] == [(0, "决定继续合作："), (1, "每年开会；"), (0, "请秘书长提交报告。")]
