"""Opening phrases: each top-level preambular paragraph opens with a phrase of the
language's preambular bank, each operative paragraph with one of its operative bank
(draftapp.lang.phrases); an unknown opening is named with the nearest known phrase; the
opening is italic where the language sets it so (Language.italic_openings) and in the
language's case (Language.lowercase_openings); a repeated opening follows its series
(Recalling → Recalling also → Recalling further; 提及 → 又提及 → 还提及).
"""

from __future__ import annotations

import difflib
import itertools
import re
from functools import lru_cache

from draftapp.check.context import Context, Node
from draftapp.check.data import load
from draftapp.check.diagnostic import INFO, WARNING, Diagnostic, Fix
from draftapp.check.edits import edit, formatted_like, replace_span, replace_words, set_italic
from draftapp.check.text import show
from draftapp.lang.openings import articles, recognize, series_adverb
from draftapp.lang.phrases import phrase_bank
from draftapp.lang.script import script_language
from draftapp.model import OPERATIVE, PREAMBLE, Text

APPLIES_TO = ("top",)  # which nodes check_paragraph and facts read (engine.py)
DEPENDS = "position"  # what the paragraph hooks read besides the text (engine.py)

UNKNOWN = "openings.unknown"
KIND = "openings.kind"
ITALIC = "openings.italic"
CASE = "openings.case"
SEQUENCE = "openings.sequence"
CONJUNCTION = "openings.conjunction"

_KIND = {PREAMBLE: "preambular", OPERATIVE: "operative"}
_OTHER = {"preambular": "operative", "operative": "preambular"}
_DESCRIBE = {
    "preambular": "a preambular paragraph opens with a participle or adjective phrase",
    "operative": "an operative paragraph opens with a verb in the present tense",
}
#: How close (difflib ratio) a misspelt opening must be to a known phrase for the fix to
#: replace it without asking.
_SURE = 0.8


def _match(ctx: Context, node: Node, kind: str) -> str | None:
    """The bank phrase the paragraph opens with (read once per text)."""
    key = ("opening", kind)
    if key not in node.memo:
        node.memo[key] = ctx.openings.match(node.text.strip(), kind)
    return node.memo[key]


def _subject(node: Node) -> bool:
    return node.depth == 0 and not node.heading and node.part in _KIND


_WORD = re.compile(r"[^\s,;:.\ufffc]+")


@lru_cache(maxsize=4096)
def _word_count(phrase: str) -> int:
    return len(phrase.split())


def _word_spans(flat: str, count: int) -> list[tuple[int, int]]:
    """(start, end) of the first `count` words of a paragraph."""
    if count == 1:  # the usual case (an opening verb): one search, no iterator
        m = _WORD.search(flat)
        return [m.span()] if m else []
    return [m.span() for m in itertools.islice(_WORD.finditer(flat), count)]


def _opening_span(ctx: Context, flat: str, phrase: str) -> tuple[int, int]:
    """Offsets of the opening phrase in the paragraph's flat text."""
    start = len(flat) - len(flat.lstrip())
    if ctx.lang.cjk:
        return start, start + len(phrase)
    n = _word_count(phrase)
    words = _word_spans(flat, n)
    if len(words) < n:
        return start, len(flat.rstrip())
    return start, words[n - 1][1]


