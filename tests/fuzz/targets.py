"""The fuzzers of issue 18, shared by the test suite (tests/fuzz/test_fuzz_targets.py,
a fixed budget) and scripts/fuzz.py (as long as asked).

A target is a reader (`draft`, `text`, `pdftext`, `docx`) or a stage (`check`,
`export`). Reader cases are files made by mutating real seeds (the examples, the
fixtures, exports of them): bytes, lines and JSON values inserted, deleted, duplicated
and swapped, with pieces that broke Draftapp before (control characters, surrogates,
U+FFFE, `-->`, labels, `<sup>`, Word list levels …). Stage cases are random drafts.

`run_case(target, data)` is the property: the file is read through
`formats.read_draft`; a refusal must be a DraftIOError naming the file; a draft read
must check without a failing rule and round-trip through the .draft format and the
DOCX export (equal drafts), and through the text dialect: equal drafts for what was read
from text, and for any other draft the same text once written, read and written again
(the dialect has no form for spaces around a paragraph or an agenda item without a
number). Anything else (an exception, a hang past HANG_SECONDS)
is a failure, and the input is written to `FAILURES` (when set) before it is raised.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import signal
import tempfile
import threading
import time
import zipfile
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from hypothesis import strategies as st

from draftapp.check import check_draft
from draftapp.io import native
from draftapp.io.docx import export_docx
from draftapp.io.errors import DraftIOError
from draftapp.io.formats import read_draft
from draftapp.io.text import read_text, write_text
from draftapp.lang import LANGUAGES
from draftapp.model import (
    KINDS,
    ORGANS,
    AgendaItem,
    CrossRef,
    Draft,
    Footnote,
    FootnoteRef,
    Metadata,
    Paragraph,
    Text,
)
from draftapp.model.annex import Annex

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
READERS = ("draft", "text", "pdftext", "docx")
STAGES = ("check", "export")
TARGETS = READERS + STAGES
EXTENSION = {"draft": ".draft", "text": ".md", "pdftext": ".txt", "docx": ".docx", "check": ".draft", "export": ".draft"}
HANG_SECONDS = 20.0  # of CPU time
#: where failing inputs are written (scripts/fuzz.py sets it, or DRAFTAPP_FUZZ_FAILURES);
#: None: not written
FAILURES: Path | None = Path(os.environ["DRAFTAPP_FUZZ_FAILURES"]) if os.environ.get("DRAFTAPP_FUZZ_FAILURES") else None
#: the round scripts/fuzz.py is in: each round's failing inputs are kept under their own
#: name, so that every cause found can be examined (None: one file per kind)
ROUND: int | None = None


@dataclass
class Stats:
    cases: int = 0
    refused: int = 0
    #: refusals no reader foresaw (formats.unexpected: "the file is damaged or not what
    #: its name says (ValueError: …)"), by exception type: a clear message, but a reader
    #: that could say better
    unforeseen: dict[str, int] = field(default_factory=dict)
    failures: dict[str, int] = field(default_factory=dict)  # kind -> count (each shrink step counts)
    hangs: int = 0
    slowest: float = 0.0  # CPU seconds of the process (the machine may be shared)
    slowest_wall: float = 0.0
    slowest_input: str = ""


STATS: dict[str, Stats] = {t: Stats() for t in TARGETS}


class Hang(BaseException):
    """A case ran past HANG_SECONDS (a BaseException: no `except Exception` eats it)."""


class RoundTrip(AssertionError):
    pass


# --- seeds -----------------------------------------------------------------------------
@lru_cache(maxsize=None)
def seeds(target: str) -> tuple[bytes, ...]:
    robust = FIXTURES / "robust"
    if target == "draft":
        files = sorted((ROOT / "examples").glob("*.draft")) + sorted(robust.glob("*.draft"))
        out = [f.read_bytes() for f in files]
        for md in sorted(FIXTURES.glob("*.md")):
            out.append(native.dumps(read_text(md.read_text(encoding="utf-8"))).encode("utf-8"))
        return tuple(out)
    if target == "text":
        files = sorted(FIXTURES.glob("*.md")) + sorted((ROOT / "examples").glob("*.md")) + sorted(robust.glob("*.md"))
        return tuple(f.read_bytes() for f in files)
    if target == "pdftext":
        files = sorted((FIXTURES / "texts").glob("*.txt"))
        return tuple(f.read_bytes()[:12_000] for f in files)
    if target == "docx":
        out = []
        with tempfile.TemporaryDirectory() as tmp:
            for md in sorted(FIXTURES.glob("*.md"))[:2]:
                path = Path(tmp) / "seed.docx"
                export_docx(read_text(md.read_text(encoding="utf-8")), path)
                out.append(path.read_bytes())
                out.append(_strip_embedded(path.read_bytes()))
        out += [f.read_bytes() for f in sorted(robust.glob("*.docx"))]
        return tuple(out)
    raise ValueError(target)


def _strip_embedded(data: bytes) -> bytes:
    return _rezip(data, lambda name, part: None if name.startswith("customXml") else part)


def _rezip(data: bytes, change) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            part = change(info.filename, src.read(info.filename))
            if part is not None:
                out.writestr(info.filename, part)
    return buffer.getvalue()


# --- mutations -------------------------------------------------------------------------
NASTY = [
    "\x00", "\x01", "\x0b", "\x0c", "\x1f", "\x7f", "\x85", "\u2028", "\u2029", "\ufffe", "\uffff", "\ufeff",
    "\ud800", "\udfff", "\u200f", "\u202e", "\ufffc", "-->", "<!--", "<!-- draftapp\n", "\n-->\n", "\\", "*", "**",
    "<sup>1</sup>", "<sup>99</sup>", "<sup>0</sup>", "\n<sup>1</sup> ", "[5](#op-5)", "[x](#)", "](#pp-1-2)",
    "\n\n1. ", "\n\n1000. ", "\n\n(a) ", "\n\n(i) ", "\n\na. ", "\n\n’1‘ ", "\n\nأ - ", "\n\n1 - ", "\n\n#### ",
    "\n\n### ", "\n\n## ", "\n---\n", "\n__________________\n", "organ: GA\n", "language: xx\n", "session: 0\n",
    "\n*The General Assembly*,\n", "\n大会，\n", "Agenda item 12", "Distr.: Limited", "25-17846", "A/80/L.9",
    "０", "١٢", "2 March 2010", "resolution 64/256", "paragraph 5 above", "\t", "\r\n", "\r", " " * 40, "9" * 30,
]
DOCX_NASTY = [
    '<w:numPr><w:ilvl w:val="x"/><w:numId w:val="1"/></w:numPr>', '<w:ilvl w:val="-1"/>', '<w:ilvl w:val="300000000"/>',
    '<w:footnoteReference w:id="x"/>', '<w:footnoteReference w:id="99999"/>', '<w:p>', '</w:p>', '<w:r><w:t>',
    '<w:t>1.</w:t>', '<w:t>(a)</w:t>', '<w:tab/>', '<w:br/>', '<w:fldSimple w:instr="NOTEREF x"/>',
    '<w:bookmarkStart w:id="x" w:name="_Ref1"/>', '<w:pStyle w:val="ListNumber"/>', '&amp;', '&#1;', '&#xFFFE;',
    '<!DOCTYPE x>', '<w:p><w:r><w:t>x</w:t></w:r></w:p>' * 50, '{"format": "draftapp", "version": 1, "draft": [[[[[[',
]


def _text_mutations(text: str, pieces: list[str]):
    """A strategy for `text` mutated one to six times."""
    @st.composite
    def mutate(draw) -> str:
        out = text
        for _ in range(draw(st.integers(1, 6))):
            kind = draw(st.sampled_from(["insert", "insert", "delete", "duplicate", "swap", "truncate", "random"]))
            n = len(out)
            at = draw(st.integers(0, n))
            if kind == "insert":
                out = out[:at] + draw(st.sampled_from(pieces)) + out[at:]
            elif kind == "random":
                out = out[:at] + draw(st.text(max_size=12)) + out[at:]
            elif kind == "delete":
                out = out[:at] + out[at + draw(st.integers(1, 200)):]
            elif kind == "duplicate":
                end = min(n, at + draw(st.integers(1, 400)))
                out = out[:end] + out[at:end] * draw(st.integers(1, 3)) + out[end:]
            elif kind == "swap" and n > 2:
                lines = out.split("\n")
                i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
                lines[i], lines[j] = lines[j], lines[i]
                out = "\n".join(lines)
            elif kind == "truncate":
                out = out[:at]
        return out
    return mutate()


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=True) | st.text(max_size=10)
    | st.sampled_from(["ga", "０", "GA", "", "p1", "f1", "missing-1", "resolution", "zh", "ar"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(
        ["id", "runs", "text", "footnote", "xref", "children", "heading", "typed_label", "italic"]), inner, max_size=3),
    max_leaves=8,
)


@st.composite
def _json_mutation(draw, seed: bytes) -> bytes:
    try:
        data = json.loads(seed.decode("utf-8"))
    except ValueError:
        return seed
    for _ in range(draw(st.integers(1, 4))):
        # walk to a random container and change one thing in it
        node, steps = data, draw(st.integers(0, 6))
        for _ in range(steps):
            children = list(node.values()) if isinstance(node, dict) else node if isinstance(node, list) else []
            children = [c for c in children if isinstance(c, (dict, list))]
            if not children:
                break
            node = draw(st.sampled_from(children))
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(sorted(node, key=str)))
            action = draw(st.sampled_from(["replace", "delete", "copy"]))
            if action == "replace":
                node[key] = draw(JSON_VALUES)
            elif action == "delete":
                del node[key]
            else:
                other = draw(st.sampled_from(sorted(node, key=str)))
                node[key] = json.loads(json.dumps(node[other]))
        elif isinstance(node, list) and node:
            i = draw(st.integers(0, len(node) - 1))
            action = draw(st.sampled_from(["replace", "delete", "duplicate"]))
            if action == "replace":
                node[i] = draw(JSON_VALUES)
            elif action == "delete":
                node.pop(i)
            else:
                node.insert(i, json.loads(json.dumps(node[i])))
    return json.dumps(data, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")


@st.composite
def _docx_mutation(draw, seed: bytes) -> bytes:
    kind = draw(st.sampled_from(["xml", "xml", "xml", "bytes", "drop"]))
    if kind == "bytes":
        raw = bytearray(seed)
        for _ in range(draw(st.integers(1, 8))):
            raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
        return bytes(raw)
    try:
        with zipfile.ZipFile(io.BytesIO(seed)) as z:
            names = sorted(z.namelist())
            for name in names:
                z.read(name)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError):
        return seed  # a damaged seed (corrupt-deflate.docx, fuzz-zip-version-unknown.docx) is fed as it is
    target = draw(st.sampled_from([n for n in names if n.endswith(".xml") or n.endswith(".rels")]))
    if kind == "drop":
        return _rezip(seed, lambda name, part: None if name == target else part)

    def change(name, part):
        if name != target:
            return part
        text = part.decode("utf-8", "replace")
        return _encode(draw(_text_mutations(text, DOCX_NASTY + NASTY[:20])))
    return _rezip(seed, change)


def file_cases(target: str):
    """Strategy of file contents (bytes) for a reader target."""
    pool = seeds(target)
    if target == "draft":
        return st.sampled_from(pool).flatmap(lambda s: st.one_of(
            _json_mutation(s), _text_mutations(s.decode("utf-8"), NASTY).map(_encode)))
    if target in ("text", "pdftext"):
        return st.sampled_from(pool).flatmap(
            lambda s: _text_mutations(s.decode("utf-8", "replace"), NASTY).map(_encode))
    if target == "docx":
        return st.sampled_from(pool).flatmap(_docx_mutation)
    raise ValueError(target)


# --- random drafts (the check and export stages) -----------------------------------------
WORDS = ["Decides", "Recalling", "the", "resolution 64/256 of 2 March 2010", "paragraph 5 above", ",", ";", ".", ":",
         "大会", "决定", "،", "تقرر", "Décide", "Постановляет", "2010", "A/80/L.1", "*", "\\", "[", "]", "<sup>1</sup>",
         "-->", "\x0c", "\ufffe", "\u2028", "’1‘", "1.", "(a)", " ", "  ", "\t", "\n"]
TEXTS = st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=12).map(" ".join)


@st.composite
def drafts(draw) -> Draft:
    footnotes = [Footnote(runs=[Text(draw(TEXTS) or "x")]) for _ in range(draw(st.integers(0, 3)))]
    ids = [f.id for f in footnotes] + ["f-missing"]
    made: list[Paragraph] = []

    def runs():
        out = []
        for _ in range(draw(st.integers(0, 4))):
            pick = draw(st.integers(0, 9))
            if pick == 0:
                out.append(FootnoteRef(draw(st.sampled_from(ids))))
            elif pick == 1 and made:
                out.append(CrossRef(draw(st.sampled_from([p.id for p in made] + ["x"]))))
            else:
                out.append(Text(draw(TEXTS), draw(st.booleans()), draw(st.booleans())))
        return out

    def paragraph(depth, children=None):
        p = Paragraph(runs=runs())
        made.append(p)
        if depth < 4:
            count = draw(st.integers(0, 2 if depth < 2 else 1)) if children is None else children
            p.children = [paragraph(depth + 1) for _ in range(count)]
        return p

    def preambular():
        # mostly an opening phrase; sometimes no words at all, or subparagraphs
        p = paragraph(0, children=draw(st.sampled_from([0, 0, 0, 1, 2])))
        if draw(st.integers(0, 3)):
            p.runs.append(Text(draw(st.sampled_from(["Recalling", "Noting", "回顾", "إذ"]))))
        return p

    def operative():
        if draw(st.integers(0, 7)) == 0:
            heading = Paragraph(runs=runs(), heading=True)
            made.append(heading)
            return heading
        return paragraph(0)

    def annex():
        paragraphs = [operative() for _ in range(draw(st.integers(0, 4)))]
        unnumbered = {p.id for p in paragraphs if not p.heading and draw(st.booleans())}
        return Annex(label=draw(st.sampled_from(["Annex", "Annex I", ""])), title=draw(TEXTS),
                     paragraphs=paragraphs, unnumbered=unnumbered)

    meta = Metadata(
        organ=draw(st.sampled_from(ORGANS)), session=draw(st.none() | st.integers(1, 200)),
        # (an agenda item without a number has no readable form in the dialect: not generated)
        agenda=[AgendaItem(draw(st.sampled_from(["12", "126 (v)", "٨٩"])), [draw(TEXTS)])] if draw(st.booleans()) else [],
        symbol=draw(TEXTS)[:20], date=draw(st.sampled_from(["", "2025-11-27"])), kind=draw(st.sampled_from(KINDS)),
        title=draw(TEXTS) * draw(st.integers(1, 30)), job_number=draw(TEXTS)[:12],
    )
    return Draft(language=draw(st.sampled_from(LANGUAGES)), meta=meta, sponsors=[draw(TEXTS)[:20] for _ in range(draw(st.integers(0, 3)))],
                 preamble=[preambular() for _ in range(draw(st.integers(0, 3)))],
                 operative=[operative() for _ in range(draw(st.integers(0, 4)))], footnotes=footnotes,
                 annexes=[annex() for _ in range(draw(st.integers(0, 4)) // 3)])


def cases(target: str):
    if target in READERS:
        return file_cases(target)
    return drafts().map(lambda d: native.dumps(d).encode("utf-8", "surrogatepass"))


# --- the property -----------------------------------------------------------------------
def _usable_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _hang(_signum, _frame):
    raise Hang()


_UNFORESEEN = re.compile(r"not what its name says \((\w+)")


def exercise(target: str, path: Path, work: Path) -> str:
    """What the user's commands do with `path`; raises on a failure."""
    try:
        draft = read_draft(path)
    except DraftIOError as e:
        if e.path != str(path):
            raise AssertionError(f"the message names {e.path!r}, not the input") from None
        if "took more than" in e.problem:
            raise Hang() from None
        unforeseen = _UNFORESEEN.search(e.problem)
        if unforeseen:
            counts = STATS[target].unforeseen
            counts[unforeseen.group(1)] = counts.get(unforeseen.group(1), 0) + 1
            _keep(target, f"unforeseen-{unforeseen.group(1)}", path.read_bytes())
        return "refused"
    failed = [d.message for d in check_draft(draft) if d.rule == "check.failed"]
    if failed:
        raise AssertionError(f"a check rule failed: {failed[0]}")
    if target == "check":
        return "read"
    written = write_text(draft)
    again = read_text(written)
    if target in ("text", "pdftext") and again != draft:
        # a draft read from text is one the dialect can carry whole
        raise RoundTrip("the text dialect does not read back what it wrote")
    if write_text(again) != written:
        # any draft (a .draft may hold what the dialect cannot: spaces around a
        # paragraph, markup in an agenda number): what is written reads back as the same text
        raise RoundTrip("the text dialect's output does not read back as the same text")
    if native.loads(native.dumps(draft)) != draft:
        raise RoundTrip("the .draft format does not read back what it wrote")
    if target in ("export", "docx", "draft"):
        export_docx(draft, work / "out.docx")
        if read_draft(work / "out.docx") != draft:
            raise RoundTrip("the DOCX export does not read back as the same draft")
    return "read"


