"""Put back the line breaks of a web copy that ran a whole resolution into one line.

Some pages (and some text stores) collapse a document to a single line:
"… 54/254.联合国千年首脑会议 大会, 回顾其…, 又回顾其…, 1.决定…; 2.又决定…". Such a
line is cut before the organ line, the bracket line, the resolution number, each
operative number in sequence, each "(a)" label, each preambular opening phrase that
follows a comma, and the closing meeting line; the cut pieces become blocks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from draftapp.io.pdftext.words import words
from draftapp.lang import LANGUAGES, Language, apostrophes, get_language
from draftapp.io.pdftext.openings import opening as opening_of

FLAT_LINE = 150  # shorter lines are never flattened texts
FLAT_BODY = 40  # text after the organ line on its own line: the line is a flattened text


@lru_cache(maxsize=None)
def _organ_pattern() -> re.Pattern:
    """Any language's organ line followed by its comma, as it appears inside a line."""
    forms = []
    for code in LANGUAGES:
        lang = get_language(code)
        for organ in lang.data["organs"]:
            bare = lang.organ_line(organ).replace("*", "").rstrip(",，،").strip()
            # Chinese has no spaces: the organ line may be glued to the title before it.
            start = "" if lang.cjk else r"(?:^|(?<=\s)|(?<=\]))"
            forms.append(start + apostrophes.pattern(bare))
    return re.compile("(?:" + "|".join(sorted(set(forms), key=len, reverse=True)) + r")\s*[,，،]")


def organ_inside_line(line: str) -> re.Match | None:
    """The first organ line ("L'Assemblée générale,") inside a line of text."""
    return _organ_pattern().search(line)


_organ_match = organ_inside_line


def unflatten(lines: list[str], lang: Language) -> list[str]:
    out: list[str] = []
    for line in lines:
        organ = _organ_match(line) if len(line) >= FLAT_LINE or line.lstrip()[:1].isupper() else None
        if organ is not None and organ.start() == len(line) - len(line.lstrip()) and len(line) - organ.end() > 10:
            # "The General Assembly, Wishing to promote …": the organ line glued to the first clause
            out.extend([line[: organ.end()].strip(), "", line[organ.end():].strip()])
            continue
        if len(line) < FLAT_LINE or organ is None or len(line) - organ.end() < FLAT_BODY:
            out.append(line)
            continue
        head, organ_line, body = line[: organ.start()], organ.group(0), line[organ.end():]
        for piece in _cut_head(head, lang) + [organ_line] + _cut_body(body, lang):
            out.extend([piece.strip(), ""])
    return out


def _cut_head(head: str, lang: Language) -> list[str]:
    w = words(lang.code)
    cuts = {0, len(head)}
    for m in re.finditer(r"\s(?=\[)|(?<=\])\s|\s(?=(?:ES-\d+/)?\d{1,4}\s?/\s?\d{1,4}\s?[.．])", head):
        cuts.add(m.end())
    adopted = re.compile(w.adopted.lstrip("^").rstrip("$"))
    for m in adopted.finditer(head):
        cuts.add(m.start())
    if lang.cjk:
        # Chinese mastheads are short facts separated by spaces.
        for m in re.finditer(r"\s+", head):
            if "[" not in head[: m.start()] or "]" in head[: m.start()]:
                cuts.add(m.end())
    points = sorted(cuts)
    return [head[a:b] for a, b in zip(points, points[1:]) if head[a:b].strip()]


_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,3})\s?[.．](?!\d)\s?(?=\S)")


def _relocate_numbers(body: str, lang: Language) -> str:
    """Some flatteners put a paragraph's number after its first line: "…frameworks,
    Declares 8–9 May as a time of remembrance and, 1. while recognizing …". A number in
    sequence followed by a lower-case word goes back to the nearest operative opening
    after a clause end before it."""
    if lang.cjk or lang.lowercase_openings:
        return body
    expected, start = 1, 0
    for _ in range(1000):
        m = next((m for m in _NUMBER.finditer(body, start) if int(m.group(1)) == expected), None)
        if m is None:
            return body
        if body[m.end():m.end() + 1].islower():
            window = body[max(start, m.start() - 600):m.start()]
            offset = m.start() - len(window)
            for b in reversed(list(re.finditer(r"[,;:]\s+(?=[A-Z])", window))):
                if opening_of(lang.code, window[b.end():], "operative"):
                    at = offset + b.end()
                    label = m.group(1) + ". "
                    body = body[:at] + label + body[at:m.start()].rstrip() + " " + body[m.end():]
                    m = _NUMBER.match(body, at)
                    break
        expected += 1
        start = m.end()
    return body


def _cut_body(body: str, lang: Language) -> list[str]:
    w = words(lang.code)
    body = _relocate_numbers(body, lang)
    cuts = {0, len(body)}
    expected = 1
    first_operative = len(body)
    for m in re.finditer(r"(?:^|(?<=\s))(\d{1,3})\s?[.．](?!\d)\s?(?=\S)", body):
        if int(m.group(1)) == expected:
            cuts.add(m.start())
            first_operative = min(first_operative, m.start())
            expected += 1
    for m in re.finditer(r"(?<=\s)\([a-z]{1,2}\)\s", body):
        if m.start() > first_operative:
            cuts.add(m.start())
    for m in re.finditer(r"[,，،](?:\d{1,3}(?=\s))?\s*", body[:first_operative]):  # ",1 深信": a note mark stays behind
        after = body[m.end():m.end() + 40]
        opening = opening_of(lang.code, after, "preambular")
        if not opening and not lang.cjk and after[:1].isupper():
            opening = opening_of(lang.code, after, "operative")  # a single unnumbered operative paragraph
        if not opening and after[:1].isupper():
            # an opening the bank lacks, but shaped like one: a participle ("Calling upon",
            # "Exhortando") after a comma
            first = re.match(r"\w+", after)
            if first and first.group(0).endswith(tuple(getattr(w, "participle_endings", ()))):
                opening = first.group(0)
        # Chinese: a comma without a space before an opening is a cut only for a long phrase
        if opening and (m.group(0) != m.group(0).rstrip() or len(opening) >= 3):
            cuts.add(m.end())
    for meeting in re.finditer(w.meeting, body):
        # the closing ends the text: cut before it (and its date) and after it (and its
        # date) -- a closing, not a meeting named in a clause: after the last paragraph's
        # full stop, or at the end of the line
        date = re.search(r"(?:" + w.date + r")[\s,，]*$", body[: meeting.start()])
        start = date.start() if date else meeting.start()
        if not body[:start].rstrip().endswith((".", "。")) and len(body) - meeting.start() >= 80:
            continue
        cuts.add(start)
        after = re.match(r"[\s,，]*(?:(?:" + w.date + r")[\s.。]*)?", body[meeting.end():])
        cuts.add(meeting.end() + after.end())
    points = sorted(cuts)
    pieces = [body[a:b] for a, b in zip(points, points[1:]) if body[a:b].strip()]
    # residue at a piece's end: a web page's table bar, a footnote rule run into the line
    return [re.sub(r"(?:\s*\||\s*_{5,})+\s*$", "", p) for p in pieces]
