"""The annexes alone as dialect text, and back: what the editor's Annexes pane shows and
applies. Footnote citations are written with their current numbers and read back to the
same footnotes (a number no footnote has reads as a missing citation, which the checks
report)."""

from __future__ import annotations

from draftapp.io.text.annex import read_annexes, split_annexes, write_annexes
from draftapp.io.text.inline import format_inline, parse_inline
from draftapp.lang import get_language
from draftapp.model import Draft, footnote_numbers, reference_text
from draftapp.model.annex import Annex


def annexes_text(draft: Draft) -> str:
    numbers = footnote_numbers(draft)
    lang = get_language(draft.language)

    def inline(runs) -> str:
        return format_inline(runs, lambda fid: numbers.get(fid, fid.removeprefix("missing-")),
                             lambda target: (reference_text(draft, target, lang.labels), target))

    blocks = write_annexes(draft, inline, lambda depth, n: lang.labels.level(depth).label(n))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def annexes_from_text(draft: Draft, text: str) -> list[Annex]:
    """The annexes a pane text holds ("# Annex" sections); the draft is not changed."""
    by_number = {n: fid for fid, n in footnote_numbers(draft).items()}
    source = text if text.lstrip().startswith("#") or not text.strip() else "# \n\n" + text
    _main, sections = split_annexes(source)
    holder = Draft(language=draft.language)
    read_annexes(holder, sections, lambda n: by_number.get(n, f"missing-{n}"),
                 lambda t, footnote: parse_inline(t, footnote, lambda a: a))
    return holder.annexes
