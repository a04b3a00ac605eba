"""DOCX in: `read_docx(path) -> Draft`.

Our own exports carry the draft itself (see embed.py) and come back losslessly. Any
other DOCX -- a delegation's Word draft, a Secretariat file, or our export whose embedded
part was lost -- is read by structure:

- paragraphs in body order (masthead tables included) with their italic and bold runs;
- Word footnotes (`w:footnoteReference` and footnotes.xml), and repeated citations made
  as NOTEREF fields to a bookmark on the first reference; custom-mark notes ("*") are the
  masthead's sponsors and agenda notes, not footnotes;
- numbering typed in the text ("1.", "(a)", "a)") or Word list numbering (numbering.xml:
  level 0 decimal = operative paragraph, deeper levels and letter lists = subparagraphs).

The masthead (before the organ line) is read with the PDF-text importer's masthead
reader; the paragraphs are written in the text dialect and read by its reader, so that
levels, typed-label checks and footnote numbering behave exactly as for text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from draftapp.io.docx import revisions_in
from draftapp.io.docx.safety import SafePackage, check_size
from draftapp.io.errors import DraftIOError
from draftapp.io.pdftext.layout import organ_line_language
from draftapp.io.pdftext.masthead import read_masthead
from draftapp.io.pdftext.openings import opening
from draftapp.io.pdftext.reader import detect_language
from draftapp.io.pdftext.structure import HEADING, HEADING_WITH_TITLE, OPERATIVE_LABEL, SUB_LABEL, closed
from draftapp.io.pdftext.words import words
from draftapp.io.text.parts import settle_parts
from draftapp.io.text.reader import read_text
from draftapp.lang import Language, get_language
from draftapp.lang.ibid import ibid_test
from draftapp.model import Base, Draft, footnote_repeats

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
RT_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
RT_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
RT_FOOTER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
RT_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
_ESCAPE = re.compile(r"([\\*\[\]<>#_`|])")
_NOTEREF = re.compile(r"^\s*NOTEREF\s+(\S+)", re.I)


@dataclass
class Piece:
    """A piece of a Word paragraph: text with its format, or a footnote citation."""

    text: str = ""
    italic: bool = False
    bold: bool = False
    footnote: str | None = None  # Word footnote id


@dataclass
class WordParagraph:
    pieces: list[Piece] = field(default_factory=list)
    list_level: tuple[int, str] | None = None  # (depth from Word numbering, number format)

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces if p.footnote is None)


def read_docx(path: str | Path) -> Draft:
    path = Path(path)
    check_size(path)
    with SafePackage(path) as package:
        main = package.main_document()
        document = package.xml(main)
        notes_xml = _first(package, main, RT_FOOTNOTES)
        numbering_xml = _first(package, main, RT_NUMBERING)
        styles_xml = _first(package, main, RT_STYLES)
        footers = [package.xml(name) for name in package.related(main, RT_FOOTER)[:6]]
        headers = [package.xml(name) for name in package.related(main, RT_HEADER)[:6]]
    # Only now, with the package proven sane, look for the draft we embedded. If the
    # document was edited in Word since the export, its text wins: read by structure,
    # keeping from the embedded draft only the facts the page does not show.
    from draftapp.io.docx.embed import embedded_matches_text, read_embedded

    embedded = read_embedded(path)
    if embedded is not None and embedded_matches_text(path) is not False:
        return embedded
    if document is None or document.find(f"{W}body") is None:
        raise DraftIOError(path, "this Word document has no body")
    count = sum(1 for _ in document.find(f"{W}body").iter(f"{W}p"))
    if count > MAX_WORD_PARAGRAPHS:
        raise DraftIOError(path, f"this document has {count:,} paragraphs, far more than any draft "
                                 f"(at most {MAX_WORD_PARAGRAPHS:,} are read)")
    if notes_xml is not None and sum(1 for _ in notes_xml.iter(f"{W}footnote")) > MAX_WORD_FOOTNOTES:
        raise DraftIOError(path, f"this document has more than {MAX_WORD_FOOTNOTES:,} footnotes, far more than any draft")
    numbering = _Numbering(numbering_xml, styles_xml)
    # The masthead is a table in page 1's own header (the UN's template and our export
    # put it there); running heads hold no table.
    masthead = next((h for h in headers if h is not None and h.find(f".//{W}tbl") is not None), None)
    # The job number is in page 1's footer: "25-17846 (E)  101125".
    footer_lines = ["".join(t.text or "" for t in f.iter(f"{W}t")).strip() for f in footers if f is not None]
    jobs = [m.group(0) + " (E)" for m in (re.match(r"^\d{2}-\d{5}(?=\D|$)", line) for line in footer_lines) if m]

    def build(document, notes_xml) -> Draft:
        reader = _Paragraphs(numbering)
        paragraphs = (reader.read(masthead) if masthead is not None else []) + reader.read(document.find(f"{W}body"))
        draft = _DraftBuilder(path, paragraphs, _footnotes(notes_xml), jobs[:1]).build()
        footnote_repeats.set_detected(draft, ibid_test(draft.language))  # the style of what the text does
        if embedded is not None:
            _fill_from(draft, embedded)
        return draft

    if not (revisions_in.has_revisions(document) or revisions_in.has_revisions(notes_xml)):
        return build(document, notes_xml)
    # Tracked changes: the text with them accepted is the draft, the text with them
    # rejected its base, so that nothing a reviewer deleted is lost (docs/versions.md).
    draft = build(revisions_in.accepted(document), revisions_in.accepted(notes_xml))
    base = build(revisions_in.rejected(document), revisions_in.rejected(notes_xml))
    found = revisions_in.revisions(document) + revisions_in.revisions(notes_xml)
    authors = sorted({r.author for r in found if r.author})
    source = f"{path.name} without its tracked changes" + (f" (by {', '.join(authors)})" if authors else "")
    draft.base = Base(base, source=source, date=max((r.date for r in found), default=""))
    return draft


def _fill_from(draft: Draft, embedded: Draft) -> None:
    """Metadata the document's text left empty, taken from the draft embedded at export."""
    for name, value in vars(embedded.meta).items():
        if getattr(draft.meta, name) in ("", None, [], False) and value not in ("", None, [], False):
            setattr(draft.meta, name, value)


