"""Putting paragraphs in the right part after a foreign text was read through the
dialect reader, which takes unlabelled paragraphs for preambular ones."""

from __future__ import annotations

from draftapp.model import Draft


def settle_parts(draft: Draft, preambular: int, sub_labels: list[str]) -> None:
    """`preambular`: how many paragraphs the source shows as preambular; `sub_labels`:
    the typed labels of its lettered paragraphs, in order.

    Unnumbered operative paragraphs (a resolution with a single one) came out as
    preambular: they move to the operative part. A decision's paragraphs, lettered under
    the organ line with no "1.", came out as subparagraphs of the last preambular
    paragraph: they become the operative part, keeping their typed "(a)" for the checks."""
    if len(draft.preamble) > preambular:
        draft.operative[:0] = draft.preamble[preambular:]
        del draft.preamble[preambular:]
    if not draft.operative and draft.preamble and draft.preamble[-1].children:
        last = draft.preamble[-1]
        draft.operative, last.children = last.children, []
        for paragraph, label in zip(draft.operative, sub_labels):
            paragraph.typed_label = label
