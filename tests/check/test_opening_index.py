"""The fast opening index answers exactly as the phrase bank does."""

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from draftapp.check.opening_index import opening_index
from draftapp.io.formats import read_draft
from draftapp.lang.phrases import KINDS, LANGUAGES, phrase_bank

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import large_draft  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _texts():
    texts = []
    for code in ("en", "zh"):
        draft = large_draft(code)
        texts += [(code, p.text) for p in draft.preamble[:40] + draft.operative[:60]]
    for name in ("A_80_L.9_en.md", "csto-draft-zh.md"):
        draft = read_draft(FIXTURES / name)
        texts += [(draft.language, p.text) for p in draft.preamble + draft.operative]
    for code in LANGUAGES:
        bank = phrase_bank(code)
        for kind in KINDS:
            for phrase in bank.phrases(kind):
                texts += [(code, phrase), (code, phrase + " x"), (code, phrase.upper() + "s"), (code, "1. " + phrase + ", y")]
                texts += [(code, "\u0648" + phrase + " z"), (code, "  " + phrase + "\u2019s")]
                texts += [(code, "\u200f" + phrase + " a"), (code, phrase[:3] + "\u200f" + phrase[3:] + " b")]
    return texts


def test_match_equals_the_bank_on_real_and_generated_texts():
    for code, text in _texts():
        for kind in KINDS:
            assert opening_index(code).match(text, kind) == phrase_bank(code).match_opening(text, kind), (code, kind, text[:60])


@settings(max_examples=300, deadline=None)
@given(
    code=st.sampled_from(LANGUAGES),
    kind=st.sampled_from(KINDS),
    pick=st.integers(min_value=0, max_value=10_000),
    cut=st.integers(min_value=0, max_value=40),
    tail=st.text(alphabet=" ,.;:'\u2019-\u00a0\u200faeiouyAE\u0648\u062a\u4e86\u53c8\u0451\u0435", max_size=12),
)
def test_match_equals_the_bank_on_mangled_phrases(code, kind, pick, cut, tail):
    phrases = phrase_bank(code).phrases(kind)
    phrase = phrases[pick % len(phrases)]
    text = phrase[: max(1, len(phrase) - cut % 5)] + tail + phrase[: cut % 7]
    assert opening_index(code).match(text, kind) == phrase_bank(code).match_opening(text, kind)


@pytest.mark.parametrize("code, text", [("en", "Recaling its resolution 79/6 of 29 October 2024,"), ("zh", "又提起大会决议，"), ("en", "Zebras are striped,")])
def test_nearest_equals_the_bank(code, text):
    for kind in KINDS:
        assert opening_index(code).nearest(text, kind) == phrase_bank(code).nearest(text, kind)


@settings(max_examples=300, deadline=None)
@given(
    code=st.sampled_from(LANGUAGES),
    kind=st.sampled_from(KINDS),
    pick=st.integers(min_value=0, max_value=10_000),
    cut=st.integers(min_value=0, max_value=40),
    tail=st.text(alphabet=" ,.;:'aeiourstnAEZ\u0648\u062a\u4e86\u53c8\u0451\u0435", max_size=14),
)
def test_nearest_equals_the_bank_on_mangled_phrases(code, kind, pick, cut, tail):
    phrases = phrase_bank(code).phrases(kind)
    phrase = phrases[pick % len(phrases)]
    k = cut % 9
    text = phrase[:k] + tail[:3] + phrase[k + 1:] + tail[3:]  # a typo inside, words after
    assert opening_index(code).nearest(text, kind) == phrase_bank(code).nearest(text, kind)


def test_nearest_equals_the_bank_on_real_openings():
    for code, text in _texts()[:400]:
        for kind in KINDS:
            assert opening_index(code).nearest(text, kind) == phrase_bank(code).nearest(text, kind), (code, kind, text[:40])