def _first(package: SafePackage, main: str, rel_type: str):
    names = package.related(main, rel_type)
    return package.xml(names[0]) if names else None


#: Ceilings on what a document read by structure may hold (the draft's own limits are
#: in io/validate.py; a Word file has empty and masthead paragraphs besides).
MAX_WORD_PARAGRAPHS = 25_000
MAX_WORD_FOOTNOTES = 6_000


# --- Word numbering -------------------------------------------------------------------
#: Word list levels are 0 to 8.
MAX_ILVL = 8


def _ilvl(value: str | None) -> int | None:
    """A w:ilvl value; None for anything Word would not write ("x", "-1", "300000000")."""
    if value is None or not value.isascii() or not value.isdigit() or len(value) > 2:
        return None
    level = int(value)
    return level if level <= MAX_ILVL else None

class _Numbering:
    """numId + ilvl -> the level's number format ("decimal", "lowerLetter", "bullet" …),
    and the numbering a paragraph has directly or through its style (List Number …)."""

    def __init__(self, root, styles=None):
        self.formats: dict[tuple[str, int], str] = {}
        self.style_numbering = _style_numbering(styles)
        if root is None:
            return
        abstract = {}
        for a in root.iter(f"{W}abstractNum"):
            levels = {}
            for lvl in a.iter(f"{W}lvl"):
                fmt = lvl.find(f"{W}numFmt")
                level = _ilvl(lvl.get(f"{W}ilvl", "0"))
                if level is not None:
                    levels[level] = fmt.get(f"{W}val") if fmt is not None else "decimal"
            abstract[a.get(f"{W}abstractNumId")] = levels
        for num in root.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is not None:
                for ilvl, fmt in abstract.get(ref.get(f"{W}val"), {}).items():
                    self.formats[(num.get(f"{W}numId"), ilvl)] = fmt

    def level(self, p) -> tuple[int, str] | None:
        style = p.find(f"{W}pPr/{W}pStyle")
        num_id, level = self.style_numbering.get(style.get(f"{W}val") if style is not None else None, (None, 0))
        num_pr = p.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            own_id, own_level = num_pr.find(f"{W}numId"), num_pr.find(f"{W}ilvl")
            num_id = own_id.get(f"{W}val") if own_id is not None else num_id
            level = (_ilvl(own_level.get(f"{W}val", "0")) or 0) if own_level is not None else level
        if num_id is None or num_id == "0":
            return None
        fmt = self.formats.get((num_id, level), "decimal")
        if fmt in ("bullet", "none"):
            return None
        top = self.formats.get((num_id, 0), "decimal")
        # a list lettered from its first level is a list of subparagraphs
        depth = level if top == "decimal" else level + 1
        return depth, fmt


