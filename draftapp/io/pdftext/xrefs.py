"""Cross-references in imported text: "paragraph 9 above" names this resolution's
operative paragraph 9, and becomes a live reference to it (the number then follows the
paragraph when it moves). Only the forms that name this document's own paragraphs
("above", "below"; 上文/下文) are taken, from resources/import/<lang>.json
("cross_reference"); "paragraph 3 of resolution 58/318" stays text."""

from __future__ import annotations

import re

from draftapp.io.pdftext.words import words
from draftapp.lang import get_language
from draftapp.model import CrossRef, Draft, Text, labels, operative_numbers


def link_cross_references(draft: Draft) -> int:
    pattern = getattr(words(draft.language), "cross_reference", None)
    if not pattern:
        return 0
    regex = re.compile(pattern)
    scheme = get_language(draft.language).labels
    by_label: dict[str, str] = {}
    numbers = operative_numbers(draft)
    derived = labels(draft, scheme)
    for top in draft.operative:
        if top.id not in numbers:
            continue
        n = str(numbers[top.id])
        by_label[n] = top.id

        def walk(p, prefix):
            for child in p.children:
                key = f"{prefix} {derived[child.id]}"
                by_label[key] = child.id
                walk(child, key)

        walk(top, n)
    linked = 0
    for paragraph in list(draft.preamble) + list(draft.operative):
        for p in paragraph.walk():
            runs = []
            for run in p.runs:
                if not isinstance(run, Text):
                    runs.append(run)
                    continue
                cursor = 0
                for m in regex.finditer(run.text):
                    key = re.sub(r"\s+", " ", m.group("ref").strip())
                    target = by_label.get(key)
                    if target is None:
                        continue
                    if m.start("ref") > cursor:
                        runs.append(Text(run.text[cursor:m.start("ref")], run.italic, run.bold))
                    runs.append(CrossRef(target))
                    cursor = m.end("ref")
                    linked += 1
                if cursor < len(run.text):
                    runs.append(Text(run.text[cursor:], run.italic, run.bold))
            p.runs = runs
    return linked