def check_paragraph(ctx: Context, node: Node):
    # A plain function (the usual answer, a known opening set right, is an empty tuple):
    # a generator for each of a long draft's paragraphs costs more than the checks.
    if not _subject(node):
        return ()
    flat = node.flat
    text = node.text.strip()
    if not text:
        return ()
    kind = _KIND[node.part]
    phrase = _match(ctx, node, kind)
    if phrase is None and ctx.openings.known_lead(text, kind):
        # "Expresses its profound gratitude": a known verb with words the bank lacks.
        phrase = text.split(None, 1)[0]
    italic = None
    if phrase is None:
        other = _match(ctx, node, _OTHER[kind])
        if other is not None:
            span = _opening_span(ctx, flat, other)
            return (Diagnostic(
                KIND, WARNING, node.part, node.id, span,
                f"{show(other)} opens {_OTHER[kind]} paragraphs; {_DESCRIBE[kind]}.",
            ),)
        # Not in the bank: the grammar of the language decides ("Also declares",
        # "Sharing the deep concern", "Exhortando"); only a clearly wrong form is reported.
        grammar = recognize(ctx.code, kind, flat, ctx.gender)
        if grammar.kind is None or grammar.misspelt:
            return tuple(_unknown(ctx, node, flat, text, kind))
        if grammar.kind != kind:
            shown = flat[grammar.span[0]:grammar.span[1]]
            return (Diagnostic(
                KIND, WARNING, node.part, node.id, grammar.span,
                f"{show(shown)} is the form of {_OTHER[kind]} paragraphs; {_DESCRIBE[kind]}.",
            ),)
        italic = grammar.span
    found = _case(ctx, node, flat)
    if ctx.lang.italic_openings and not ctx.lang.cjk:
        found += _italic(ctx, node, flat, italic or _bank_italic_span(ctx, flat, phrase, kind))
    if _conjunction_rule(ctx.code, kind):
        found += tuple(_conjunction(ctx, node, flat, kind))
    return found


def _script_of(text: str) -> str:
    """"zh", "ar", "ru" for those scripts, "latin" otherwise."""
    code, count = script_language(text)
    return code if count else "latin"


def _unknown(ctx: Context, node: Node, flat: str, text: str, kind: str):
    opening = text.lstrip()[:12]
    expected = ctx.code if ctx.code in ("zh", "ar", "ru") else "latin"
    if opening and _script_of(opening) != expected:
        # Text in another script (a draft whose language was just changed): the nearest
        # phrase of this language would be a meaningless suggestion.
        start = len(flat) - len(flat.lstrip())
        words = flat[start:].split(" ", 1)[0] if expected != "zh" and _script_of(opening) != "zh" else flat[start:start + 4]
        yield Diagnostic(
            UNKNOWN, WARNING, node.part, node.id, (start, start + len(words)),
            f"{show(words)} is not written in {ctx.lang.name}, the language of this draft.",
        )
        return
    nearest = ctx.openings.nearest(text, kind)
    span = _opening_span(ctx, flat, nearest)
    typed = flat[span[0]:span[1]]
    score = difflib.SequenceMatcher(None, typed.casefold(), nearest.casefold()).ratio()
    fix = None
    if score >= _SURE and typed.casefold() != nearest.casefold():
        fix = Fix(f"Write {show(nearest)}", _respell(ctx, node.id, flat, span, nearest))
    yield Diagnostic(
        UNKNOWN, WARNING, node.part, node.id, span,
        f"{show(typed)} is no {kind} opening ({_DESCRIBE[kind]}); the nearest known phrase is {show(nearest)}.",
        fix,
    )


def _conjunction(ctx: Context, node: Node, flat: str, kind: str):
    """Arabic: every preambular paragraph after the first opens with و; the first, when
    it opens with إذ, without it."""
    rule = _conjunction_rule(ctx.code, kind)
    if not rule:
        return
    start = len(flat) - len(flat.lstrip())
    prefix = rule["prefix"]
    if node.top == 0:
        for form in rule.get("first_without", []):
            if flat.startswith(form, start):
                yield Diagnostic(
                    CONJUNCTION, WARNING, node.part, node.id, (start, start + len(prefix)),
                    f"The first preambular paragraph opens without {show(prefix)}: {show(form[len(prefix):])}.",
                    Fix(f"Remove {show(prefix)}", replace_words(node.id, start, start + len(prefix), "", "Remove the conjunction")),
                )
    elif not flat.startswith(prefix, start):
        yield Diagnostic(
            CONJUNCTION, WARNING, node.part, node.id, (start, start + 1),
            f"A preambular paragraph after the first opens with {show(prefix)}, joining it to the one before.",
            Fix(f"Add {show(prefix)}", replace_words(node.id, start, start, prefix, "Add the conjunction")),
        )


