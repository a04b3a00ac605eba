"""Text copied from an official PDF or web page -> Draft.

The steps, one module each: `flat` puts back the line breaks a web copy lost, `layout`
removes page furniture and collects footnote bodies, `masthead` reads the facts above
the organ line, `structure` finds the paragraphs, `citations` the footnote digits glued
to words. The paragraphs are then written in the text dialect and read by the dialect
reader, so that labels, depths, footnotes and typed-label checks work exactly as for a
pasted dialect text; the masthead facts are set on the result.
"""

from __future__ import annotations

import re
import unicodedata

from draftapp.io.errors import DraftIOError
from draftapp.io.pdftext.annexes import AnnexPart, read_annex, split_annexes
from draftapp.io.pdftext.citations import Citation, find_citations
from draftapp.io.pdftext.flat import organ_inside_line, unflatten
from draftapp.io.pdftext.orphan_marks import strip_orphan_marks
from draftapp.io.pdftext.layout import Layout, find_organ_line, fold, organ_line_language, split_layout
from draftapp.io.pdftext.running import drop_running_title, split_furniture_off
from draftapp.io.pdftext.notezone import pair_note_zones
from draftapp.io.pdftext.masthead import Masthead, read_masthead
from draftapp.io.pdftext.structure import Body, Para, read_body
from draftapp.io.pdftext.words import words
from draftapp.io.pdftext.xrefs import link_cross_references
from draftapp.io.text.parts import settle_parts
from draftapp.io.text.reader import read_text
from draftapp.lang import Language, apostrophes, get_language
from draftapp.lang.script import script_language
from draftapp.io.pdftext.openings import opening
from draftapp.lang.openings import opening_span
from draftapp.model import Draft, Text

_ESCAPE = re.compile(r"([\\*\[\]<>#_`|])")


def detect_language(text: str) -> str:
    """The language of a PDF-copied text: by script, then by its organ line."""
    sample = text[:20000]
    code, count = script_language(sample)
    if count > 30:
        return code
    for line in sample.splitlines():
        if len(line.strip()) < 60:
            found = organ_line_language(line)
            if found:
                return found
    inside = organ_inside_line(sample)  # a copy that ran everything into one line
    if inside is not None:
        return organ_line_language(inside.group(0)) or "en"
    return "en"


