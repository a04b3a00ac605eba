"""Layout facts of an official-format page, measured from a PDF: where the masthead
lines sit (baselines), the rules (height and ends), the gaps between the adoption lines,
the page-1 footer and barcode, the running heads of later pages, the footnote separator
and the closing rule. Positions are in points from the top-left of the page.

The same measurement is taken of the issued PDFs (tests/fixtures/pdf) and of our export
rendered by LibreOffice, so the two are compared like for like. A fact a document does
not have (no footnote on page 1, no meeting line) is left out.

    python tests/io/docx_export/layout_facts.py ISSUED.pdf [OURS.pdf]

prints the facts, or the two side by side with their differences.
"""

from __future__ import annotations

import re
import statistics
import sys
from dataclasses import dataclass

import pdfplumber


@dataclass
class Line:
    baseline: float
    size: float
    x0: float
    x1: float
    text: str
    bold: bool
    font: str
    end: float  # the last character's right edge, a trailing space included


@dataclass
class Rule:
    y: float  # top edge
    x0: float
    x1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0


def text_lines(page) -> list[Line]:
    """Characters grouped by baseline and size; blank lines and lone spaces dropped.
    The baseline is the text matrix's origin, so it does not depend on font metrics."""
    groups: dict[tuple[float, float], list[dict]] = {}
    for c in page.chars:
        base = round(page.height - c["matrix"][5], 1)
        groups.setdefault((base, round(c["size"], 1)), []).append(c)
    lines = []
    for (base, size), chars in sorted(groups.items()):
        chars.sort(key=lambda c: c["x0"])
        visible = [c for c in chars if c["text"].strip()]
        if not visible:
            continue
        text = re.sub(r" +", " ", "".join(c["text"] for c in chars)).strip()
        font = visible[0]["fontname"]
        lines.append(Line(base, size, visible[0]["x0"], visible[-1]["x1"], text, "Bold" in font, font, chars[-1]["x1"]))
    return lines


def rules(page) -> list[Rule]:
    """Horizontal rules (lines, thin rectangles), pieces at one height joined."""
    pieces = []
    for obj in list(page.lines) + list(page.rects):
        if obj["bottom"] - obj["top"] <= 2 and obj["x1"] - obj["x0"] > 20:
            pieces.append(Rule(round(obj["top"], 1), obj["x0"], obj["x1"]))
    for obj in page.rects:  # a table border drawn as short abutting pieces
        if obj["bottom"] - obj["top"] <= 2 and obj["x1"] - obj["x0"] <= 20:
            pieces.append(Rule(round(obj["top"], 1), obj["x0"], obj["x1"]))
    joined: list[Rule] = []
    for r in sorted(pieces, key=lambda r: (r.y, r.x0)):
        last = joined[-1] if joined else None
        if last and abs(last.y - r.y) < 0.6 and r.x0 <= last.x1 + 1:
            last.x1 = max(last.x1, r.x1)
        else:
            joined.append(Rule(r.y, r.x0, r.x1))
    return [r for r in joined if r.width > 20]


def underscore_rule(lines: list[Line]) -> Line | None:
    for line in lines:
        if set(line.text) == {"_"} and len(line.text) >= 5:
            return line
    return None


def _first(lines, pred):
    return next((line for line in lines if pred(line)), None)


