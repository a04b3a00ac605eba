"""The shortcuts the checks take for speed answer as the plain way does: the cue tests
with a one-character probe, the bound on difflib in the nearest-phrase search, the
nearest phrase while an opening is being typed."""

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from draftapp.check.engine import _cue_test, _probe
from draftapp.check.opening_index import _lcs, _masks, opening_index
from draftapp.lang.phrases import KINDS, phrase_bank
from draftapp.model import OBJECT_CHAR

ALPHABET = "ab19 20/[\u2026\ufffc\u5e74\u6708s"


def _lcs_slow(a: str, b: str) -> int:
    row = [0] * (len(b) + 1)
    for x in a:
        diagonal = 0
        for j, y in enumerate(b, 1):
            diagonal, row[j] = row[j], diagonal + 1 if x == y else max(row[j], row[j - 1])
    return row[-1]


@settings(max_examples=300, deadline=None)
@given(a=st.text(alphabet="abcab ,;é的一", max_size=30), b=st.text(alphabet="abcab ,;é的一", max_size=30))
def test_lcs_is_the_longest_common_subsequence_and_bounds_difflib(a, b):
    n = _lcs(a, _masks(b), len(b))
    assert n == _lcs_slow(a, b)
    matched = sum(block.size for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    assert matched <= n


@settings(max_examples=300, deadline=None)
@given(
    cues=st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=4), max_size=4),
    flat=st.text(alphabet=ALPHABET, max_size=40),
)
def test_cue_tests_say_whether_a_cue_is_in_the_text(cues, flat):
    assert _cue_test(tuple(cues))(flat) == any(cue in flat for cue in cues)


def test_the_probe_is_a_character_of_the_cue_that_is_no_ascii_letter():
    assert _probe("19") == "1"
    assert _probe("session") is None
    assert _probe("[\u2026") == "["
    assert _probe(OBJECT_CHAR) is None  # one character: tested as it is
    assert _probe("\u5c4a\u4f1a\u8bae") == "\u5c4a"


def test_nearest_while_typing_an_opening_equals_the_bank():
    # What the editor asks at each keystroke of an opening word not in the bank.
    tail = " capacity-building resolutions funds report implementation and"
    for code, words in (("en", ["Invites", "Recalling", "Notes", "Decides", "Welcoming", "Also"]), ("zh", ["\u5927\u4f1a", "\u53c8\u63d0\u53ca"])):
        for word in words:
            for k in range(1, len(word) + 3):
                typed = (word + "xyz")[:k]
                for kind in KINDS:
                    for text in (typed + tail, typed):
                        assert opening_index(code).nearest(text, kind) == phrase_bank(code).nearest(text, kind), (code, kind, text)


# --- what the engine keeps between checks is dropped when what it read changes -----------
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from draftapp.check import Engine, check_draft  # noqa: E402
from draftapp.model import EditText, SetLanguage, SetMeta, Text  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import large_draft  # noqa: E402


def _key(diagnostics):
    return [(d.rule, d.severity, d.part, d.paragraph_id, d.span, d.message, d.field, d.fix.label if d.fix else None) for d in diagnostics]


def _small(language="en"):
    draft = large_draft(language)
    del draft.preamble[12:], draft.operative[20:]
    cited = {r.footnote_id for p in draft.paragraphs() for r in p.runs if hasattr(r, "footnote_id")}
    draft.footnotes[:] = [f for f in draft.footnotes if f.id in cited]
    return draft


def test_a_change_of_language_or_organ_drops_what_was_kept():
    draft = _small()
    engine = Engine(draft)
    opening = draft.operative[3]
    EditText(opening.id, [Text("Invitesq", italic=True)] + list(opening.runs[1:])).apply(draft)
    engine.paragraph_changed(opening.id)
    assert any(d.rule == "openings.unknown" for d in engine.diagnostics())
    assert _key(engine.diagnostics()) == _key(check_draft(draft))
    for command in (SetMeta(organ="sc"), SetMeta(organ="hrc"), SetLanguage("fr"), SetLanguage("zh"), SetLanguage("en"), SetMeta(organ="ga")):
        command.apply(draft)
        engine.structure_changed()
        assert _key(engine.diagnostics()) == _key(check_draft(draft)), command
        engine.paragraph_changed(opening.id)
        assert _key(engine.diagnostics()) == _key(check_draft(draft)), command


def test_the_carry_over_review_runs_again_when_the_draft_becomes_one():
    draft = _small()
    target = draft.operative[5]
    EditText(target.id, list(target.runs) + [Text(" by 2 March 2010 at its eighty-first session")]).apply(draft)
    engine = Engine(draft)
    assert not any(d.rule.startswith("review.") for d in engine.diagnostics())
    SetMeta(based_on="79/6").apply(draft)
    engine.structure_changed()
    assert any(d.rule == "review.date" for d in engine.diagnostics())
    assert _key(engine.diagnostics()) == _key(check_draft(draft))
    SetMeta(based_on="").apply(draft)
    engine.structure_changed()
    assert not any(d.rule.startswith("review.") for d in engine.diagnostics())
    assert _key(engine.diagnostics()) == _key(check_draft(draft))


def test_typing_an_opening_letter_by_letter_equals_a_full_check():
    # The series facts of openings.sequence change only when the series does: typing
    # "Recalling also" (又提及) into a paragraph goes through openings of no series, of
    # the series' first phrase and of a later one.
    for code, typed in (("en", "Recalling also"), ("en", "Also decides"), ("zh", "\u53c8\u63d0\u53ca"), ("zh", "\u8fd8\u8bf7")):
        draft = _small(code)
        engine = Engine(draft)
        for target in (draft.preamble[4], draft.operative[6]):
            rest = list(target.runs)
            for k in range(len(typed) + 1):
                EditText(target.id, [Text(typed[:k] + " ", italic=code == "en")] + rest).apply(draft)
                engine.paragraph_changed(target.id)
                assert _key(engine.diagnostics()) == _key(check_draft(draft)), (code, typed[:k])
