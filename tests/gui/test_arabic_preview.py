"""Arabic: the preview's masthead as on the issued page (the symbol on the left, whole
and not joined to the organ name; the Distr./date block on the left edge, not mid-page),
and diagnostics that quote Arabic inside English isolated so they read in order
(issue 10)."""

from __future__ import annotations

import datetime as dt


from draftapp.gui.bidi import FSI, PDI, isolate_quotes
from draftapp.model import AgendaItem
from draftapp.templating import NewDraftRequest, new_draft


def arabic_draft(symbol=""):
    return new_draft(NewDraftRequest(organ="ga", language="ar", session=81, symbol=symbol,
                                     agenda=[AgendaItem("69", ["تعزيز حقوق الإنسان وحمايتها"])], title="حرية الدين",
                                     sponsors=["Egypt", "Jordan"], date=dt.date(2026, 11, 3)))


def found(doc, text):
    cursor = doc.find(text)
    assert not cursor.isNull(), text
    return cursor


def x_of(doc, cursor, position):
    """The x at which the character at `position` is drawn, in document coordinates."""
    block = doc.findBlock(position)
    line = block.layout().lineForTextPosition(position - block.position())
    frame_x = doc.documentLayout().blockBoundingRect(block).x()
    return frame_x + line.cursorToX(position - block.position())[0]


def test_arabic_masthead_symbol_and_distribution_on_the_left(make_window, qtbot):
    window = make_window(arabic_draft(symbol="A/81/L.[…]"))
    window.preview.update_now()
    doc = window.preview.page.document()
    width = doc.size().width()
    symbol = found(doc, "A/81/L.")
    organ = found(doc, "الجمعية العامة")
    distr = found(doc, "Distr.: Limited")
    symbol_x = doc.documentLayout().blockBoundingRect(symbol.block()).x()
    organ_rect = doc.documentLayout().blockBoundingRect(organ.block())
    assert symbol_x < width / 3  # the far side of an Arabic page is the left
    assert symbol_x + 20 < organ_rect.x()  # a gap: not glued to the organ name
    assert doc.documentLayout().blockBoundingRect(distr.block()).x() < width / 3
    # drawn in its own order: "A" left of "[", not "[…].A/81/L"
    start = symbol.selectionStart()
    bracket = found(doc, "[…]").selectionStart()
    assert x_of(doc, symbol, start) < x_of(doc, symbol, bracket)


def test_english_masthead_keeps_its_order(make_window, english_draft):
    english_draft.meta.symbol = "A/80/L.5"
    window = make_window(english_draft)
    window.preview.update_now()
    doc = window.preview.page.document()
    width = doc.size().width()
    assert doc.documentLayout().blockBoundingRect(found(doc, "A/80/L.5").block()).x() > width / 2
    assert doc.documentLayout().blockBoundingRect(found(doc, "Distr.: Limited").block()).x() > width / 2


def test_diagnostics_isolate_arabic_quoted_in_english(make_window, qtbot):
    window = make_window(arabic_draft(symbol="A/81/L.12"))
    tree = window.diagnostics.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0, timeout=2000)
    texts = [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]
    fill = next(t for t in texts if t.startswith("Fill in"))
    assert fill.startswith(f"Fill in “{FSI}[…") and f"…]{PDI}”" in fill


def test_english_quotations_are_left_alone():
    assert isolate_quotes("Write “above”.") == "Write “above”."
    assert isolate_quotes("Fill in “[… نص …]”.") == f"Fill in “{FSI}[… نص …]{PDI}”."
