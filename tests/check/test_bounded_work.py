"""Work bounded by the size of the input: no rule quadratic in a paragraph's length.
Timings live in benchmarks/bench_robust.py; here a generous deadline only guards
against a hang (the date rule took 23 s on 8,000 dates before, ~0.3 s after)."""

from draftapp.check import Engine
from draftapp.check.dates import date_forms
from draftapp.io.deadline import deadline
from draftapp.io.text import read_text


def test_a_paragraph_of_forty_thousand_dates_is_checked_in_linear_work():
    text = "2 March 2010, " * 40_000
    with deadline("dates", 60, "finding the dates"):
        found = date_forms("en").find(text)
    assert len(found) == 40_000
    assert [d.start for d in found[:3]] == [0, 14, 28]


def test_a_paragraph_of_many_dates_and_citations_checks_under_a_hang_guard():
    text = "resolution 64/256 of 2 March 2010, " * 6_000
    draft = read_text("*The General Assembly*,\n\n*Recalling* " + text + ",\n")
    with deadline("check", 60, "checking"):
        diagnostics = list(Engine(draft).diagnostics())
    assert not [d for d in diagnostics if d.rule == "check.failed"]


def test_text_that_runs_on_into_one_huge_paragraph_is_refused_as_it_is_read(tmp_path):
    import pytest

    from draftapp.io.errors import DraftIOError
    from draftapp.io.formats import read_draft

    # past 999 a number is not a label: every later "paragraph" joins the 999th
    body = "\n\n".join(f"{i}. *Decides* " + "to act on the report of the Secretary-General, " * 4 for i in range(1, 3000))
    path = tmp_path / "runs-on.md"
    path.write_text("*The General Assembly*,\n\n" + body + "\n", encoding="utf-8")
    with deadline("read", 60, "reading"), pytest.raises(DraftIOError) as e:
        read_draft(path)
    assert str(path) in str(e.value) and "runs on past 200,000 characters" in str(e.value)