def read_pdf_text(source: str, path: str | None = None, language: str | None = None,
                  explicit_citations: bool = False) -> Draft:
    """A Draft from text copied out of an official PDF or a UN web page.
    `explicit_citations`: every citation is marked "[^n]" (the PDF reader knows them by
    their superscript), so no digit of the text is taken for one."""
    text = unicodedata.normalize("NFC", source.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    code = language or detect_language(text)
    lang = get_language(code)
    # a PDF read itself has its lines, and its page furniture already gone by position
    lines = text.split("\n") if explicit_citations else unflatten(text.split("\n"), lang)
    symbol_guess = _symbol_guess(lines)
    lines = split_furniture_off(lines, symbol_guess)
    layout = split_layout(lines, symbol_guess)
    if not layout.organ_line and not layout.blocks:
        raise DraftIOError(path, "no text of a resolution was found in this file")
    head = read_masthead(layout.head, lang)
    # page furniture that needs the masthead's facts: the running title, then footnote
    # numbers that came apart from their bodies
    cleaned = lines
    if head.meta.title and layout.organ_line and not explicit_citations:
        cleaned = drop_running_title(cleaned, head.meta.title, symbol_guess, find_organ_line(lines) + 1)
    if not explicit_citations:
        cleaned = pair_note_zones(cleaned, symbol_guess)
    if cleaned != lines:
        layout = split_layout(cleaned, symbol_guess)
    _refuse_lettered_parts(layout, path)
    main_blocks, annex_blocks = split_annexes(layout.blocks, lang, head.meta.title)
    body = read_body(main_blocks, lang, head.meta.title)
    if not body.paragraphs:
        raise DraftIOError(path, "no paragraphs were found: is this the text of a resolution?")
    annexes = [read_annex(label, blocks, lang) for label, blocks in annex_blocks]
    for annex in annexes:  # the meeting line may close the document after its annex
        if annex.body.meeting_line and not body.meeting_line:
            body.meeting_line = annex.body.meeting_line
    if explicit_citations:
        layout.note_style = "explicit"
    dialect = compose_dialect(lang, head, layout, body, annexes)
    draft = read_text(dialect, path)
    _finish(draft, head, layout, body, lang)
    return draft


def _refuse_lettered_parts(layout: Layout, path: str | None) -> None:
    """A resolution in lettered parts (A, B …, each with its own title, organ line,
    preamble and operative part, under one number) shows its organ line again in the
    body. The model holds one preamble and one operative part: refuse, never mix them."""
    for block in layout.blocks:
        for line in block.lines:
            if len(line) < 60 and organ_line_language(line):
                raise DraftIOError(
                    path,
                    "this resolution is in lettered parts (A, B …), each with its own preamble and "
                    "operative part; Draftapp holds one part per draft, so it cannot import them together. "
                    "Copy each part (from its letter to its last paragraph) into a file of its own and import each.",
                )


def _symbol_guess(lines: list[str]) -> str:
    """The document symbol from the first lines: alone on its line, or at the end of the
    first line of a `pdftotext -layout` copy ("United Nations        A/RES/73/7")."""
    for line in lines[:12]:
        s = line.strip()
        if re.match(r"^[AES]/\S+$", s):
            return s
        m = re.search(r"\s{3,}([AES]/\S+)$", s)
        if m:
            return m.group(1)
    return ""


# --- writing the dialect --------------------------------------------------------------
def _escape(text: str) -> str:
    return _ESCAPE.sub(r"\\\1", text)


def compose_dialect(lang: Language, head: Masthead, layout: Layout, body: Body, annexes: list[AnnexPart] = ()) -> str:
    paragraphs = list(body.paragraphs) + [p for annex in annexes for p in annex.body.paragraphs]
    texts = [re.sub(r"[ \t]{2,}", " ", p.text) for p in paragraphs]
    if not layout.notes and layout.note_style == "plain":
        texts, lost = strip_orphan_marks(texts)  # marks of notes the copy lost: reported
        layout.dropped.extend(lost)
    cited = iter(find_citations(texts, lang.code, set(layout.notes), layout.note_style))  # through the annexes
    texts = iter(texts)
    out = [f"<!-- draftapp\nlanguage: {lang.code}\n-->", lang.organ_line(head.meta.organ)]
    for para in body.paragraphs:
        # a PDF read itself brings its own italics (io/pdf/italics.py): no opening rule
        out.append(_paragraph_line(para, next(texts), next(cited), lang, italics=layout.note_style != "explicit"))
    for annex in annexes:
        out.append(f"# {annex.label}".rstrip())
        if annex.title:
            out.append("### " + _escape(annex.title))
        for para in annex.body.paragraphs:
            out.append(_paragraph_line(para, next(texts), next(cited), lang, italics=False))
    for number, note in sorted(layout.notes.items()):
        note = re.sub(r"[ \t]{2,}", " ", note)
        out.append(f"<sup>{number}</sup> {_escape(note)}")
    return "\n\n".join(out) + "\n"


def _paragraph_line(para: Para, text: str, citations: list[Citation], lang: Language, italics: bool = True) -> str:
    if para.kind == "heading":
        return "#### " + _escape(text)
    events: list[tuple[int, int, str]] = [(c.start, c.end, f"<sup>{c.number}</sup>") for c in citations]
    if italics and lang.italic_openings and para.kind in ("pre", "op"):
        kind = "preambular" if para.kind == "pre" else "operative"
        length = _italic_length(lang.code, text, kind)
        if length:
            events += [(0, 0, "*"), (length, length, "*")]
    pieces, cursor = [], 0
    for start, end, marker in sorted(events, key=lambda e: (e[0], e[1])):
        pieces.append(_escape(text[cursor:start]))
        pieces.append(marker)
        cursor = end
    pieces.append(_escape(text[cursor:]))
    line = "".join(pieces).strip()
    if para.label:
        return f"{para.label} {line}"
    return "\\" + line  # never read as a label, whatever the paragraph starts with


def _italic_length(code: str, text: str, kind: str) -> int:
    """How much of the opening is italic in issued documents: the whole opening phrase
    ("*Having received*", "*Expressing its appreciation*", "*Also welcomes*"), but not the
    object some bank phrases include ("*Recalling* its resolution", "*Requests* the
    Secretary-General") nor a closing preposition ("*Takes note* of"): those words are data."""
    phrase = opening(code, text, kind)
    # the bank writes "Ayant à l'esprit", issued French texts "Ayant à l’esprit"
    same = lambda s: apostrophes.fold(s).casefold()
    if not phrase or same(text[: len(phrase)]) != same(phrase):
        # an opening the bank lacks, by its grammar ("Expresses its profound gratitude",
        # "Calling upon"): the verb or participle with its adverbs (draftapp.lang.openings)
        return opening_span(code, kind, text) or 0
    w = words(code)
    objects = {x.casefold() for x in getattr(w, "italic_objects", [])}
    determiners = {x.casefold() for x in getattr(w, "italic_determiners", [])}
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[: len(phrase)])]
    tokens = [text[a:b].casefold() for a, b in spans]
    for i, token in enumerate(tokens):
        if token.strip(",;:") in objects:
            cut = i
            while cut > 1 and tokens[cut - 1] in determiners | {"previous"}:
                cut -= 1
            return spans[cut - 1][1] if cut > 0 else 0
    trailing = {x.casefold() for x in getattr(w, "italic_trailing", [])}
    while len(tokens) > 1 and tokens[-1] in trailing:  # "*Takes note* of"
        tokens.pop()
    return len(re.sub(r"[,;:]$", "", text[: spans[len(tokens) - 1][1]]))


