"""A draft as Akoma Ntoso 3.0 (the UN's AKN4UN profile): `write_akn(draft) -> bytes`.

    <akomaNtoso>
      <statement name="resolution">              (or "resolutionDraft" before adoption)
        <meta>       FRBR Work/Expression/Manifestation, references, the draft's own
                     metadata in a proprietary block (so an import gives it back exactly)
        <preface>    docNumber (symbol), session, agenda, docProponent per sponsor,
                     docType, docTitle
        <preamble>   formula (the organ line), a container per preambular paragraph
        <mainBody>   paragraph (num, content | intro + list of point), headings as
                     hcontainer
        <conclusions> the meeting line of an adopted resolution

Footnotes are `authorialNote` (marker, placement="bottom") at their first citation; a
repeated citation is a `noteRef` to it; a footnote the text never cites is kept in
meta/notes. Cross-references are `ref` elements to the target's eId. Numbers and
markers are the derived ones (model.labels, footnote_numbers). eIds follow the naming
convention: para_1, para_1__list_1__point_a, preamble__container_1.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict

from lxml import etree

from draftapp.io.akn.naming import LANGUAGE_CODES, author, uris, work_date, work_number
from draftapp.lang import get_language
from draftapp.model import CrossRef, Draft, FootnoteRef, Paragraph, Text, footnote_numbers, labels, reference_text
from draftapp.io.text.inline import parse_inline

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
DRAFTAPP = "urn:draftapp:akn"
NSMAP = {None: AKN}


def _el(parent, tag: str, text: str | None = None, **attrs) -> etree._Element:
    el = etree.SubElement(parent, f"{{{AKN}}}{tag}", {k.rstrip("_"): v for k, v in attrs.items()})
    if text is not None:
        el.text = text
    return el


class AknWriter:
    def __init__(self, draft: Draft):
        self.draft = draft
        self.lang = get_language(draft.language)
        self.labels = labels(draft, self.lang.labels)
        self.numbers = footnote_numbers(draft)
        self.notes = {f.id: f for f in draft.footnotes}
        self.eids: dict[str, str] = {}  # paragraph id -> eId, for cross-references
        self.note_eids: dict[str, str] = {}  # footnote id -> eId of its authorialNote
        self._assign_eids()

    # --- eIds -------------------------------------------------------------------------
    def _assign_eids(self) -> None:
        for i, p in enumerate(self.draft.preamble, start=1):
            self.eids[p.id] = f"preamble__container_{i}"
            self._child_eids(p, self.eids[p.id], "blockList", "item")
        numbered = headings = 0
        for p in self.draft.operative:
            if p.heading:
                headings += 1
                self.eids[p.id] = f"hcontainer_{headings}"
                continue
            numbered += 1
            self.eids[p.id] = f"para_{numbered}"
            self._child_eids(p, self.eids[p.id], "list", "point")

    def _child_eids(self, p: Paragraph, prefix: str, list_tag: str, item_tag: str) -> None:
        for child in p.children:
            label = self.labels.get(child.id, "") or str(p.children.index(child) + 1)
            token = "".join(ch for ch in label if ch.isalnum()) or str(p.children.index(child) + 1)
            self.eids[child.id] = f"{prefix}__{list_tag}_1__{item_tag}_{token}"
            self._child_eids(child, self.eids[child.id], list_tag, item_tag)

    # --- the document -------------------------------------------------------------------
    def build(self) -> etree._Element:
        root = etree.Element(f"{{{AKN}}}akomaNtoso", nsmap=NSMAP)
        adopted = self.draft.meta.adoption is not None
        statement = _el(root, "statement", name="resolution" if adopted else "resolutionDraft",
                        contains="originalVersion")
        self._meta(statement)
        self._preface(statement)
        self._preamble(statement)
        self._main_body(statement)
        self._conclusions(statement)
        self._attachments(statement)
        return root

    def _meta(self, statement) -> None:
        d, names = self.draft, uris(self.draft)
        meta = _el(statement, "meta")
        ident = _el(meta, "identification", source="#draftapp")
        date = work_date(d)
        today = dt.date.today().isoformat()
        work = _el(ident, "FRBRWork")
        _el(work, "FRBRthis", value=names["work_this"])
        _el(work, "FRBRuri", value=names["work"])
        if d.meta.symbol:
            _el(work, "FRBRalias", value=d.meta.symbol, name="symbol")
        _el(work, "FRBRdate", date=date, name="adoption" if d.meta.adoption is not None else "issue")
        _el(work, "FRBRauthor", href=f"#{author(d.meta.organ)}")
        _el(work, "FRBRcountry", value="un")
        _el(work, "FRBRsubtype", value="resolution" if d.meta.adoption is not None else "resolutionDraft")
        _el(work, "FRBRnumber", value=work_number(d))
        expression = _el(ident, "FRBRExpression")
        _el(expression, "FRBRthis", value=names["expression_this"])
        _el(expression, "FRBRuri", value=names["expression"])
        _el(expression, "FRBRdate", date=date, name="publication")
        _el(expression, "FRBRauthor", href=f"#{author(d.meta.organ)}")
        _el(expression, "FRBRlanguage", language=LANGUAGE_CODES[d.language])
        manifestation = _el(ident, "FRBRManifestation")
        _el(manifestation, "FRBRthis", value=names["manifestation_this"])
        _el(manifestation, "FRBRuri", value=names["manifestation"])
        _el(manifestation, "FRBRdate", date=today, name="generation")
        _el(manifestation, "FRBRauthor", href="#draftapp")

        references = _el(meta, "references", source="#draftapp")
        organ = author(d.meta.organ)
        _el(references, "TLCOrganization", eId=organ, href=f"/akn/ontology/organizations/un/{organ}",
            showAs=self.lang.organ_name(d.meta.organ))
        _el(references, "TLCOrganization", eId="draftapp", href="/akn/ontology/organizations/draftapp", showAs="Draftapp")
        for i, name in enumerate(d.sponsors, start=1):
            _el(references, "TLCOrganization", eId=f"sponsor_{i}", href=f"/akn/ontology/organizations/un/sponsor-{i}", showAs=name)

        uncited = [f for f in d.footnotes if f.id not in self._cited()]
        if uncited:
            notes = _el(meta, "notes", source="#draftapp")
            for f in uncited:
                note = _el(notes, "note", eId=f"note_{f.id}")
                self._inline(_el(note, "p"), f.runs)

        # What the AKN structure has no place for (the masthead's exact lines, the
        # footnote ids' order): the draft's own metadata, read back by the importer.
        proprietary = _el(meta, "proprietary", source="#draftapp")
        own = etree.SubElement(proprietary, f"{{{DRAFTAPP}}}draft", nsmap={"draftapp": DRAFTAPP})
        own.text = json.dumps({"language": d.language, "meta": asdict(d.meta), "sponsors": d.sponsors},
                              ensure_ascii=False)

    def _cited(self) -> set[str]:
        from draftapp.model.annex import all_paragraphs

        return {r.footnote_id for p in all_paragraphs(self.draft) for r in p.runs if isinstance(r, FootnoteRef)}

    def _preface(self, statement) -> None:
        d, lang = self.draft, self.lang
        preface = _el(statement, "preface")
        if d.meta.symbol:
            _el(_el(preface, "p", class_="symbol"), "docNumber", d.meta.symbol)
        if d.meta.session is not None:
            try:
                name = lang.session_name(d.meta.session)
            except ValueError:
                name = str(d.meta.session)
            _el(_el(preface, "p", class_="session"), "session", name, value=str(d.meta.session))
        if d.meta.agenda:
            _el(preface, "p", lang.agenda_line([item.number for item in d.meta.agenda]), class_="agenda")
            for item in d.meta.agenda:
                for title in item.titles:
                    _el(preface, "p", title, class_="agendaTitle")
        if d.sponsors or d.meta.adoption is None:
            line = _el(preface, "p", class_="sponsors")
            for i, name in enumerate(d.sponsors, start=1):
                proponent = _el(line, "docProponent", name, refersTo=f"#sponsor_{i}")
                proponent.tail = ", " if i < len(d.sponsors) else lang.punct.label_colon + " "
            _el(line, "docType", lang.kind_label(d.meta.kind))
        if d.meta.title:
            title = _el(_el(preface, "p", class_="title"), "docTitle")
            self._inline(title, parse_inline(d.meta.title, lambda n: f"missing-{n}", lambda a: a))

    def _preamble(self, statement) -> None:
        d = self.draft
        preamble = _el(statement, "preamble")
        formula = _el(preamble, "formula", name="enactingFormula")
        organ_line = d.meta.organ_line or self.lang.organ_line(d.meta.organ)
        self._inline(_el(formula, "p"), parse_inline(organ_line, lambda n: f"missing-{n}", lambda a: a))
        for p in d.preamble:
            container = _el(preamble, "container", name="preambularParagraph", eId=self.eids[p.id])
            self._inline(_el(container, "p"), p.runs)
            if p.children:
                self._block_list(container, p)

    def _block_list(self, parent, p: Paragraph) -> None:
        block = _el(parent, "blockList", eId=self.eids[p.id] + "__blockList_1")
        for child in p.children:
            item = _el(block, "item", eId=self.eids[child.id])
            _el(item, "num", self.labels.get(child.id, ""))
            self._inline(_el(item, "p"), child.runs)
            if child.children:
                self._block_list(item, child)

    def _main_body(self, statement) -> None:
        body = _el(statement, "mainBody")
        for p in self.draft.operative:
            if p.heading:
                container = _el(body, "hcontainer", name="heading", eId=self.eids[p.id])
                self._inline(_el(container, "heading"), p.runs)
                _el(_el(container, "content"), "p")
                continue
            self._hier(body, p, "paragraph")

    def _hier(self, parent, p: Paragraph, tag: str) -> None:
        el = _el(parent, tag, eId=self.eids[p.id])
        _el(el, "num", self.labels.get(p.id, ""))
        if not p.children:
            self._inline(_el(_el(el, "content"), "p"), p.runs)
            return
        self._inline(_el(_el(el, "intro"), "p"), p.runs)
        items = _el(el, "list", eId=self.eids[p.id] + "__list_1")
        for child in p.children:
            self._hier(items, child, "point")

    def _conclusions(self, statement) -> None:
        adoption = self.draft.meta.adoption
        if adoption is None or not adoption.meeting_line:
            return
        conclusions = _el(statement, "conclusions")
        lines = adoption.meeting_line.split("\n")
        for i, line in enumerate(lines):
            p = _el(conclusions, "p", class_="meeting" if i == 0 else "date")
            day = work_date(self.draft) if i == len(lines) - 1 and len(lines) > 1 else ""
            if day and day != "0001-01-01":
                _el(p, "date", line, date=day)
            else:
                p.text = line

    def _attachments(self, statement) -> None:
        """Each annex as an attachment: a `doc name="annex"` with its own identification
        (the resolution's URIs and `/!annex_N`), its label and title in the preface, its
        paragraphs in mainBody (numbered ones with `num`, unnumbered ones without, headings
        as hcontainer), eIds under `att_N__`."""
        annexes = getattr(self.draft, "annexes", None) or []
        if not annexes:
            return
        from draftapp.model.annex import annex_numbers

        names = uris(self.draft)
        attachments = _el(statement, "attachments")
        for k, annex in enumerate(annexes, start=1):
            attachment = _el(attachments, "attachment", eId=f"att_{k}")
            doc = _el(attachment, "doc", name="annex")
            meta = _el(doc, "meta")
            ident = _el(meta, "identification", source="#draftapp")
            for level, this, uri in (("FRBRWork", "work_this", "work"), ("FRBRExpression", "expression_this", "expression"),
                                     ("FRBRManifestation", "manifestation_this", "manifestation")):
                frbr = _el(ident, level)
                _el(frbr, "FRBRthis", value=names[this].replace("/!main", f"/!annex_{k}"))
                _el(frbr, "FRBRuri", value=names[uri])
                _el(frbr, "FRBRdate", date=work_date(self.draft) if level != "FRBRManifestation" else dt.date.today().isoformat(),
                    name="annex")
                _el(frbr, "FRBRauthor", href=f"#{author(self.draft.meta.organ)}" if level != "FRBRManifestation" else "#draftapp")
                if level == "FRBRWork":
                    _el(frbr, "FRBRcountry", value="un")
                if level == "FRBRExpression":
                    _el(frbr, "FRBRlanguage", language=LANGUAGE_CODES[self.draft.language])
            preface = _el(doc, "preface")
            _el(preface, "p", annex.label, class_="label")
            if annex.title:
                _el(_el(preface, "p", class_="title"), "docTitle", annex.title)
            body = _el(doc, "mainBody")
            numbers = annex_numbers(annex)
            scheme = self.lang.labels
            for i, p in enumerate(annex.paragraphs, start=1):
                prefix = f"att_{k}__"
                if p.heading:
                    container = _el(body, "hcontainer", name="heading", eId=f"{prefix}hcontainer_{i}")
                    self._inline(_el(container, "heading"), p.runs)
                    _el(_el(container, "content"), "p")
                    continue
                self._annex_hier(body, p, "paragraph", f"{prefix}para_{i}",
                                 f"{numbers[p.id]}." if p.id in numbers else "", scheme, 0)

    def _annex_hier(self, parent, p: Paragraph, tag: str, eid: str, number: str, scheme, depth: int) -> None:
        el = _el(parent, tag, eId=eid)
        if number:
            _el(el, "num", number)
        if not p.children:
            self._inline(_el(_el(el, "content"), "p"), p.runs)
            return
        self._inline(_el(_el(el, "intro"), "p"), p.runs)
        items = _el(el, "list", eId=eid + "__list_1")
        for n, child in enumerate(p.children, start=1):
            label = scheme.level(depth).label(n)
            token = "".join(ch for ch in label if ch.isalnum()) or str(n)
            self._annex_hier(items, child, "point", f"{eid}__list_1__point_{token}", label, scheme, depth + 1)

    # --- inline --------------------------------------------------------------------------
    def _inline(self, parent, runs) -> None:
        last = None  # the element after which plain text goes (as its tail), or None

        def add_text(text: str) -> None:
            nonlocal last
            if last is None:
                parent.text = (parent.text or "") + text
            else:
                last.tail = (last.tail or "") + text

        for run in runs:
            if isinstance(run, Text):
                if not (run.italic or run.bold):
                    add_text(run.text)
                    continue
                outer = _el(parent, "b" if run.bold else "i")
                inner = _el(outer, "i") if run.bold and run.italic else outer
                inner.text = run.text
                last = outer
            elif isinstance(run, FootnoteRef):
                last = self._citation(parent, run.footnote_id)
            elif isinstance(run, CrossRef):
                target = self.eids.get(run.target_id)
                shown = reference_text(self.draft, run.target_id, self.lang.labels)
                last = _el(parent, "ref", shown, href=f"#{target}" if target else "#missing")

    def _citation(self, parent, footnote_id: str):
        number = str(self.numbers.get(footnote_id, "?"))
        note = self.notes.get(footnote_id)
        if footnote_id in self.note_eids or note is None:
            href = self.note_eids.get(footnote_id, "missing")
            return _el(parent, "noteRef", marker=number, href=f"#{href}")
        eid = f"authorialNote_{number}"
        self.note_eids[footnote_id] = eid
        el = _el(parent, "authorialNote", marker=number, placement="bottom", eId=eid)
        self._inline(_el(el, "p"), note.runs)
        return el


def write_akn(draft: Draft) -> bytes:
    root = AknWriter(draft).build()
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
