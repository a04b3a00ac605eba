"""A piece of a draft on the clipboard: clauses with their levels, the footnotes they
cite and what their cross-references showed. No Qt, no I/O.

The editor puts a fragment on the clipboard as JSON (MIME type `FRAGMENT_MIME`), the
paragraphs in the form of the native .draft file (`io/native`), so that clauses copied in
one Draftapp window paste as clauses at their levels in this or another window, footnote
bodies included. Text from other programs (a PDF, a web page, Word) becomes a fragment
by the importer's rules (`fragment_from_text`).
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field

from draftapp.io.native import _Shape, _expect, _paragraph_from_json, _paragraph_to_json, _run_to_json, _runs
from draftapp.model import OBJECT_CHAR, CrossRef, Draft, Footnote, FootnoteRef, Paragraph, Run, Text, split_runs

FRAGMENT_MIME = "application/x-draftapp-fragment"
FORMAT = "draftapp-fragment"
VERSION = 1
MAX_CLIPBOARD_CHARS = 10 * 1024 * 1024

#: a line that starts with a paragraph label: "1.", "1 -" (Arabic), "1．", "(a)", "a)", "(iv)", "a."
_LABELLED = re.compile(r"^\s*(\d{1,3}\s*[.．、]|\d{1,3}\s+-\s|\(?[a-z]{1,4}\)\s|[a-z]\.\s|\([a-z]{1,4}\)|\(?[ivx]+\))",
                       re.MULTILINE)
#: how a paragraph ends when it has ended (a wrapped line has not)
_ENDED = tuple(",;:.!?，；：。！？،؛")


@dataclass
class Fragment:
    """`blocks`: (depth, paragraph) in document order, the paragraphs without children;
    `footnotes`: the bodies of the footnotes the blocks cite; `references`: the number
    each cross-reference showed (what it becomes where its target does not exist)."""

    blocks: list[tuple[int, Paragraph]] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    references: dict[str, str] = field(default_factory=dict)
    language: str = ""
    #: for a text the importer read: where its operative paragraphs start (None: one part)
    operative_from: int | None = None

    def by_part(self) -> list[tuple[str, "Fragment"]]:
        """[(part, fragment)]: an imported resolution's preambular and operative
        paragraphs apart (for a blank draft); otherwise the whole fragment, part None."""
        cut = self.operative_from
        if cut is None or not 0 < cut < len(self.blocks):
            return [(None, self)]
        pieces = []
        for part, blocks in (("preamble", self.blocks[:cut]), ("operative", self.blocks[cut:])):
            pieces.append((part, Fragment(blocks=blocks, footnotes=self.footnotes, references=self.references,
                                          language=self.language)))
        return pieces


# --- a selection of a draft -----------------------------------------------------------
def _blocks(paragraphs: list[Paragraph], depth: int = 0):
    for p in paragraphs:
        yield p, depth
        yield from _blocks(p.children, depth + 1)


def cut_fragment(draft: Draft, part: str, start: tuple[str, int], end: tuple[str, int],
                 reference=lambda target: "") -> Fragment:
    """The fragment from (paragraph id, offset) to (paragraph id, offset) in one part;
    `reference(target_id)` is the number a cross-reference shows."""
    blocks = list(_blocks(draft.part(part)))
    ids = [p.id for p, _ in blocks]
    first, last = ids.index(start[0]), ids.index(end[0])
    if (first, start[1]) > (last, end[1]):
        first, last, start, end = last, first, end, start
    out = Fragment(language=draft.language)
    for i in range(first, last + 1):
        p, depth = blocks[i]
        length = len(p.flat_text())
        lo = start[1] if i == first else 0
        hi = end[1] if i == last else length
        _, runs = split_runs(p.runs, lo)
        runs, _ = split_runs(runs, hi - lo)
        whole = lo == 0 and hi == length
        out.blocks.append((depth, Paragraph(runs=copy.deepcopy(runs), id=p.id, heading=p.heading and whole)))
    cited = []
    for _, p in out.blocks:
        for run in p.runs:
            if isinstance(run, FootnoteRef) and run.footnote_id not in cited:
                cited.append(run.footnote_id)
            elif isinstance(run, CrossRef):
                out.references[run.target_id] = reference(run.target_id)
    bodies = {f.id: f for f in draft.footnotes}
    out.footnotes = [copy.deepcopy(bodies[fid]) for fid in cited if fid in bodies]
    return out


def plain_text(fragment: Fragment, labels: dict[str, str] | None = None,
               footnote_numbers: dict[str, int] | None = None, whole_first: bool = False) -> str:
    """The fragment for other programs: one line a clause, each clause that starts in the
    selection with its number or letter when the selection spans clauses; footnote
    citations as their numbers, cross-references as the number they show."""
    labels = labels or {}
    numbers = footnote_numbers or {}
    lines = []
    several = len(fragment.blocks) > 1
    for i, (_depth, p) in enumerate(fragment.blocks):
        words = []
        for run in p.runs:
            if isinstance(run, Text):
                words.append(run.text)
            elif isinstance(run, FootnoteRef):
                words.append(str(numbers.get(run.footnote_id, "")))
            else:
                words.append(fragment.references.get(run.target_id, ""))
        label = labels.get(p.id, "")
        starts_here = i > 0 or whole_first
        prefix = f"{label} " if several and label and starts_here else ""
        lines.append(prefix + "".join(words))
    return "\n".join(lines)


# --- JSON -------------------------------------------------------------------------------
def fragment_to_json(fragment: Fragment) -> str:
    return json.dumps({
        "format": FORMAT,
        "version": VERSION,
        "language": fragment.language,
        "blocks": [{"depth": d, "paragraph": _paragraph_to_json(p)} for d, p in fragment.blocks],
        "footnotes": [{"id": f.id, "runs": [_run_to_json(r) for r in f.runs]} for f in fragment.footnotes],
        "references": dict(fragment.references),
    }, ensure_ascii=False)


def fragment_from_json(text: str) -> Fragment:
    """The fragment a Draftapp window put on the clipboard; ValueError (with what is
    wrong) for anything else."""
    if len(text) > MAX_CLIPBOARD_CHARS:
        raise ValueError("the copied text is too large to paste")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ValueError(f"the copied clauses are damaged ({e.msg})") from None
    try:
        _expect(data, dict, "fragment")
        if data.get("format") != FORMAT:
            raise _Shape("it is not a Draftapp fragment")
        if not isinstance(data.get("version"), int) or data["version"] > VERSION:
            raise _Shape("it comes from a newer Draftapp")
        out = Fragment(language=_expect(data.get("language", ""), str, "language"))
        for i, block in enumerate(_expect(data.get("blocks", []), list, "blocks")):
            _expect(block, dict, f"blocks[{i}]")
            depth = _expect(block.get("depth", 0), int, f"blocks[{i}].depth")
            paragraph = _paragraph_from_json(block.get("paragraph"), f"blocks[{i}].paragraph")
            paragraph.children = []
            out.blocks.append((max(0, min(depth, 20)), paragraph))
        for i, f in enumerate(_expect(data.get("footnotes", []), list, "footnotes")):
            _expect(f, dict, f"footnotes[{i}]")
            out.footnotes.append(Footnote(runs=_runs(f.get("runs", []), f"footnotes[{i}].runs"),
                                          id=_expect(f.get("id"), str, f"footnotes[{i}].id")))
        for target, shown in _expect(data.get("references", {}), dict, "references").items():
            out.references[target] = _expect(shown, str, f"references.{target}")
    except _Shape as e:
        raise ValueError(f"the copied clauses cannot be pasted: {e}") from None
    return out


# --- text from other programs ----------------------------------------------------------
def fragment_from_text(text: str) -> Fragment:
    """Text copied from a PDF, a web page or Word. Text in our dialect, or with paragraph
    labels at line starts ("1.", "(a)", "1 -"), is read by the importer (io/text,
    io/pdftext): labels give the levels, wrapped lines join, glued footnote digits with
    their bodies become citations. Other text makes one clause a line, a line that has
    not ended joining the next one (the importer's rule for a wrapped line); one line is
    just words."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n").replace(OBJECT_CHAR, "")
    if len(text) > MAX_CLIPBOARD_CHARS:
        raise ValueError("the copied text is too large to paste")
    lines = [line for line in text.split("\n")]
    filled = [line for line in lines if line.strip()]
    if len(filled) <= 1:
        words = filled[0].strip("\n") if filled else ""
        return Fragment(blocks=[(0, Paragraph(runs=[Text(words)] if words else []))])
    draft = _imported(text)
    if draft is not None:
        blocks = list(_blocks(draft.preamble)) + list(_blocks(draft.operative))
        if blocks:
            out = Fragment(language=draft.language, footnotes=list(draft.footnotes),
                           operative_from=len(list(_blocks(draft.preamble))))
            for p, depth in blocks:
                p.children = []
                out.blocks.append((depth, p))
            return out
    return Fragment(blocks=[(0, Paragraph.of(t)) for t in _joined_lines(lines)])


