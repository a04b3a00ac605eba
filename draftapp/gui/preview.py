"""The Preview pane: the draft laid out like the exported first pages (masthead, session
block, sponsors line, title, organ line, italic openings, numbers, footnotes), rebuilt
a moment after each change so typing never waits for it."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from functools import lru_cache

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QTextBrowser, QWidget

from draftapp.gui.edits import flatten
from draftapp.gui.fonts import text_font
from draftapp.gui.zoom import scale_html
from draftapp.gui.openings import italic_opening_length
from draftapp.model import CrossRef, FootnoteRef, Text
from draftapp.paths import RESOURCES

_STAR = re.compile(r"\*([^*]+)\*")
#: Left-to-right text kept whole inside a right-to-left line. An isolate (LRI … PDI) was
#: not enough for Qt's layout here ("[…].A/81/L" stayed); an embedding with marks is.
LRI, PDI = "\u202a\u200e", "\u200e\u202c"


@lru_cache(maxsize=1)
def _masthead_words() -> dict:
    """The English masthead words the export uses (resources/export/words.json)."""
    path = RESOURCES / "export" / "words.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"distribution": "Distr.: {}", "original": "Original: {}", "language_names": {}}


def _inline_markup(text: str) -> str:
    """The dialect's *italic* marks (organ line, title) as HTML."""
    return _STAR.sub(lambda m: f"<i>{m.group(1)}</i>", html.escape(text))


def _date(iso: str) -> str:
    try:
        from babel.dates import format_date

        words = _masthead_words()
        return format_date(dt.date.fromisoformat(iso), words.get("date_pattern", "d MMMM y"),
                           locale=words.get("date_locale", "en_GB"))
    except (ValueError, ImportError):
        return iso