@lru_cache(maxsize=None)
def _free_order() -> tuple[str, ...]:
    return tuple(load("openings").get("free_series_order", []))


@lru_cache(maxsize=None)
def _conjunction_rule(code: str, kind: str) -> dict | None:
    return load("openings").get("conjunction", {}).get(code, {}).get(kind)


def _respell(ctx: Context, item_id: str, flat: str, span: tuple[int, int], phrase: str):
    """Replace the opening word by word, each keeping its own format (only the verb may
    be italic), or as one piece in Chinese."""
    if ctx.lang.cjk:
        return replace_words(item_id, span[0], span[1], phrase, "Correct the opening")
    typed = [m for m in _word_spans(flat, len(phrase.split()) + 1) if span[0] <= m[0] and m[1] <= span[1]]
    wanted = phrase.split()
    if len(typed) != len(wanted):
        return replace_words(item_id, span[0], span[1], phrase, "Correct the opening")

    def change(runs):
        for (start, end), word in reversed(list(zip(typed, wanted))):
            if flat[start:end] != word:
                italic, bold = formatted_like(runs, start)
                runs = replace_span(runs, start, end, [Text(word, italic, bold)])
        return runs

    return edit(item_id, change, "Correct the opening")


def _case(ctx: Context, node: Node, flat: str) -> tuple:
    start = len(flat) - len(flat.lstrip())
    first = flat[start:start + 1]
    if not first or first.lower() == first.upper():
        return ()  # a script without case
    lower = ctx.lang.lowercase_openings
    if first.islower() == lower:
        return ()
    want = first.lower() if lower else first.upper()
    how = "a lower-case" if lower else "a capital"
    return (Diagnostic(
        CASE, WARNING, node.part, node.id, (start, start + 1),
        f"In this language a paragraph opens with {how} letter.",
        Fix(f"Write {show(want)}", replace_words(node.id, start, start + 1, want, "Change the case")),
    ),)


def _required_words(ctx: Context, phrase: str, kind: str) -> int:
    return _required(ctx.code, ctx.gender, phrase, kind)


@lru_cache(maxsize=4096)
def _required(code: str, gender: str, phrase: str, kind: str) -> int:
    """How many opening words must be italic (cached: asked for every paragraph)."""
    return phrase_bank(code, gender).italic_words(phrase, kind)


def _bank_italic_span(ctx: Context, flat: str, phrase: str, kind: str) -> tuple[int, int] | None:
    """The words of a bank opening that must be italic: the verb and a series adverb."""
    n = _required_words(ctx, phrase, kind)
    words = _word_spans(flat, n)
    if len(words) < n:
        return None
    return words[0][0], words[n - 1][1]


def _italic(ctx: Context, node: Node, flat: str, span: tuple[int, int] | None) -> tuple:
    if not ctx.lang.italic_openings or ctx.lang.cjk or span is None:
        return ()
    start, end = span
    pos = 0
    for run in node.item.runs:
        if pos >= end:
            break  # the runs after the opening do not touch it
        length = len(run.text) if isinstance(run, Text) else 1
        overlap = min(end, pos + length) - max(start, pos)
        if overlap > 0 and isinstance(run, Text) and not run.italic and run.text[max(start, pos) - pos:min(end, pos + length) - pos].strip():
            shown = flat[start:end]
            return (Diagnostic(
                ITALIC, WARNING, node.part, node.id, (start, end),
                f"The opening phrase {show(shown)} is set in italics, as in the issued documents.",
                Fix(f"Set {show(shown)} in italics", edit(node.id, lambda runs: set_italic(runs, start, end), "Italicize the opening")),
            ),)
        pos += length
    return ()