def page_one(page) -> dict[str, float]:
    lines = text_lines(page)
    facts: dict[str, float] = {}
    un = _first(lines, lambda l: "United Nations" in l.text and l.baseline < 120)
    symbol = _first(lines, lambda l: l.x0 > 400 and l.baseline < 80 and l.size < 15)
    organ = _first(lines, lambda l: l.size >= 18 and l.bold)
    distr = _first(lines, lambda l: l.text.startswith("Distr."))
    if un:
        facts["united_nations_baseline"] = un.baseline
    if symbol:
        facts["symbol_baseline"] = symbol.baseline
    if organ:
        facts["organ_baseline"] = organ.baseline
    if distr:
        facts["distribution_baseline"] = distr.baseline
        date = _first(lines, lambda l: abs(l.x0 - distr.x0) < 2 and l.baseline > distr.baseline + 1 and l.size == distr.size)
        if date:
            facts["date_baseline"] = date.baseline
    top_rules = [r for r in rules(page) if r.y < 120]
    if top_rules:
        facts["thin_rule_height"] = top_rules[0].y
        facts["thin_rule_left"] = top_rules[0].x0
        facts["thin_rule_right"] = top_rules[0].x1
    block_rules = [r for r in rules(page) if 150 < r.y < 260]
    if block_rules:
        facts["thick_rule_height"] = block_rules[0].y
        facts["thick_rule_left"] = block_rules[0].x0
    session = _first(lines, lambda l: l.bold and l.text.endswith("session"))
    if session:
        facts["session_baseline"] = session.baseline
        facts["session_left"] = session.x0
    agenda = _first(lines, lambda l: l.text.startswith("Agenda item") or "provisional agenda" in l.text)
    adopted = _first(lines, lambda l: l.text.startswith("Resolution adopted"))
    if agenda and adopted:
        facts["agenda_to_adopted"] = adopted.baseline - agenda.baseline
    reference = _first(lines, lambda l: l.text.startswith("[") and "Committee" in l.text)
    if reference:
        title = _first(lines, lambda l: l.baseline > reference.baseline and l.size == 12 and l.bold)
        if title:
            facts["reference_to_title"] = title.baseline - reference.baseline
    job = _first(lines, lambda l: re.match(r"\d\d-\d{5} \([A-Z]\)", l.text) is not None)
    if job:
        facts["job_line_baseline"] = job.baseline
        facts["job_line_size"] = job.size
        facts["job_line_left"] = job.x0
    bars = [c for c in page.chars if "Barcode" in c["fontname"] and c["text"].strip()]
    if bars:
        facts["barcode_left"] = min(c["x0"] for c in bars)
        facts["barcode_width"] = max(c["x1"] for c in bars) - facts["barcode_left"]
    else:
        images = [im for im in page.images if im["top"] > page.height * 0.85 and im["x0"] < page.width / 3]
        if images:
            facts["barcode_left"] = images[0]["x0"]
            facts["barcode_width"] = images[0]["x1"] - images[0]["x0"]
    facts.update(_body(lines))
    facts.update(_footnote_separator(page, lines))
    return facts


def _body(lines: list[Line]) -> dict[str, float]:
    """The justified text block: where full lines end. Word keeps a justified line's
    trailing space inside the margin and LibreOffice does not draw it, so the end is
    taken with that space: the right margin in both."""
    body = [l for l in lines if l.size == 10 and not l.bold and 100 < l.baseline < 700]
    if not body:
        return {}
    widest = max(l.end for l in body)
    full = [l.end for l in body if l.end > widest - 3]  # justified lines, not paragraph ends
    return {"justified_right": round(statistics.median(full), 1)} if len(full) >= 3 else {}


def _footnote_separator(page, lines: list[Line]) -> dict[str, float]:
    """The rule over the footnotes: underscores in the issued documents (a text line),
    or a drawn rule; measured as its left end, width and the gap from its bottom edge
    to the first footnote's baseline."""
    notes = [l for l in lines if 8 <= l.size <= 9 and l.baseline > page.height * 0.6 and not set(l.text) <= {"_"}]
    underscores = underscore_rule(lines)
    if underscores is not None:
        left, width, bottom = underscores.x0, underscores.x1 - underscores.x0, underscores.baseline
    else:
        drawn = [r for r in rules(page) if r.y > page.height * 0.6 and r.width < 200]
        if not drawn:
            return {}
        left, width, bottom = drawn[0].x0, drawn[0].width, drawn[0].y
    after = [l for l in notes if l.baseline > bottom]
    facts = {"footnote_rule_left": left, "footnote_rule_width": width}
    if after:
        facts["footnote_rule_to_note"] = after[0].baseline - bottom
    return facts


