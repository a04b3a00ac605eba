"""The engine: document order, incremental re-checks equal a full check, where()."""

from draftapp.check import Diagnostic, Engine, check_draft, where
from draftapp.model import DeleteParagraph, EditText, InsertParagraph, Paragraph, Text, FootnoteRef

from .helpers import CLEAN_EN, en


def _key(diagnostics):
    return [(d.rule, d.paragraph_id, d.span, d.message) for d in diagnostics]


def test_diagnostics_come_in_document_order():
    draft = en("*Recalling* it;\n\n1. *Decides* to act,\n\n2. *Requests* a report;\n\n<sup>1</sup> A/80/1\n")
    parts = [d.part for d in check_draft(draft)]
    assert parts == sorted(parts, key=["meta", "sponsors", "preamble", "operative", "footnotes"].index)
    operative = [d for d in check_draft(draft) if d.part == "operative"]
    assert [draft.path(d.paragraph_id)[1][0] for d in operative] == [0, 1]


def test_paragraph_changed_gives_what_a_full_check_gives():
    draft = en(CLEAN_EN)
    engine = Engine(draft)
    assert engine.diagnostics() == []
    target = draft.operative[0]
    EditText(target.id, [Text("Welcomes", italic=True), Text(" the report,")]).apply(draft)
    engine.paragraph_changed(target.id)
    assert _key(engine.diagnostics()) == _key(check_draft(draft))
    rules = {d.rule for d in engine.diagnostics()}
    # the citation is gone, so footnote 1 is now cited only in the preamble: still fine
    assert rules == {"punctuation.operative-end"}
    EditText(target.id, [Text("Welcomes", italic=True), Text(" the report;")]).apply(draft)
    engine.paragraph_changed(target.id)
    assert engine.diagnostics() == []


def test_document_rules_follow_a_paragraph_edit():
    draft = en(CLEAN_EN)
    engine = Engine(draft)
    first = draft.preamble[1]
    # drop both citations of footnote 1: it becomes uncited
    EditText(first.id, [Text("Noting", italic=True), Text(" the report of the Secretary-General,")]).apply(draft)
    engine.paragraph_changed(first.id)
    op = draft.operative[0]
    EditText(op.id, [Text("Welcomes", italic=True), Text(" the report;")]).apply(draft)
    engine.paragraph_changed(op.id)
    assert [d.rule for d in engine.diagnostics()] == ["footnotes.uncited"]
    assert _key(engine.diagnostics()) == _key(check_draft(draft))


def test_structure_changed_after_insert_and_delete():
    draft = en(CLEAN_EN)
    engine = Engine(draft)
    new = Paragraph([Text("Requests", italic=True), Text(" a report.")])
    InsertParagraph("operative", 2, new).apply(draft)
    engine.structure_changed()
    assert {d.rule for d in engine.diagnostics()} == {"punctuation.operative-end"}
    DeleteParagraph(new.id).apply(draft)
    engine.structure_changed()
    assert engine.diagnostics() == []


def test_unknown_paragraph_id_falls_back_to_a_full_check():
    draft = en(CLEAN_EN)
    engine = Engine(draft)
    new = Paragraph.of("Requests a report")
    draft.operative.append(new)
    engine.paragraph_changed(new.id)
    assert _key(engine.diagnostics()) == _key(check_draft(draft))


def test_where_gives_part_and_position():
    draft = en("*Recalling* it;\n\n1. *Decides* to act;\n\n2. *Requests* a report;\n\n<sup>1</sup> A/80/1\n")
    draft.operative[1].runs.append(FootnoteRef(draft.footnotes[0].id))
    places = {(d.rule, where(draft, d)) for d in check_draft(draft)}
    assert ("punctuation.preamble-end", ("preamble", 1)) in places
    assert ("punctuation.final-end", ("operative", 2)) in places
    assert ("footnotes.end", ("footnotes", 1)) in places
    meta = Diagnostic("x", "info", "meta", None, None, "m")
    assert where(draft, meta) == ("meta", None)
    sponsor = Diagnostic("x", "info", "sponsors", None, (2, 3), "m")
    assert where(draft, sponsor) == ("sponsors", 3)


def test_csto_draft_has_no_errors(csto_text):
    from draftapp.io.text import read_text

    draft = read_text(csto_text)
    assert [d for d in check_draft(draft) if d.severity == "error"] == []


def test_places_equals_where_for_every_diagnostic():
    from draftapp.check import places

    from .test_fixes import FAULTY

    draft = en(FAULTY)
    found = check_draft(draft)
    assert len(found) > 10
    assert places(draft, found) == [where(draft, d) for d in found]


def test_a_broken_rule_is_reported_and_the_others_still_run():
    import types

    from draftapp.check.rules import punctuation

    broken = types.ModuleType("draftapp.check.rules.broken")

    def check_paragraph(ctx, node):
        raise ValueError("boom")
        yield

    def check_document(ctx, facts):
        raise KeyError("doc")

    def check_meta(ctx):
        raise RuntimeError("meta")

    broken.check_paragraph, broken.check_document, broken.check_meta = check_paragraph, check_document, check_meta
    draft = en("*Recalling* it;\n\n1. *Decides* to act.\n")
    engine = Engine(draft, [broken, punctuation])
    rules = [d.rule for d in engine.diagnostics()]
    assert "punctuation.preamble-end" in rules
    failed = [d for d in engine.diagnostics() if d.rule == "check.failed"]
    assert len(failed) == 4 and all(d.severity == "info" and "broken" in d.message for d in failed)
    engine.paragraph_changed(draft.preamble[0].id)
    assert "punctuation.preamble-end" in [d.rule for d in engine.diagnostics()]