def run_case(target: str, data: bytes) -> str:
    stats = STATS[target]
    stats.cases += 1
    with tempfile.TemporaryDirectory(prefix="draftapp-fuzz-") as tmp:
        path = Path(tmp) / f"case{EXTENSION[target]}"
        path.write_bytes(data)
        alarm = _usable_alarm()
        if alarm:  # CPU time, so that a busy shared machine does not look like a hang
            previous = signal.signal(signal.SIGPROF, _hang)
            signal.setitimer(signal.ITIMER_PROF, HANG_SECONDS)
        start, cpu = time.perf_counter(), time.process_time()
        try:
            outcome = exercise(target, path, Path(tmp))
        except BaseException as e:
            if isinstance(e, KeyboardInterrupt):
                raise
            kind = "hang" if isinstance(e, Hang) else type(e).__name__
            if isinstance(e, Hang):
                stats.hangs += 1
            stats.failures[kind] = stats.failures.get(kind, 0) + 1
            _keep(target, kind, data)
            if isinstance(e, Hang):
                raise AssertionError(f"{target}: the case ran past {HANG_SECONDS:g} s") from None
            raise
        finally:
            if alarm:
                signal.setitimer(signal.ITIMER_PROF, 0)
                signal.signal(signal.SIGPROF, previous)
        seconds = time.process_time() - cpu
        stats.slowest_wall = max(stats.slowest_wall, time.perf_counter() - start)
        if seconds > stats.slowest:
            stats.slowest = seconds
            stats.slowest_input = hashlib.sha1(data).hexdigest()[:12]
            _keep(target, "slowest", data)  # the case to time again (its kind is no failure)
        if outcome == "refused":
            stats.refused += 1
        return outcome


def _keep(target: str, kind: str, data: bytes) -> None:
    """The failing input, by target, failure kind and round: Hypothesis replays the
    smallest failing example last, so the file left is the minimized one (and the
    slowest case so far, as kind "slowest", one file for the whole run)."""
    if FAILURES is None:
        return
    FAILURES.mkdir(parents=True, exist_ok=True)
    per_round = f"-round{ROUND}" if ROUND is not None and kind != "slowest" else ""
    (FAILURES / f"{target}-{kind}{per_round}{EXTENSION[target]}").write_bytes(data)