def running_page(page) -> dict[str, float]:
    lines = text_lines(page)
    facts: dict[str, float] = {}
    head = _first(lines, lambda l: l.baseline < 75 and l.bold and re.match(r"[A-Z]+/", l.text) is not None)
    if head:
        facts["running_head_baseline"] = head.baseline
        facts["running_head_left"] = head.x0
    head_rules = [r for r in rules(page) if r.y < 80]
    if head_rules:
        facts["running_rule_height"] = head_rules[0].y
        facts["running_rule_left"] = head_rules[0].x0
        facts["running_rule_right"] = head_rules[0].x1
    body = [l for l in lines if l.size == 10 and 75 < l.baseline < 700]
    if body:
        facts["body_top_baseline"] = body[0].baseline
    page_of = _first(lines, lambda l: re.fullmatch(r"\d+/\d+", l.text) is not None and l.baseline > 700)
    if page_of:
        facts["page_number_baseline"] = page_of.baseline
        facts["page_number_left"] = page_of.x0
    job = _first(lines, lambda l: re.fullmatch(r"\d\d-\d{5}", l.text) is not None and l.baseline > 700)
    if job:
        facts["job_number_baseline"] = job.baseline
    return facts


def last_page(page) -> dict[str, float]:
    lines = text_lines(page)
    meeting = [l for l in lines if "plenary meeting" in l.text or re.fullmatch(r"\d{1,2} \w+ \d{4}", l.text)]
    closing = [r for r in rules(page) if 40 < r.width < 120 and r.y < page.height * 0.85]
    underscores = [l for l in lines if set(l.text) == {"_"} and l.baseline < page.height * 0.85]
    facts: dict[str, float] = {}
    if closing:
        rule_y, x0, x1 = closing[-1].y, closing[-1].x0, closing[-1].x1
    elif underscores:
        rule_y, x0, x1 = underscores[-1].baseline, underscores[-1].x0, underscores[-1].x1
    else:
        return facts
    facts["closing_rule_width"] = x1 - x0
    facts["closing_rule_centre"] = (x0 + x1) / 2
    above = [l for l in meeting if l.baseline < rule_y]
    if above:
        facts["closing_rule_below_meeting"] = rule_y - above[-1].baseline
    return facts


def measure(pdf_path) -> dict[str, float]:
    """Every fact of a document: page 1, the first even page (2), and the last page."""
    with pdfplumber.open(pdf_path) as pdf:
        pages = pdf.pages
        facts = {f"p1.{k}": round(v, 1) for k, v in page_one(pages[0]).items()}
        if len(pages) > 1:
            facts.update({f"p2.{k}": round(v, 1) for k, v in running_page(pages[1]).items()})
        facts.update({f"last.{k}": round(v, 1) for k, v in last_page(pages[-1]).items()})
        return facts


def compare(issued: dict[str, float], ours: dict[str, float]) -> list[tuple[str, float, float | None, float | None]]:
    """(fact, issued, ours, difference) for every fact the issued document has."""
    rows = []
    for name, value in issued.items():
        mine = ours.get(name)
        rows.append((name, value, mine, None if mine is None else round(mine - value, 1)))
    return rows


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3) or sys.argv[1] in ("-h", "--help"):
        print(__doc__.strip().splitlines()[-3].strip() if False else "usage: layout_facts.py ISSUED.pdf [OURS.pdf]")
        sys.exit(0 if len(sys.argv) == 2 and sys.argv[1] in ("-h", "--help") else 2)
    issued = measure(sys.argv[1])
    if len(sys.argv) == 2:
        for k, v in issued.items():
            print(f"{k:36} {v:8.1f}")
    else:
        for name, a, b, d in compare(issued, measure(sys.argv[2])):
            flag = "" if d is not None and abs(d) <= 2 else "  <-- off"
            print(f"{name:36} {a:8.1f} {'' if b is None else f'{b:8.1f}':>8} {'' if d is None else f'{d:+6.1f}':>7}{flag}")