def _style_numbering(styles) -> dict[str, tuple[str | None, int]]:
    """Paragraph style id -> (numId, ilvl) it numbers with, following basedOn."""
    if styles is None:
        return {}
    own: dict[str, tuple[str | None, int | None]] = {}
    based: dict[str, str] = {}
    for style in styles.iter(f"{W}style"):
        sid = style.get(f"{W}styleId")
        num_pr = style.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            num_id, ilvl = num_pr.find(f"{W}numId"), num_pr.find(f"{W}ilvl")
            own[sid] = (num_id.get(f"{W}val") if num_id is not None else None,
                        _ilvl(ilvl.get(f"{W}val", "0")) if ilvl is not None else None)
        parent = style.find(f"{W}basedOn")
        if parent is not None:
            based[sid] = parent.get(f"{W}val")
    resolved = {}
    for sid in set(own) | set(based):
        num_id, ilvl, seen, current = None, None, set(), sid
        while current and current not in seen:  # a basedOn loop is a damaged file: stop
            seen.add(current)
            this_id, this_level = own.get(current, (None, None))
            num_id = num_id or this_id
            ilvl = this_level if ilvl is None else ilvl
            current = based.get(current)
        if num_id:
            resolved[sid] = (num_id, ilvl or 0)
    return resolved


# --- body paragraphs ------------------------------------------------------------------
def _on(el) -> bool:
    return el is not None and el.get(f"{W}val", "true") not in ("0", "false", "off")


class _Paragraphs:
    def __init__(self, numbering: _Numbering):
        self.numbering = numbering
        self.bookmarks: dict[str, str] = {}  # bookmark name -> Word footnote id

    def read(self, body) -> list[WordParagraph]:
        # A text box is written twice, for new and for old Word (mc:Choice, mc:Fallback):
        # read it once.
        for fallback in list(body.iter(f"{MC}Fallback")):
            fallback.getparent().remove(fallback)
        out = []
        for p in body.iter(f"{W}p"):  # document order, table cells and text boxes included
            out.append(self._paragraph(p))
        return out

    def _paragraph(self, p) -> WordParagraph:
        para = WordParagraph(list_level=self.numbering.level(p))
        pending_bookmarks: list[str] = []
        field_instr: list[str] | None = None
        skipping_result = False
        for el in p.iter(f"{W}r", f"{W}bookmarkStart", f"{W}fldSimple"):
            if el.tag == f"{W}bookmarkStart":
                pending_bookmarks.append(el.get(f"{W}name", ""))
                continue
            if el.tag == f"{W}fldSimple":
                m = _NOTEREF.match(el.get(f"{W}instr", ""))
                if m and m.group(1) in self.bookmarks:
                    para.pieces.append(Piece(footnote=self.bookmarks[m.group(1)]))
                    for r in el.iter(f"{W}r"):
                        r.set("draftapp-skip", "1")
                continue
            if el.get("draftapp-skip"):
                continue
            rpr = el.find(f"{W}rPr")
            if rpr is not None and _on(rpr.find(f"{W}vanish")):
                continue  # hidden text is not part of the document
            italic = _on(rpr.find(f"{W}i")) if rpr is not None else False
            bold = _on(rpr.find(f"{W}b")) if rpr is not None else False
            for child in el:
                tag = child.tag
                if tag == f"{W}fldChar":
                    kind = child.get(f"{W}fldCharType")
                    if kind == "begin":
                        field_instr = []
                    elif kind == "separate" and field_instr is not None:
                        m = _NOTEREF.match("".join(field_instr))
                        if m and m.group(1) in self.bookmarks:
                            para.pieces.append(Piece(footnote=self.bookmarks[m.group(1)]))
                            skipping_result = True
                        field_instr = None
                    elif kind == "end":
                        field_instr, skipping_result = None, False
                elif tag == f"{W}instrText" and field_instr is not None:
                    field_instr.append(child.text or "")
                elif skipping_result:
                    continue
                elif tag == f"{W}footnoteReference":
                    if child.get(f"{W}customMarkFollows") in ("1", "true", "on"):
                        continue  # "*" notes: the mark is the next run's text
                    note = child.get(f"{W}id")
                    for name in pending_bookmarks:
                        self.bookmarks.setdefault(name, note)
                    pending_bookmarks = []
                    para.pieces.append(Piece(footnote=note))
                elif tag == f"{W}t":
                    para.pieces.append(Piece(child.text or "", italic, bold))
                elif tag in (f"{W}tab", f"{W}br", f"{W}cr"):
                    para.pieces.append(Piece(" ", italic, bold))
                elif tag == f"{W}noBreakHyphen":
                    para.pieces.append(Piece("\u2011", italic, bold))
        return para


