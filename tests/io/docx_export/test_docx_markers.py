"""Footnote markers stand after punctuation (en, ru, zh, ar) or before it (fr, es)."""

from draftapp.io.docx.inline import place_markers
from draftapp.model import FootnoteRef, Text


def shape(runs):
    return [r.text if isinstance(r, Text) else f"<{r.footnote_id}>" for r in runs]


def test_before_punctuation_moves_the_comma_after_all_adjacent_markers():
    runs = [Text("résolution 59/50,"), FootnoteRef("a"), FootnoteRef("b"), Text(" et")]
    assert shape(place_markers(runs, after_punctuation=False)) == ["résolution 59/50", "<a>", "<b>", ", et"]


def test_before_punctuation_at_the_end_of_a_paragraph():
    runs = [Text("rapport;"), FootnoteRef("a")]
    assert shape(place_markers(runs, after_punctuation=False)) == ["rapport", "<a>", ";"]


def test_after_punctuation_moves_the_comma_before_the_marker():
    runs = [Text("report"), FootnoteRef("a"), Text(", and")]
    assert shape(place_markers(runs, after_punctuation=True)) == ["report,", "<a>", " and"]


def test_full_width_punctuation_too():
    runs = [Text("报告"), FootnoteRef("a"), Text("，并")]
    assert shape(place_markers(runs, after_punctuation=True)) == ["报告，", "<a>", "并"]


def test_markers_already_in_place_and_other_text_are_left_alone():
    runs = [Text("report,", italic=True), FootnoteRef("a"), Text(" which (see below)")]
    placed = place_markers(runs, after_punctuation=True)
    assert shape(placed) == ["report,", "<a>", " which (see below)"]
    assert placed[0].italic
    assert runs[0].text == "report,"  # the draft's own runs are not changed


def test_marker_at_the_start_has_nothing_to_move():
    runs = [FootnoteRef("a"), Text(". Then")]
    assert shape(place_markers(runs, after_punctuation=True)) == [".", "<a>", " Then"]
