"""The window's first layout, as `draftapp FILE` shows it: the Document pane wide enough
for its fields, Footnotes and Diagnostics side by side at the bottom.

Seen after the Negotiation and Mandates panes joined: the docks were sized before the
window had its size and the seven-button Negotiation pane asked for 600 px, so the
Document pane got 70 px (labels cut, every field hidden); and splitting a dock that was
already tabbed put Diagnostics into the Footnotes tab bar, across the whole window."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.gui.conftest import open_like_draftapp_file

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "csto-zh.draft"


def shown_window(qtbot, tmp_path):
    path = tmp_path / "csto-zh.draft"
    shutil.copy(EXAMPLE, path)
    return open_like_draftapp_file(qtbot, tmp_path, path)


def test_document_fields_are_visible_in_the_first_layout(qtbot, tmp_path):
    window = shown_window(qtbot, tmp_path)
    pane = window.document_pane
    for field in (pane.organ, pane.language, pane.kind, pane.session_number, pane.agenda_number,
                  pane.original_language, pane.distribution, pane.sponsor_input):
        shown = field.visibleRegion().boundingRect()
        assert shown.width() >= 100, f"{field.__class__.__name__} shows {shown.width()} px"
    assert window.docks["document"].width() >= 250


def test_footnotes_and_diagnostics_sit_side_by_side(qtbot, tmp_path):
    window = shown_window(qtbot, tmp_path)
    footnotes, diagnostics = window.docks["footnotes"], window.docks["diagnostics"]
    assert diagnostics not in window.tabifiedDockWidgets(footnotes)
    assert not footnotes.visibleRegion().isEmpty() and not diagnostics.visibleRegion().isEmpty()
    assert footnotes.geometry().right() < diagnostics.geometry().left()
    # the panes tabbed with them are a click away, not open beside them
    assert window.docks["annexes"] in window.tabifiedDockWidgets(footnotes)
    assert window.docks["mandates"] in window.tabifiedDockWidgets(diagnostics)


def test_negotiation_pane_does_not_widen_the_preview(qtbot, tmp_path):
    window = shown_window(qtbot, tmp_path)
    assert window.docks["negotiation"].minimumSizeHint().width() < 400
