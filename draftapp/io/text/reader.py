"""Read the reference text dialect (the form of reference/csto-draft-zh.md) into a Draft.

The dialect, block by block (blocks are separated by blank lines):

    <!-- draftapp              optional: metadata the masthead lines cannot carry
    symbol: A/71/L.23          (and "organ-line:", an organ line of the draft's own
    -->                         wording, so that it is found whatever it reads like)
    ## Seventy-first session    the session
    Third Committee             a Main Committee, when there is one
    Agenda item 126 (v)         the agenda item, then its title lines, one block each
    A, B and C:* draft resolution   sponsors, "*" for the sponsors note, the kind label
                                (a separator inside a name that is no State name is
                                escaped: "Korea\\, Republic of"; io/text/sponsors.py)
    ### Title
    *The General Assembly*,     the organ line
    Preambular paragraphs, one block each (a lone "\\": one with no words yet)
    1. Operative paragraphs     "(a)", "(i)", "a.", "i." (or "a)" …) subparagraphs;
                                a label alone: a paragraph with no words yet
    #### I. Heading             an unnumbered heading in the operative part
    <sup>1</sup> Footnote text  wherever it falls
    ---                         a rule: layout noise

Footnote bodies and rules are layout: a paragraph interrupted by them (a page break in
the source) is continued by the next block when it had not ended, or when the next block
starts in lower case. A label's level follows its style (io/text/levels.py); where a label
reads two ways, indentation decides, as on the page: the writer indents an Arabic
fourth-level "2 -" and the roman items under "(h)" (whose next letter is "(i)").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from draftapp.io.errors import DraftIOError
from draftapp.io.validate import MAX_PARAGRAPH_CHARS
from draftapp.lang import LANGUAGES, Language, apostrophes, get_language
from draftapp.lang.script import is_cjk, script_language
from draftapp.lang.ibid import ibid_test
from draftapp.model import footnote_repeats
from draftapp.model import (
    ORGANS,
    OPERATIVE,
    Adoption,
    CrossRef,
    PREAMBLE,
    AgendaItem,
    Draft,
    Footnote,
    Metadata,
    Paragraph,
    Text,
    labels,
)
from draftapp.io.text.inline import FOOTNOTE_NUMBER, escape, parse_inline
from draftapp.io.text.levels import NUMBERED, arabic_letters, sublevel
from draftapp.io.text.sponsors import read_sponsors

META_KEYS = {
    "language": "language",
    "organ": "organ",
    "symbol": "symbol",
    "distribution": "distribution",
    "date": "date",
    "original": "original_language",
    "job": "job_number",
    "job-date": "job_date",
    "kind": "kind",
    "amends": "amends",
    "provisional-agenda": "provisional_agenda",
    "based-on": "based_on",
    "footnote-repeats": "footnote_repeats",
    "organ-line": "organ_line",
}
#: Header keys for what an adopted resolution carries (Metadata.adoption).
ADOPTION_KEYS = {
    "adopted": "adopted_line",
    "adoption-reference": "reference_line",
    "resolution-number": "number",
    "meeting": "meeting_line",
}

_FRONT = re.compile(r"\A\s*<!--\s*draftapp\s*\n(?P<body>.*?)-->\s*\n?", re.S)
_RULE = re.compile(r"^\s*(-{3,}|_{3,}|\*{3,})\s*$")
_FOOTNOTE_BODY = re.compile(rf"^\s*<sup>\s*({FOOTNOTE_NUMBER})\s*</sup>\s?(.*)$")
#: A paragraph whose text starts like this would be read as something else: escape it.
LOOKS_LIKE_SYNTAX = re.compile(
    # a label followed by text or alone (a label alone is read as an empty paragraph)
    r"^(\d{1,3}(\.|\s-)(\s|$)|\(?[a-z]{1,3}[.)](\s|$)|\([ivxlc\d\u0621-\u064a]{1,6}\)(\s|$)|#|<sup>|-{3,}|_{3,}|\\"
    r"|’\d{1,2}‘(\s|$)|" + arabic_letters("ar") + r" -(\s|$))"
)
_HEADING = re.compile(r"^\s*####(?:\s+|$)(.*)$")  # "####" alone: a heading with no words yet
_TITLE = re.compile(r"^\s*###\s+(.*)$")
_SESSION_MARK = re.compile(r"^\s*##\s+(.*)$")


def escape_header(value: str) -> str:
    """A header value as written: `\\` and `>` escaped, so that `-->` cannot end the header."""
    return re.sub(r"[\\>]", lambda m: "\\" + m.group(), value)


def unescape_header(value: str) -> str:
    return re.sub(r"\\([\\>])", r"\1", value)


def _agenda_list_pattern() -> re.Pattern:
    """Between agenda item numbers: the list separators and last-item words of every
    language ("12 and 14", "12 et 14", "12和14", "12 و14"). A word needs a space before
    it, so that sub-item "(y)" is not cut at Spanish "y"."""
    pieces = set()
    for code in LANGUAGES:
        punct = get_language(code).punct
        for sep in (punct.list_separator, punct.list_last):
            word = sep.strip()
            if not word.isalpha() or sep == word:  # a mark, or a word written solid (和)
                pieces.add(re.escape(word))
            else:
                pieces.add(r"\s" + re.escape(word) + (r"\s" if sep.endswith(" ") else ""))
    return re.compile(r"\s*(?:" + "|".join(sorted(pieces, key=len, reverse=True)) + r")\s*")


_AGENDA_LIST = _agenda_list_pattern()
#: Marks that end a paragraph or a clause in any of the languages.
_CLOSING_MARKS = "".join(sorted({
    getattr(get_language(code).punct, name).strip()
    for code in LANGUAGES
    for name in ("preamble_end", "operative_end", "final_end", "intro_end", "subparagraph_end")
})) + "!?)）"


def join_lines(left: str, right: str) -> str:
    """Join two pieces of one paragraph cut at a line or page end: no space between two
    CJK characters or after a hyphen, one space otherwise."""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left + right
    if is_cjk(left[-1]) and is_cjk(right[0]):
        return left + right
    if left.endswith("-") and not left.endswith(" -"):
        return left + right
    return left + " " + right


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


#: markup characters, which the masthead lines are read without
MARKUP = re.compile(r"[*\\]")


def _plain(text: str) -> str:
    """A line without markup, for recognising masthead lines."""
    return unicodedata.normalize("NFC", MARKUP.sub("", text)).strip().translate(apostrophes.FOLD)  # "L’Assemblée" as "L'Assemblée"


@dataclass
class _Item:
    """A paragraph being read: where it goes and its raw dialect text."""

    part: str  # preamble, operative or heading
    depth: int = 0  # 0 for a top-level paragraph, 1 for (a), …
    label: str = ""
    style: str = ""
    text: str = ""
    children: list["_Item"] = field(default_factory=list)
    indent: int = 0  # the label line's leading spaces


class TextReader:
    def __init__(self, source: str, path: str | None = None):
        self.path = path
        self.source = source.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")

    # --- entry point ----------------------------------------------------------------
    def read(self) -> Draft:
        text, front = self._front_matter(self.source)
        blocks = self._blocks(text)
        meta = Metadata()
        language = front.pop("language", None)
        for key, value in front.items():
            if key in ADOPTION_KEYS:
                meta.adoption = meta.adoption or Adoption()
                # a line break inside a header value is written as " / "
                setattr(meta.adoption, ADOPTION_KEYS[key], value.replace(" / ", "\n"))
            else:
                setattr(meta, META_KEYS[key], value)
        # the header's copy of an own-wording organ line, as written, finds its block
        declared = get_language(language) if language else None
        own_line = organ_line_as_written(meta.organ_line, declared) if meta.organ_line and declared else ""
        body_start, head = self._find_body(blocks, own_line, whole_text=bool(front))
        if [own_line] not in head:
            meta.organ_line = ""  # the masthead's line was edited since: the masthead says
        detected = self._detect_language(head, blocks[body_start:], language)
        lang = get_language(detected)
        sponsors = self._read_head(head, meta, lang, own_line)
        draft = Draft(language=detected, meta=meta, sponsors=sponsors)
        self._read_body(blocks[body_start:], draft, lang)
        if not front and language is None:
            # a text without our header (pasted, hand-written): the style of what it does;
            # with the header, the header says it (absent: the default, current practice)
            footnote_repeats.set_detected(draft, ibid_test(detected))
        return draft

    # --- layout ---------------------------------------------------------------------
    def _front_matter(self, text: str) -> tuple[str, dict]:
        m = _FRONT.match(text)
        if not m:
            return text, {}
        values: dict[str, str] = {}
        # lines end at "\n" only, as the writer ends them: a NEL or U+2028 inside a
        # value (a meeting line copied from a PDF) is part of the value
        for line in m.group("body").split("\n"):
            if not line.strip():
                continue
            key, sep, value = line.partition(":")
            key = key.strip().lower()
            if not sep or (key not in META_KEYS and key not in ADOPTION_KEYS):
                raise DraftIOError(self.path, f"unknown line in the draftapp header: {line.strip()!r}")
            values[key] = unescape_header(value.strip())
        if "language" in values and values["language"] not in LANGUAGES:
            raise DraftIOError(self.path, f"unknown language {values['language']!r} in the draftapp header")
        if "organ" in values and values["organ"] not in ORGANS:
            # (before the masthead looks the organ up)
            raise DraftIOError(self.path, f"unknown organ {values['organ']!r} in the draftapp header (expected one of {', '.join(ORGANS)})")
        return text[m.end():], values

    @staticmethod
    def _blocks(text: str) -> list[list[str]]:
        blocks: list[list[str]] = []
        current: list[str] = []
        for line in text.split("\n"):
            if line.strip():
                current.append(line.rstrip())
            elif current:
                blocks.append(current)
                current = []
        if current:
            blocks.append(current)
        return blocks

    # --- masthead -------------------------------------------------------------------
    def _find_body(self, blocks: list[list[str]], own_organ_line: str = "",
                   whole_text: bool = False) -> tuple[int, list[list[str]]]:
        """Index of the first body block and the masthead blocks before it. The body
        starts after the organ line: the header's own-wording one, else a standard one;
        with no organ line, after the title; with neither, the whole text is body.
        The masthead is looked for in the first 40 blocks (a line deep in a pasted text
        that reads like an organ line does not end a masthead), or in the whole text of
        a file with the draftapp header: the writer always writes the organ line, after
        however many agenda title lines a draft holds."""
        head = blocks if whole_text else blocks[:40]
        title = next((i for i, block in enumerate(head) if _TITLE.match(block[0])), None)
        if own_organ_line:
            # the writer puts it after the title: an agenda title of the same words
            # comes before the title
            matches = [i for i, block in enumerate(head) if block == [own_organ_line]]
            after_title = [i for i in matches if title is None or i > title]
            if matches:
                i = (after_title or matches)[0]
                return i + 1, blocks[: i + 1]
        for i, block in enumerate(head):
            # (a line marked "\" is a paragraph or an agenda title that only reads like one)
            if len(block) == 1 and reads_as_organ_line(block[0]) and not block[0].lstrip().startswith("\\"):
                return i + 1, blocks[: i + 1]
        if title is not None:
            # The organ line, in a form we do not know, follows the title.
            after = blocks[title + 1] if title + 1 < len(blocks) else None
            if after is not None and len(after) == 1 and len(after[0]) < 80 and not NUMBERED.match(after[0]):
                return title + 2, blocks[: title + 2]
            return title + 1, blocks[: title + 1]
        return 0, []

    def _detect_language(self, head, body, declared: str | None) -> str:
        if declared:
            return declared
        from draftapp.lang.ordinals import session_number

        for block in head:
            found = session_number(_plain(" ".join(block)).lstrip("#").strip())
            if found:
                return found[1]
        for block in head:
            plain = _plain(block[0])
            for code in LANGUAGES:
                if plain in {_plain(line) for line in get_language(code).organ_lines()}:
                    # French, Spanish and English organ lines are unique to each.
                    return code
        sample = " ".join(" ".join(b) for b in (head + body)[:30])
        code, count = script_language(sample)
        return code if count > 20 else "en"

    def _read_head(self, head: list[list[str]], meta: Metadata, lang: Language, own_organ_line: str = "") -> list[str]:
        from draftapp.lang.ordinals import session_number
        from draftapp.lang.state_history import is_state_name

        sponsors: list[str] = []
        organ_lines = {_plain(line): line for line in lang.organ_lines()}
        kind_labels = {label: kind for kind, label in lang.kinds().items()}
        committees = {_plain(lang.committee_name(o)): o for o in lang.data["organs"] if lang.committee_name(o)}
        agenda_re = _AgendaMatcher(lang)
        state = "start"
        for n, block in enumerate(head):
            joined = " ".join(line.strip() for line in block)
            plain = _plain(joined)
            # the header's, as written: the block the masthead ends with (_find_body)
            if own_organ_line and n == len(head) - 1 and block == [own_organ_line]:
                state = "organ"
                continue
            if state == "agenda" and meta.agenda and block[0].lstrip().startswith("\\ "):
                # the writer marks with "\ " an agenda title line that reads like
                # another masthead line ("### …", "…: draft resolution", "Third Committee")
                _add_agenda_title(meta.agenda, _unescape(joined.strip()).strip())
                continue
            session_mark = _SESSION_MARK.match(block[0])
            title = _TITLE.match(block[0])
            if session_mark or (state == "start" and session_number(plain)):
                found = session_number(_plain(session_mark.group(1) if session_mark else plain))
                if found:
                    meta.session = found[0]
                continue
            if plain in committees:
                meta.organ = committees[plain]
                continue
            # a line ending in the kind label is the sponsors line, even when its first
            # name makes it look like an agenda line ("Agenda item Andorra, …: draft resolution")
            kind = self._kind_of(_unescape(joined).strip(), kind_labels)
            agenda = None if kind else agenda_re.match(plain)
            if agenda and state in ("start", "agenda"):
                found, provisional = agenda
                numbers = _AGENDA_LIST.split(found.group("numbers").rstrip("*"))
                meta.agenda = [AgendaItem(n.strip()) for n in numbers if n.strip()]
                if provisional:
                    meta.provisional_agenda = meta.provisional_agenda or "*"
                state = "agenda"
                continue
            if title:
                meta.title = _unescape(title.group(1).strip())
                state = "title"
                continue
            if plain in organ_lines:
                if _plain(lang.organ_line(meta.organ)) != plain:
                    meta.organ = next(o for o, d in lang.data["organs"].items() if _plain(d["line"]) == plain)
                # The organ's standard line is implied by the organ; only other wording is kept.
                meta.organ_line = ""
                state = "organ"
                continue
            if kind and state in ("start", "agenda"):
                meta.kind, names = kind
                # the names as written, escapes in them: an escaped separator does not cut
                raw = self._kind_of(joined.strip(), kind_labels)
                names = raw[1] if raw and raw[0] == meta.kind else escape(names)
                names, meta.sponsors_note = _strip_sponsors_ending(names, lang)
                sponsors = read_sponsors(names, lang, is_state_name)
                state = "sponsors"
                continue
            if state == "agenda" and meta.agenda:
                _add_agenda_title(meta.agenda, _unescape(joined.strip()).strip())
                continue
            if state in ("title", "sponsors") and not meta.organ_line and len(block) == 1:
                meta.organ_line = joined.strip()
                if meta.organ_line.startswith("\\"):  # escaped by the writer: it reads like a paragraph
                    meta.organ_line = meta.organ_line[1:]
                state = "organ"
                continue
            raise DraftIOError(self.path, f"cannot place this masthead line: {joined[:80]!r}")
        return sponsors

    @staticmethod
    def _kind_of(plain: str, kind_labels: dict[str, str]) -> tuple[str, str] | None:
        # longest label first: "revised draft resolution" before "draft resolution"
        for label in sorted(kind_labels, key=len, reverse=True):
            if plain.endswith(label):
                before = plain[: -len(label)].rstrip()
                if before.endswith((":", "：", "*")) or not before:
                    return kind_labels[label], before
        return None

    # --- body -----------------------------------------------------------------------
    def _read_body(self, blocks: list[list[str]], draft: Draft, lang: Language) -> None:
        items: list[_Item] = []
        footnote_bodies: dict[int, str] = {}
        stack: list[_Item] = []  # open items: [top, (a), (i) …]
        current: _Item | None = None
        current_fn: int | None = None
        interrupted = False  # a footnote block or rule came since the last paragraph line
        in_preamble = True  # until an operative paragraph or heading

        def closed(item: _Item) -> bool:
            end = re.sub(r"(<sup>\s*\d+\s*</sup>|\s|\*)+$", "", item.text)
            return bool(end) and end[-1] in _CLOSING_MARKS

        for block in blocks:
            first_line = True
            for line in block:
                if _RULE.match(line):
                    interrupted = True
                    current_fn = None
                    continue
                fn = _FOOTNOTE_BODY.match(line)
                if fn:
                    current_fn = int(fn.group(1))
                    footnote_bodies.setdefault(current_fn, fn.group(2).strip())
                    interrupted = True
                    continue
                if current_fn is not None and not first_line:
                    footnote_bodies[current_fn] = join_lines(footnote_bodies[current_fn], line)
                    self._bounded(footnote_bodies[current_fn], "footnote")
                    continue
                current_fn = None
                new = self._classify(line, stack)
                if new is None:
                    stripped = line.strip()
                    lone_backslash = stripped.startswith("\\") and not stripped[1:].strip()
                    if stripped.startswith("\\"):
                        stripped = stripped[1:]
                    if lone_backslash and not (first_line and in_preamble):
                        continue  # a lone backslash escapes nothing
                    if lone_backslash:
                        # a block of its own in the preamble: a paragraph with no words yet
                        current = _Item(PREAMBLE, text="")
                        items.append(current)
                        stack = [current]
                    elif current is not None and self._continues(current, first_line, interrupted, stripped, closed):
                        current.text = join_lines(current.text, stripped)
                        self._bounded(current.text, "paragraph")
                    else:
                        current = _Item(PREAMBLE if in_preamble else OPERATIVE, text=stripped)
                        items.append(current)
                        stack = [current]
                else:
                    current = new
                    if new.depth == 0:
                        items.append(new)
                        in_preamble = in_preamble and new.part == PREAMBLE
                        stack = [new] if new.part != "heading" else []
                    else:
                        parent = stack[new.depth - 1] if len(stack) >= new.depth else (stack[-1] if stack else None)
                        if parent is None:
                            raise DraftIOError(self.path, f"a subparagraph comes before any paragraph: {line.strip()[:60]!r}")
                        parent.children.append(new)
                        stack = stack[: new.depth] + [new]
                    if new.part == "heading":
                        current = None
                interrupted = False
                first_line = False
            current_fn = None
        self._build(draft, items, footnote_bodies, lang)

    def _bounded(self, text: str, what: str) -> None:
        """A paragraph growing past any draft's is refused as it is read (joining its
        lines one by one would otherwise cost the square of its length)."""
        if len(text) > MAX_PARAGRAPH_CHARS:
            raise DraftIOError(self.path, f"a {what} runs on past {MAX_PARAGRAPH_CHARS:,} characters "
                                          "(lines that are not numbered paragraphs join the one before)")

    @staticmethod
    def _continues(current: _Item, first_line: bool, interrupted: bool, text: str, closed) -> bool:
        """Whether unlabelled text goes on with the paragraph being read: a wrapped line
        within a block does; in the preamble a new block is a new paragraph unless a page
        break (footnotes, a rule) cut an unfinished one; in the operative part every
        paragraph is labelled, so unlabelled text belongs to the one before it."""
        if not first_line or current.part != PREAMBLE:
            return True
        return interrupted and (not closed(current) or text[:1].islower())

    def _classify(self, line: str, stack: list[_Item]) -> _Item | None:
        heading = _HEADING.match(line)
        if heading:
            return _Item("heading", text=heading.group(1).strip())
        if line.lstrip().startswith("\\"):
            return None
        level = sublevel(line, stack)
        if level:
            return _Item(stack[0].part, depth=level.depth, label=level.label, style=level.style,
                         text=line[level.end:].strip(), indent=len(line) - len(line.lstrip()))
        number = NUMBERED.match(line)
        if number:
            return _Item(OPERATIVE, label=number.group(0).strip(), text=line[number.end():].strip())
        return None

    # --- assembling the draft -------------------------------------------------------
    def _build(self, draft: Draft, items: list[_Item], bodies: dict[int, str], lang: Language) -> None:
        footnote_ids: dict[int, str] = {}
        for number in sorted(bodies):
            note = Footnote()
            footnote_ids[number] = note.id
            note.runs = parse_inline(bodies[number], self._missing_footnote, lambda a: a)
            draft.footnotes.append(note)

        def footnote(n: int) -> str:
            return footnote_ids.get(n) or f"missing-{n}"

        def make(item: _Item) -> Paragraph:
            p = Paragraph(heading=item.part == "heading", typed_label=item.label or None)
            p.runs = parse_inline(item.text, footnote, lambda anchor: anchor)
            p.children = [make(child) for child in item.children]
            return p

        for item in items:
            paragraph = make(item)
            if item.part == PREAMBLE and item.text and not paragraph.children and not paragraph.text.strip() \
                    and all(isinstance(run, Text) for run in paragraph.runs):
                continue  # "**" holds no words: no paragraph (an empty one is written "\\")
            if item.part == PREAMBLE:
                draft.preamble.append(paragraph)
            else:
                draft.operative.append(paragraph)
        # Cross-reference anchors name positions ("op-5-1"); turn them into ids now that
        # every paragraph exists.
        for p in draft.paragraphs():
            for run in p.runs:
                if isinstance(run, CrossRef):
                    run.target_id = resolve_anchor(draft, run.target_id)
        # Keep typed labels only where they disagree with the derived numbering: that is
        # what the numbering check reports; matching labels carry no information.
        derived = labels(draft, lang.labels)
        for p in draft.paragraphs():
            if p.typed_label is not None and _squash(p.typed_label) == _squash(derived.get(p.id, "")):
                p.typed_label = None

    @staticmethod
    def _missing_footnote(n: int) -> str:
        return f"missing-{n}"


def _add_agenda_title(items: list[AgendaItem], title: str) -> None:
    """Title lines of the agenda item: one per block, spread over the items."""
    target = items[0] if len(items) == 1 else next((it for it in items if not it.titles), items[-1])
    target.titles.append(title)


@lru_cache(maxsize=1)
def _standard_organ_lines() -> frozenset[str]:
    return frozenset(_plain(line) for code in LANGUAGES for line in get_language(code).organ_lines())


def reads_as_organ_line(line: str) -> bool:
    """Whether `line` reads as a standard organ line in any language ("*The General
    Assembly*,", "大会，"): the writer escapes a paragraph that does."""
    return _plain(line) in _standard_organ_lines()


def organ_line_as_written(organ_line: str, lang: Language) -> str:
    """An organ line of the draft's own wording as the writer writes it: escaped with a
    leading "\\" when it reads like a paragraph ("1.") or another masthead line (the
    sponsors line, a title), so that the header's copy finds this block and no other."""
    if LOOKS_LIKE_SYNTAX.match(organ_line) or reads_as_masthead_line(organ_line, lang) or reads_as_organ_line(organ_line):
        return "\\" + organ_line
    return organ_line


def reads_as_masthead_line(line: str, lang: Language) -> bool:
    """Whether an agenda title `line` (as written, escaped) would be read as another
    masthead line: the title or session mark, a Main Committee, an agenda line, the
    organ line or the sponsors line. The writer marks such a line with "\\ "."""
    if line.lstrip().startswith(("#", "\\ ")):  # any heading mark, even "#" alone
        return True
    plain = _plain(line)
    committees = {lang.committee_name(o) for o in lang.data["organs"]}
    unescaped = _unescape(line).strip()
    kinds = tuple(lang.kinds().values())
    # (any language's organ line: the masthead ends at the first one, whatever its language)
    return (plain in committees or reads_as_organ_line(line) or _AgendaMatcher(lang).match(plain) is not None
            or unescaped.endswith(kinds))


class _AgendaMatcher:
    """Recognises "Agenda item 74", "Agenda items 12 and 14", "Item 35 of the provisional
    agenda*" from the language's own patterns."""

    def __init__(self, lang: Language):
        self.patterns = []
        # the provisional form first: "Пункт 35 предварительной повестки дня" also fits
        # the plain pattern, with "35 предварительной" as the item
        for key in ("provisional_agenda", "agenda_plural", "agenda"):
            before, _, after = apostrophes.fold(lang.data[key]).partition("{}")  # as _plain reads
            body = re.escape(before.replace("*", "")) + r"\*?(?P<numbers>.+?)" + re.escape(after) + r"\*?"
            self.patterns.append((re.compile("^" + body + "$"), key == "provisional_agenda"))

    def match(self, text: str) -> "re.Match | None":
        for pattern, provisional in self.patterns:
            m = pattern.match(text)
            if m:
                return m, provisional
        return None


def _strip_sponsors_ending(names: str, lang: Language) -> tuple[str, bool]:
    """"A and B:*" -> ("A and B", True): the colon and the star of the sponsors note,
    in either order, come off the list of names."""
    note = False
    colons = (lang.punct.label_colon.strip(), ":", "：")
    names = names.rstrip()
    while names.endswith(("*",) + colons):
        if names.endswith("*"):
            note = True
            names = names[:-2] if names.endswith("\\*") else names[:-1]  # written escaped: "\*"
            names = names.rstrip()
        else:
            names = names[:-1].rstrip()
    return names, note


def _squash(label: str) -> str:
    return re.sub(r"\s+", "", label)


def anchor_for(draft: Draft, paragraph_id: str) -> str:
    """The dialect anchor of a paragraph: "op-5" for operative paragraph 5 (counted
    among all top-level operative entries), "op-5-2" for its second subparagraph."""
    part, indices = draft.path(paragraph_id)
    prefix = "op" if part == OPERATIVE else "pp"
    return "-".join([prefix, str(indices[0] + 1)] + [str(i + 1) for i in indices[1:]])


def resolve_anchor(draft: Draft, anchor: str) -> str:
    m = re.fullmatch(r"(op|pp)-(\d+(?:-\d+)*)", anchor)
    if not m:
        return anchor  # an id from another source: left as is, reported by the checks
    part = OPERATIVE if m.group(1) == "op" else PREAMBLE
    indices = tuple(int(i) - 1 for i in m.group(2).split("-"))
    try:
        return draft.at_path(part, indices).id
    except (IndexError, ValueError):
        return anchor


def read_text(source: str, path: str | None = None) -> Draft:
    from draftapp.io.text.annex import footnote_map, read_annexes, split_annexes

    # line ends of every kind (CR LF, a lone CR) before anything is cut into lines,
    # annex sections included
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    main, sections = split_annexes(source)
    draft = TextReader(main, path).read()
    if sections:  # "# Annex" sections after the operative part (io/text/annex.py)
        numbers = {int(fn.group(1)) for fn in map(_FOOTNOTE_BODY.match, main.split("\n")) if fn}
        notes = footnote_map(draft, sorted(numbers))
        read_annexes(draft, sections, lambda n: notes[n].id if n in notes else f"missing-{n}",
                     lambda text, footnote: parse_inline(text, footnote, lambda a: a))
        for annex in draft.annexes:  # an annex citing "[5](#op-5)" of the resolution
            for p in annex.walk():
                for run in p.runs:
                    if isinstance(run, CrossRef):
                        run.target_id = resolve_anchor(draft, run.target_id)
    return draft
