"""Any draft the model can hold exports to a document whose footnotes, NOTEREF fields,
labels and embedded draft agree with the model (hypothesis-generated drafts)."""

import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docx_export_reading import W, body_paragraphs, footnotes, open_docx, paragraph_events, part_xml
from draftapp.io.docx import export_docx
from draftapp.io.docx.embed import read_embedded
from draftapp.lang import LANGUAGES, get_language
from draftapp.model import footnote_repeats
from draftapp.model import AgendaItem, Draft, Footnote, FootnoteRef, Metadata, Paragraph, Text, citations, footnote_numbers, labels

WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30)


@st.composite
def drafts(draw):
    n_notes = draw(st.integers(0, 6))
    notes = [Footnote.of(draw(WORDS), id=f"f{i}") for i in range(n_notes)]

    def paragraph(depth):
        runs = [Text(draw(WORDS), italic=draw(st.booleans()))]
        if notes and draw(st.booleans()):
            runs.append(FootnoteRef(f"f{draw(st.integers(0, n_notes - 1))}"))
            runs.append(Text(draw(WORDS)))
        children = [paragraph(depth + 1) for _ in range(draw(st.integers(0, 2 if depth < 3 else 0)))]
        return Paragraph(runs, children)

    return Draft(
        language=draw(st.sampled_from(LANGUAGES)),
        meta=Metadata(session=71, agenda=[AgendaItem("1", ["T"])], symbol="A/71/L.1", date="2016-11-14",
                      job_number="16-00001", title="T"),
        sponsors=["Armenia"],
        preamble=[paragraph(3) for _ in range(draw(st.integers(0, 3)))],
        operative=[paragraph(0) for _ in range(draw(st.integers(1, 4)))],
        footnotes=notes,
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts())
def test_any_draft_exports_consistently(draft):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.docx"
        warnings = export_docx(draft, path)
        embedded, draft = draft, footnote_repeats.printed(draft)  # what the page shows (new-footnote style: one note a citation)
        numbers = footnote_numbers(draft)
        cited = {fid for fid, who in citations(draft).items() if who}
        # every cited footnote once in the footnotes part, numbered by first citation
        with zipfile.ZipFile(path) as z:
            has_part = "word/footnotes.xml" in z.namelist()
        assert has_part == bool(draft.footnotes)
        notes = footnotes(path) if has_part else {}
        assert sorted(notes) == sorted(numbers[f] for f in cited)
        for note in draft.footnotes:
            if note.id in cited:
                assert notes[numbers[note.id]] == note.text.replace("\t", "")
        # one real reference per cited footnote, in order; every later citation a NOTEREF
        document = part_xml(path, "word/document.xml")
        events = [e for p in document.iter(f"{{{W}}}p") for e in paragraph_events(p)]
        assert [e[1] for e in events if e[0] == "footnote"] == sorted(numbers[f] for f in cited)
        n_citations = sum(len(who) for who in citations(draft).values())
        assert sum(1 for e in events if e[0] == "noteref") == n_citations - len(cited)
        # uncited footnotes are warned about, and cited ones with no text (" "); nothing else
        blank = [f for f in draft.footnotes if f.id in cited and not f.text.strip()]
        assert len(warnings) == len(draft.footnotes) - len(cited) + len(blank)
        # the labels in the document are the model's
        scheme = get_language(draft.language).labels
        expected = [label for label in labels(draft, scheme).values()]
        shown = [p.text.split("\t")[0] for p in body_paragraphs(open_docx(path)) if "\t" in p.text]
        assert sorted(shown) == sorted(expected)
        assert read_embedded(path) == embedded
