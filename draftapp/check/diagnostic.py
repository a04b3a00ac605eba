"""What a check reports: a Diagnostic, and the Fix that can go with it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from draftapp.model import Command, Draft

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)

#: The parts of a draft a diagnostic can sit in, in document order.
PARTS = ("meta", "sponsors", "preamble", "operative", "footnotes")


@dataclass(frozen=True)
class Fix:
    """A change the editor can offer in a menu; `make` builds it from the draft as it is
    when the user picks it, so it can go on the undo stack like any other edit."""

    label: str
    make: Callable[[Draft], Command]


@dataclass(frozen=True)
class Diagnostic:
    """One problem found in a draft.

    `span` is a pair of model offsets in the paragraph's (or footnote's) flat_text(); for
    part "sponsors" it is (i, i + 1), the position of the sponsor in `draft.sponsors`.
    `field` names the Metadata field for part "meta" ("title", "organ_line" …).
    """

    rule: str
    severity: str
    part: str
    paragraph_id: str | None
    span: tuple[int, int] | None
    message: str
    fix: Fix | None = None
    field: str | None = None