def _footnotes(root) -> dict[str, list[Piece]]:
    """Word footnote id -> its pieces (separators and the reference mark left out)."""
    notes: dict[str, list[Piece]] = {}
    if root is None:
        return notes
    reader = _Paragraphs(_Numbering(None))
    for fn in root.iter(f"{W}footnote"):
        if fn.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        pieces: list[Piece] = []
        for p in fn.iter(f"{W}p"):
            if pieces:
                pieces.append(Piece(" "))
            pieces.extend(reader._paragraph(p).pieces)
        notes[fn.get(f"{W}id")] = pieces
    return notes


# --- assembling the draft -----------------------------------------------------------
def _escape(text: str) -> str:
    return _ESCAPE.sub(r"\\\1", text)


def _markup(pieces: list[Piece], numbers: dict[str, int]) -> str:
    """Pieces in the dialect's inline markup: *italic*, **bold**, <sup>n</sup>."""
    merged: list[Piece] = []
    for piece in pieces:
        if piece.footnote is None and merged and merged[-1].footnote is None and \
                (merged[-1].italic, merged[-1].bold) == (piece.italic, piece.bold):
            merged[-1] = Piece(merged[-1].text + piece.text, piece.italic, piece.bold)
        else:
            merged.append(Piece(piece.text, piece.italic, piece.bold, piece.footnote))
    out = []
    for piece in merged:
        if piece.footnote is not None:
            if piece.footnote in numbers:
                out.append(f"<sup>{numbers[piece.footnote]}</sup>")
            continue
        text = re.sub(r"\s+", " ", piece.text)
        core = text.strip()
        if not core:
            out.append(text)
            continue
        mark = "***" if piece.italic and piece.bold else "**" if piece.bold else "*" if piece.italic else ""
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
        out.append(f"{lead}{mark}{_escape(core)}{mark}{trail}")
    return re.sub(r" {2,}", " ", "".join(out)).strip()


def _drop_prefix(pieces: list[Piece], count: int) -> list[Piece]:
    """The pieces without their first `count` characters of text (a typed label) and
    the spaces after it."""
    out: list[Piece] = []
    for piece in pieces:
        if count > 0 and piece.footnote is None:
            cut = min(count, len(piece.text))
            count -= cut
            piece = Piece(piece.text[cut:], piece.italic, piece.bold)
        out.append(piece)
    while out and out[0].footnote is None and not out[0].text.strip():
        out.pop(0)
    if out and out[0].footnote is None:
        out[0] = Piece(out[0].text.lstrip(), out[0].italic, out[0].bold)
    return out