class PreviewBuilder:
    """HTML for a draft; separate from the widget so it can be tested and timed alone."""

    def __init__(self, session):
        self.session = session

    def runs_html(self, runs: list, opening: int = 0) -> str:
        out, pos = [], 0
        numbers = self.session.footnote_numbers
        for run in runs:
            if isinstance(run, Text):
                text = run.text
                pieces = []
                if opening > pos:
                    cut = min(len(text), opening - pos)
                    pieces.append((text[:cut], True))
                    pieces.append((text[cut:], run.italic))
                else:
                    pieces.append((text, run.italic))
                for piece, italic in pieces:
                    if not piece:
                        continue
                    h = html.escape(piece)
                    if run.bold:
                        h = f"<b>{h}</b>"
                    if italic:
                        h = f"<i>{h}</i>"
                    out.append(h)
                pos += len(text)
            elif isinstance(run, FootnoteRef):
                out.append(f"<sup>{numbers.get(run.footnote_id, '?')}</sup>")
                pos += 1
            elif isinstance(run, CrossRef):
                out.append(html.escape(self.session.reference(run.target_id)))
                pos += 1
        return "".join(out)

    def build(self) -> str:
        s = self.session
        draft, lang, meta = s.draft, s.language, s.draft.meta
        words = _masthead_words()
        direction = "rtl" if lang.rtl else "ltr"
        align = "right" if lang.rtl else "left"
        far = "left" if lang.rtl else "right"
        parts = [f'<div dir="{direction}">']
        names = words.get("language_names", {})
        original = meta.original_language or draft.language
        right = [words.get("distribution", "Distr.: {}").format(meta.distribution or "Limited")]
        if meta.date:
            right.append(_date(meta.date))
        if original != draft.language and draft.language in names:
            right.append(names[draft.language])
        if original in names:
            right.append(words.get("original", "Original: {}").format(names[original]))
        # the symbol is Latin in every language: isolated (LRI … PDI), or Arabic's bidi
        # algorithm draws "A/81/L.[…]" as "[…].A/81/L"
        symbol = (LRI + html.escape(meta.symbol) + PDI if meta.symbol
                  else '<span style="color:#999">[symbol]</span>')
        # Qt lays tables out left to right whatever the text direction: the cells are
        # given in visual order, with absolute alignments (the page's far side is left
        # in Arabic: the symbol and the Distr. block go there)
        masthead = [
            f'<td align="{align}" style="font-size:9pt; white-space:nowrap">{html.escape(lang.united_nations)}'
            '&nbsp;&nbsp;</td>',
            f'<td width="100%" align="{align}" style="font-size:17pt; font-weight:bold; white-space:nowrap">'
            f'{html.escape(lang.organ_name(meta.organ))}</td>',
            f'<td align="{far}" style="font-size:9pt; white-space:nowrap">&nbsp;&nbsp;{symbol}</td>',
        ]
        details = [
            '<td width="60%"></td>',
            f'<td width="40%" align="{far}" style="font-size:8pt">'
            + "<br>".join(LRI + html.escape(line) + PDI for line in right) + "</td>",
        ]
        if lang.rtl:
            masthead.reverse()
            details.reverse()
        parts.append('<table width="100%" cellspacing="0" cellpadding="2" style="border-bottom: 2px solid black">'
                     f'<tr>{"".join(masthead)}</tr></table>')
        parts.append(f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{"".join(details)}</tr></table>')
        block = []
        if meta.session is not None:
            block.append(f"<b>{html.escape(lang.session_name(meta.session))}</b>")
        committee = lang.committee_name(meta.organ)
        if committee:
            block.append(html.escape(committee))
        if meta.agenda:
            block.append(html.escape(lang.agenda_line([a.number for a in meta.agenda])))
            for item in meta.agenda:
                block += [f"<b>{html.escape(t)}</b>" for t in item.titles]
        if block:
            parts.append(f'<p style="font-size:9pt" align="{align}">' + "<br>".join(block) + "</p>")
        sponsors = lang.join(draft.sponsors)
        label = lang.kind_label(meta.kind)
        gap = "" if lang.cjk else " "
        line = f"{html.escape(sponsors)}{lang.punct.label_colon}{gap}{html.escape(label)}" if sponsors else html.escape(label)
        parts.append(f'<p align="{align}">{line}</p>')
        if meta.title:
            parts.append(f'<p align="{align}" style="font-size:13pt; font-weight:bold">{_inline_markup(meta.title)}</p>')
        organ_line = meta.organ_line or lang.organ_line(meta.organ)
        indent = "text-indent:24px;"
        parts.append(f'<p style="{indent}">{_inline_markup(organ_line)}</p>')
        for paragraph, depth in flatten(draft.preamble):
            opening = 0 if depth else italic_opening_length(paragraph.flat_text(), "preamble", draft.language, s.gender)
            label = s.labels.get(paragraph.id, "")
            margin = f"margin-{align}:{24 + 36 * depth}px;" if depth else indent
            prefix = f"{html.escape(label)}&nbsp;&nbsp;" if label else ""
            parts.append(f'<p style="{margin}">{prefix}{self.runs_html(paragraph.runs, opening)}</p>')
        for paragraph, depth in flatten(draft.operative):
            if paragraph.heading:
                parts.append(f'<p align="center"><b>{self.runs_html(paragraph.runs)}</b></p>')
                continue
            opening = 0 if depth else italic_opening_length(paragraph.flat_text(), "operative", draft.language, s.gender)
            label = html.escape(s.labels.get(paragraph.id, ""))
            margin = f"margin-{align}:{24 + 36 * depth}px;" if depth else indent
            parts.append(f'<p style="{margin}">{label}&nbsp;&nbsp;{self.runs_html(paragraph.runs, opening)}</p>')
        if draft.footnotes:
            parts.append('<hr width="30%" align="{}">'.format(align))
            numbers = s.footnote_numbers
            for footnote in sorted(draft.footnotes, key=lambda f: numbers.get(f.id, 10**6)):
                parts.append(
                    f'<p style="font-size:8pt"><sup>{numbers.get(footnote.id, "?")}</sup>&nbsp;'
                    f"{self.runs_html(footnote.runs)}</p>"
                )
        parts.append("</div>")
        return "".join(parts)


class PreviewPane(QWidget):
    """A page-like sheet on a grey desk."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.builder = PreviewBuilder(session)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#d6d9de"))
        self.setPalette(palette)
        self.page = QTextBrowser()
        self.page.setFrameShape(QFrame.Shape.NoFrame)
        self.page.setOpenLinks(False)
        self.page.document().setDocumentMargin(28)
        self.page.setStyleSheet("QTextBrowser { background: white; color: black; }")
        layout.addWidget(self.page)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.update_now)
        session.changed.connect(self._timer.start)
        session.languageChanged.connect(self._timer.start)
        self._stale = True  # built when first shown
        self.zoom = 1.0  # set by zoom.Zoom
        session.replacing.connect(self._clear)
        session.replaced.connect(self._catch_up)

    def _clear(self) -> None:
        """Another draft is being opened: never show the previous one meanwhile."""
        self._timer.stop()
        self._stale = True
        self.page.clear()

    def _catch_up(self) -> None:
        self._timer.stop()
        QTimer.singleShot(0, self, self._build_then_show)  # after the window has painted the new panes

    def _build_then_show(self) -> None:
        """update_now in two event-loop turns: the HTML, then the page laid out (each
        half of a long draft's 0.1 s)."""
        if not self.isVisible() or not self._stale:
            self.update_now()
            return
        draft, html = self.session.draft, self.builder.build()
        QTimer.singleShot(0, self, lambda: self._show_built(draft, html))

    def _show_built(self, draft, html: str) -> None:
        if draft is not self.session.draft or self._timer.isActive() or not self._stale:
            self.update_now()  # changed meanwhile
            return
        self.update_now(html)

    def is_current(self) -> bool:
        return not self._timer.isActive() and (not self._stale or not self.isVisible())

    def update_now(self, built: str | None = None) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        font = text_font(self.session.draft.language, 0.8 * self.zoom)
        self.page.document().setDefaultFont(font)
        scroll = self.page.verticalScrollBar().value()
        self.page.setHtml(scale_html(built if built is not None else self.builder.build(), self.zoom))
        self.page.verticalScrollBar().setValue(scroll)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False) and not getattr(self, "_held", False):
            # on the next turn: the window paints first (a long draft takes a while)
            QTimer.singleShot(0, self, lambda: self._stale and self.update_now())

    def hold(self) -> None:
        """Not built when first shown, but when release() is called (deferred_start.py)."""
        self._held = True

    def release(self) -> None:
        self._held = False
        if self._stale and self.isVisible():
            self.update_now()

    def html(self) -> str:
        return self.builder.build()