# --- what the dialect does not carry ------------------------------------------------
def _finish(draft: Draft, head: Masthead, layout: Layout, body: Body, lang: Language) -> None:
    meta = head.meta
    meta.organ_line = draft.meta.organ_line  # "" when it is the organ's usual line
    if head.agenda_stars and layout.star_notes.get(head.agenda_stars):
        meta.provisional_agenda = layout.star_notes[head.agenda_stars].rstrip(".。 ")
    if meta.adoption is not None and body.meeting_line:
        meta.adoption.meeting_line = _meeting_lines(body.meeting_line, lang)
    draft.meta = meta
    draft.sponsors = head.sponsors
    draft.unplaced = head.unplaced + layout.dropped + body.unplaced + _other_star_notes(head, layout, lang)
    settle_parts(
        draft,
        preambular=sum(1 for p in body.paragraphs if p.kind == "pre"),
        sub_labels=[p.label for p in body.paragraphs if p.kind == "sub"],  # "(a)" where the number is "1."
    )
    _italicize_decision_openings(draft, lang)
    link_cross_references(draft)


def _other_star_notes(head: Masthead, layout: Layout, lang: Language) -> list[str]:
    """"*" notes the model has no place for: not the provisional agenda's symbol, not the
    usual sponsors note ("On behalf of the States Members … Group of 77 and China")."""
    usual = fold(lang.data.get("sponsors_note", ""))
    out = []
    for key, text in layout.star_notes.items():
        if key == head.agenda_stars or (usual and fold(text) == usual):
            continue
        out.append(f"{key} {text}")
    return out


def _italicize_decision_openings(draft: Draft, lang: Language) -> None:
    """A decision's "(a) Expresses …" paragraphs were read as subparagraphs, whose
    openings are not italic; as its operative paragraphs they open in italics."""
    if not lang.italic_openings:
        return
    for paragraph in draft.operative:
        first = paragraph.runs[0] if paragraph.runs else None
        if paragraph.typed_label is None or not isinstance(first, Text) or first.italic:
            continue
        length = _italic_length(lang.code, first.text, "operative")
        if 0 < length < len(first.text):
            paragraph.runs[0:1] = [Text(first.text[:length], True, first.bold), Text(first.text[length:], False, first.bold)]


def _meeting_lines(text: str, lang: Language) -> str:
    """"35th plenary meeting 11 November 2025" -> the two lines of the original."""
    w = words(lang.code)
    meeting = w.meeting_re.search(text)
    date = w.date_re.search(text) or words("en").date_re.search(text)
    if meeting and date:
        first, second = sorted((meeting, date), key=lambda m: m.start())
        return f"{first.group(0).strip()}\n{second.group(0).strip()}"
    return text.strip()