# --- series: a document-level check over each paragraph's opening ------------------------
def facts(ctx: Context, node: Node):
    if not _subject(node):
        return None
    text = node.text.strip()
    if not text:
        return None
    kind = _KIND[node.part]
    phrase = _match(ctx, node, kind)
    span = _opening_span(ctx, node.flat, phrase) if phrase else None
    # The series the opening belongs to, read here rather than from the leading words
    # in check_document: the fact then changes (and the document check runs again) only
    # when the series does, not at each keystroke in a paragraph's first words.
    seq, k = ctx.openings.series(kind, phrase, ctx.openings.lead(text, kind))
    family = ctx.openings.family(kind, seq) if seq is not None else None  # "Requests …" of any object
    # What makes two openings "the same whole phrase": the phrase and the words it is
    # addressed to ("Requests the President" is not "Requests the Secretary-General"),
    # and whether a series adverb already follows it ("Noting with appreciation also").
    whole = None
    if phrase is not None and seq is not None:  # (outside a series it is never compared)
        rest = node.flat[span[1]:span[1] + 60]
        if series_adverb(ctx.code, rest):
            whole = "continued"
        elif ctx.lang.cjk:  # 邀请联合国秘书长 / 邀请联合国和…; 请秘书长 names its actor
            whole = (phrase, rest[:4] if len(phrase) < 3 else "")
        else:  # "Requests the President" / "Requests the Secretary-General"
            more = max(0, 3 - len(phrase.split()))
            words = []
            if more:
                skip = articles(ctx.code)
                for m in _WORD.finditer(rest, 0, 60):
                    word = m.group().casefold()
                    if word not in skip:
                        words.append(word)
                        if len(words) == more:
                            break
            whole = (phrase.casefold(), " ".join(words))
    return kind, phrase, span, seq, k, family, whole


def check_document(ctx: Context, facts: dict):
    furthest: dict[tuple, int] = {}  # series -> furthest position used so far
    previous: dict[str, tuple] = {}  # kind -> (series, position, run length) of the paragraph before
    for node in ctx.tops:
        fact = facts.get(node.id)
        if fact is None:
            if _subject(node):
                previous.pop(_KIND[node.part], None)
            continue
        kind, phrase, span, seq, k, family, whole = fact
        if seq is None:
            previous.pop(kind, None)
            continue
        seen = furthest.get(family, -1)
        before = previous.get(kind)
        same = bool(before) and before[0] == family and whole != "continued" and before[3] == whole
        run = before[2] + 1 if same else 1
        if phrase is not None and k > 0 and seen < k - 1:
            expected = seq[seen + 1]
            # "Recalling also" with no "Recalling" before is wrong everywhere; a skipped
            # step ("Recalling further" after "Recalling") only where the order is strict
            # (Chinese texts use 又 and 还 in either order).
            strict = seen == -1 or ctx.code not in _free_order()
            yield Diagnostic(
                SEQUENCE, WARNING if strict else INFO, node.part, node.id, span,
                f"{show(phrase)} needs an earlier paragraph opening {show(seq[k - 1])}; "
                f"here the series calls for {show(expected)}.",
                Fix(f"Write {show(expected)}", _replace_opening(ctx, node.id, span, expected)),
            )
        elif phrase is not None and same and before[1] == k and run - 1 < len(seq):
            # The same whole phrase twice in a row: the series goes on with "also", "further".
            expected = seq[min(run - 1, len(seq) - 1)]
            if phrase not in seq:
                # a phrase outside the bank's series ("Noting with regret"): the series
                # adverb goes in, but where is the drafter's choice
                yield Diagnostic(
                    SEQUENCE, INFO, node.part, node.id, span,
                    f"The paragraph before also opens {show(phrase)}; a repeated opening takes the adverb of a series (also, further).",
                )
            elif expected != phrase:
                yield Diagnostic(
                    SEQUENCE, INFO, node.part, node.id, span,
                    f"The paragraph before also opens {show(phrase)}; the series goes on with {show(expected)}.",
                    Fix(f"Write {show(expected)}", _replace_opening(ctx, node.id, span, expected)),
                )
        furthest[family] = max(seen, k)
        previous[kind] = (family, k, run, whole)


def _replace_opening(ctx: Context, item_id: str, span: tuple[int, int], phrase: str):
    if ctx.lang.lowercase_openings:
        phrase = phrase[:1].lower() + phrase[1:]
    return replace_words(item_id, span[0], span[1], phrase, "Change the opening")
