"""An outline of a draft for people (`draftapp show`) and for scripts (`show --json`)."""

from __future__ import annotations

from dataclasses import asdict

from draftapp.io.text import TextWriter
from draftapp.model import CrossRef, Draft, FootnoteRef, Paragraph, Text, annex_numbers, citations, reference_text

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


class PlainWriter(TextWriter):
    """Paragraph text for people: no markup and no escapes; footnote citations as
    superscript digits, cross-references as the number they show."""

    def inline(self, runs) -> str:
        out = []
        for run in runs:
            if isinstance(run, Text):
                out.append(run.text)
            elif isinstance(run, FootnoteRef):
                out.append(str(self.fn_numbers.get(run.footnote_id, "?")).translate(_SUPERSCRIPT))
            elif isinstance(run, CrossRef):
                out.append(reference_text(self.draft, run.target_id, self.lang.labels))
        return "".join(out)


def outline(draft: Draft, plain: bool = False) -> dict:
    """meta, sponsors, preamble [{text}], operative [{number, text, children}],
    footnotes [{number, text, cited_in: [[part, index], …]}]; texts in the dialect, or
    in plain text for people (`plain`)."""
    writer = PlainWriter(draft) if plain else TextWriter(draft)

    def node(p: Paragraph) -> dict:
        out = {"number": writer.labels.get(p.id), "text": writer.inline(p.runs), "children": [node(c) for c in p.children]}
        if p.heading:
            out["heading"] = True
        return out

    def operative_node(p: Paragraph) -> dict:
        out = node(p)
        number = writer.labels.get(p.id)
        out["number"] = int(number.rstrip(".- ").strip()) if number else None
        return out

    cited = citations(draft)
    notes = sorted(draft.footnotes, key=lambda f: writer.fn_numbers[f.id])
    in_annex: dict[str, tuple[str, int]] = {}
    annexes = []
    for a, annex in enumerate(draft.annexes, 1):
        numbers = annex_numbers(annex)
        for k, top in enumerate(annex.paragraphs, 1):
            for p in top.walk():
                in_annex[p.id] = (f"annex{a}", k)
        annexes.append({"label": annex.label, "title": annex.title, "paragraphs": [
            {**node(p), "number": numbers.get(p.id)} for p in annex.paragraphs]})

    def where(pid: str):
        return list(in_annex[pid]) if pid in in_annex else list(_where(draft, pid))

    return {
        "language": draft.language,
        "meta": asdict(draft.meta),
        "sponsors": list(draft.sponsors),
        "preamble": [{"text": writer.inline(p.runs), "children": [node(c) for c in p.children]} for p in draft.preamble],
        "operative": [operative_node(p) for p in draft.operative],
        "footnotes": [
            {"number": writer.fn_numbers[f.id], "text": writer.inline(f.runs), "cited_in": [where(pid) for pid in cited.get(f.id, [])]}
            for f in notes
        ],
        **({"annexes": annexes} if annexes else {}),
    }


def _where(draft: Draft, paragraph_id: str) -> tuple[str, int]:
    """(part, 1-based index of the top-level paragraph) for a citation."""
    part, indices = draft.path(paragraph_id)
    return part, indices[0] + 1


def first_words(text: str, cjk: bool, limit: int = 8) -> str:
    if cjk:
        return text if len(text) <= limit * 3 else text[: limit * 3] + "…"
    words = text.split()
    return " ".join(words[:limit]) + (" …" if len(words) > limit else "")


def _paragraphs(count: int) -> str:
    return f"{count} paragraph" if count == 1 else f"{count} paragraphs"


def outline_text(draft: Draft) -> str:
    """The outline as lines for a terminal."""
    from draftapp.lang import get_language

    data = outline(draft, plain=True)
    lang = get_language(draft.language)
    meta = data["meta"]
    lines = [f"Language: {lang.name}    Organ: {meta['organ']}    Session: {meta['session'] or '-'}"]
    if meta["agenda"]:
        lines.append("Agenda: " + "; ".join(f"{a['number']} {' / '.join(a['titles'])}".strip() for a in meta["agenda"]))
    if meta["symbol"]:
        lines.append(f"Symbol: {meta['symbol']}")
    lines.append(f"Title: {meta['title'] or '-'}")
    lines.append(f"Sponsors ({len(data['sponsors'])}): {', '.join(data['sponsors']) or '-'}")
    lines.append("")
    lines.append(f"Preamble: {_paragraphs(len(data['preamble']))}")
    for i, p in enumerate(data["preamble"], 1):
        lines.append(f"  PP{i:<3} {first_words(p['text'], lang.cjk)}")
    lines.append(f"Operative part: {_paragraphs(sum(1 for p in data['operative'] if p['number']))}")

    def children(nodes, indent):
        for c in nodes:
            lines.append(f"{' ' * indent}{c['number']:<6} {first_words(c['text'], lang.cjk)}")
            children(c["children"], indent + 4)

    for p in data["operative"]:
        if p.get("heading"):
            lines.append(f"  ==     {first_words(p['text'], lang.cjk)}")
            continue
        lines.append(f"  {str(p['number']) + '.':<6} {first_words(p['text'], lang.cjk)}")
        children(p["children"], 6)
    for a, annex in enumerate(data.get("annexes", []), 1):
        numbered = sum(1 for p in annex["paragraphs"] if p["number"])
        lines.append(f"{annex['label'] or 'Annexed text'}: {first_words(annex['title'], lang.cjk)} "
                     f"({numbered} numbered of {len(annex['paragraphs'])} paragraphs)")
        for p in annex["paragraphs"]:
            mark = "==" if p.get("heading") else (f"{p['number']}." if p["number"] else "-")
            lines.append(f"  {mark:<6} {first_words(p['text'], lang.cjk)}")
    lines.append(f"Footnotes: {len(data['footnotes'])}")
    for f in data["footnotes"]:
        where = ", ".join({"preamble": "PP", "operative": "OP"}.get(part, part.replace("annex", "AN") + ".") + str(i)
                          for part, i in f["cited_in"]) or "never cited"
        lines.append(f"  [{f['number']}] {first_words(f['text'], lang.cjk)}  (cited in {where})")
    return "\n".join(lines)
