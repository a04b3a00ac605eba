"""Pasting a fragment into the model (no Qt): the words land in reading order, the levels
follow the fragment's, and the batch is undone exactly."""

import copy
import json
import random

from draftapp.gui.edits import Batch, flatten
from draftapp.gui.fragment_edits import paste_fragment
from draftapp.io.fragment import Fragment
from draftapp.io.native import draft_to_json
from draftapp.model import Draft, Paragraph


def outline(draft):
    return [(d, p.text) for p, d in flatten(draft.operative)]


def test_subparagraphs_pasted_into_a_clause_with_subparagraphs():
    draft = Draft(operative=[Paragraph.of("One head tail", Paragraph.of("a1"), Paragraph.of("a2")),
                             Paragraph.of("Two")])
    fragment = Fragment(blocks=[(0, Paragraph.of("X")), (1, Paragraph.of("sub")), (0, Paragraph.of("Y "))])
    where = (draft.operative[0].id, len("One head "))
    end = paste_fragment(Batch(draft), "operative", where, fragment)
    assert outline(draft) == [(0, "One head X"), (1, "sub"), (0, "Y tail"), (1, "a1"), (1, "a2"), (0, "Two")]
    assert end == (draft.operative[1].id, 2)


def test_random_pastes_keep_reading_order_and_levels_and_roll_back():
    rng = random.Random(7)
    for _ in range(300):
        def tree(depth):
            return [Paragraph.of(f"w{rng.randrange(99)} ", *tree(depth + 1) if depth < 2 and rng.random() < 0.3 else [])
                    for _ in range(rng.randrange(1, 4))]
        draft = Draft(operative=tree(0))
        before = json.dumps(draft_to_json(draft), sort_keys=True)
        flat = flatten(draft.operative)
        target, depth0 = rng.choice(flat)
        offset = rng.randrange(len(target.text) + 1)
        depths, d = [], rng.randrange(3)
        for _ in range(rng.randrange(1, 6)):
            depths.append(d)
            d = max(0, min(d + rng.choice([-2, -1, 0, 1]), d + 1))
        fragment = Fragment(blocks=[(d, Paragraph.of(f"<{i}>")) for i, d in enumerate(depths)])
        words = "".join(p.text for p, _d in flat)
        cut = sum(len(p.text) for p, _d in flat[:flat.index((target, depth0))]) + offset
        expected_words = words[:cut] + "".join(f"<{i}>" for i in range(len(depths))) + words[cut:]
        batch = Batch(draft)
        paste_fragment(batch, "operative", (target.id, offset), copy.deepcopy(fragment))
        after = flatten(draft.operative)
        assert "".join(p.text for p, _d in after) == expected_words  # reading order
        for i in range(1, len(depths)):  # each block keeps its step relative to the one before
            step = depths[i] - depths[i - 1]
            got = [d for p, d in after if p.text.startswith(f"<{i}>")]
            prev = [d for p, d in after if f"<{i - 1}>" in p.text]
            if got and prev and step <= 1:
                assert got[0] == max(0, prev[0] + step), (depths, outline(draft))
        assert all(b <= a + 1 for (_, a), (_, b) in zip(after, after[1:])) and after[0][1] == 0
        batch.rollback()
        assert json.dumps(draft_to_json(draft), sort_keys=True) == before