def _imported(text: str) -> Draft | None:
    from draftapp.io.pdftext import looks_like_dialect, read_pdf_text
    from draftapp.io.text import read_text

    try:
        if looks_like_dialect(text):
            return read_text(text)
        if _LABELLED.search(text):
            return read_pdf_text(_numbered_from_one(text))
    except Exception:  # noqa: BLE001 - a text the importer cannot read is pasted line by line
        return None
    return None


_NUMBER = re.compile(r"^(\s*)(\d{1,3})(?=\s*[.．、]|\s+-\s)", re.MULTILINE)


def _numbered_from_one(text: str) -> str:
    """Paragraphs 4 and 5 copied from a draft: the importer takes numbers in sequence
    from 1, so the copied numbers are shifted to start there (the pane renumbers them)."""
    first = _NUMBER.search(text)
    if first is None or int(first.group(2)) <= 1:
        return text
    shift = int(first.group(2)) - 1
    return _NUMBER.sub(lambda m: m.group(1) + str(max(1, int(m.group(2)) - shift)), text)


def _joined_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    open_ = False  # the last line has not ended and no blank line followed it
    for raw in lines:
        line = raw.strip()
        if not line:
            open_ = False
            continue
        if out and open_:
            cjk = "\u3000" <= out[-1][-1] <= "\u9fff" or "\u3000" <= line[0] <= "\u9fff"
            out[-1] += ("" if cjk else " ") + line
        else:
            out.append(line)
        open_ = not out[-1].endswith(_ENDED)
    return out


def runs_length(runs: list[Run]) -> int:
    return sum(len(r.text) if isinstance(r, Text) else 1 for r in runs)