class _DraftBuilder:
    def __init__(self, path: Path, paragraphs: list[WordParagraph], notes: dict[str, list[Piece]], extra_head: list[str]):
        self.path = path
        self.extra_head = extra_head
        # empty paragraphs and rules ("__________" closing a document) carry no text
        self.paragraphs = [p for p in paragraphs if (p.text.strip() and not re.fullmatch(r"[_\s]*", p.text))
                           or any(x.footnote for x in p.pieces)]
        self.notes = notes

    def build(self) -> Draft:
        text = "\n".join(p.text for p in self.paragraphs)
        lang = get_language(detect_language(text))
        organ = next((i for i, p in enumerate(self.paragraphs)
                      if len(p.text.strip()) < 60 and organ_line_language(p.text.strip())), None)
        head_lines: list[str] = []
        body = self.paragraphs
        if organ is not None:
            for p in self.paragraphs[:organ]:
                head_lines += [p.text.strip(), ""]
            body = self.paragraphs[organ + 1:]
        head = read_masthead(head_lines + [""] + self.extra_head, lang)
        cited = [x.footnote for p in body for x in p.pieces if x.footnote in self.notes]
        numbers: dict[str, int] = {}
        for note in cited:
            numbers.setdefault(note, len(numbers) + 1)
        lines = [f"<!-- draftapp\nlanguage: {lang.code}\n-->", lang.organ_line(head.meta.organ)]
        meeting: list[str] = []
        kinds = self._lines(body, lang, numbers, lines, meeting)
        for note, number in numbers.items():
            lines.append(f"<sup>{number}</sup> {_markup(_drop_prefix(self.notes[note], 0), {})}")
        if not kinds:
            raise DraftIOError(self.path, "no paragraphs of a resolution were found in this Word document")
        draft = read_text("\n\n".join(lines) + "\n", str(self.path))
        self._finish(draft, head, kinds, meeting, lang)
        return draft

    def _lines(self, body: list[WordParagraph], lang: Language, numbers, lines: list[str], meeting: list[str]) -> list[tuple[str, str]]:
        """Dialect lines for the body paragraphs; returns each paragraph's (kind, typed label)."""
        meeting_re = words(lang.code).meeting_re
        date_re = words(lang.code).date_re
        counters: list[int] = []
        kinds: list[tuple[str, str]] = []
        in_operative = False
        for index, p in enumerate(body):
            plain = p.text.strip()
            # the date above the meeting, as Chinese has it ("1997年10月28日" / "第37次全体会议")
            date_first = index == len(body) - 2 and date_re.fullmatch(plain) is not None \
                and meeting_re.search(body[-1].text.strip()) is not None
            if len(plain) < 80 and (meeting_re.search(plain) or date_first or (meeting and index == len(body) - 1)) \
                    and index >= len(body) - 2:
                meeting.append(plain)
                continue
            pieces = p.pieces
            label, kind = "", ""
            if p.list_level is not None:
                depth, _ = p.list_level
                counters = (counters + [0] * (depth + 1))[: depth + 1]
                counters[depth] += 1
                if depth == 0:
                    kind, label = "op", lang.labels.operative.format(counters[0])
                else:
                    kind, label = "sub", lang.labels.level(depth).label(counters[depth])
            else:
                op = OPERATIVE_LABEL.match(plain)
                sub = SUB_LABEL.match(plain)
                if op:
                    kind, label = "op", op.group(0).strip()
                elif sub:
                    kind, label = "sub", sub.group(0).strip()
                if kind:
                    lead = len(p.text) - len(p.text.lstrip())
                    pieces = _drop_prefix(pieces, lead + len((op or sub).group(0).rstrip()))
                    if kind == "op":
                        counters = [int(op.group("n"))]
            markup = _markup(pieces, numbers)
            # a heading's bold is the typesetting of headings, not a word set in bold
            heading_markup = _markup([Piece(x.text, x.italic, False, x.footnote) for x in pieces], numbers)
            if not kind and (HEADING.match(plain) or HEADING_WITH_TITLE.match(plain)) and not closed(plain):
                lines.append("#### " + heading_markup)
                kinds.append(("heading", plain))
                continue
            if not kind and kinds and kinds[-1][0] == "heading" and HEADING.match(kinds[-1][1]) \
                    and len(plain) < 150 and not closed(plain):
                # "I" in one paragraph and the section's title in the next: one heading
                lines[-1] += ". " + heading_markup
                kinds[-1] = ("heading", plain)
                continue
            if kind:
                lines.append(f"{label} {markup}")
                kinds.append((kind, label))
                continue
            in_operative = in_operative or any(k == "op" for k, _ in kinds[-2:])
            opening_op = opening(lang.code, plain, "operative") and not opening(lang.code, plain, "preambular")
            kinds.append(("op" if in_operative or opening_op else "pre", ""))
            lines.append("\\" + markup)
        return kinds

    def _finish(self, draft: Draft, head, kinds, meeting: list[str], lang: Language) -> None:
        meta = head.meta
        meta.organ_line = draft.meta.organ_line
        if meta.adoption is not None and meeting:
            meta.adoption.meeting_line = "\n".join(meeting)
        draft.meta, draft.sponsors = meta, head.sponsors
        settle_parts(
            draft,
            preambular=sum(1 for kind, _ in kinds if kind == "pre"),
            sub_labels=[label for kind, label in kinds if kind == "sub"],
        )
        # Star notes are the masthead's: the sponsors note and the provisional agenda.
        cited = self._cited_ids()
        star_texts = ["".join(x.text for x in pieces).strip().lstrip("*").strip()
                      for note, pieces in self.notes.items() if note not in cited]
        if meta.provisional_agenda == "*":
            symbol = next((t for t in star_texts if re.fullmatch(r"[A-Z]/[\w./-]+\.?", t)), "")
            meta.provisional_agenda = symbol.rstrip(".") or meta.provisional_agenda

    def _cited_ids(self) -> set[str]:
        return {x.footnote for p in self.paragraphs for x in p.pieces if x.footnote}
