"""The rule modules, in the order their diagnostics are computed. A module defines any of
the hooks described in draftapp/check/engine.py; add a module here to add its rules."""

from draftapp.check.rules import citations
from draftapp.check.rules import consistency
from draftapp.check.rules import dates
from draftapp.check.rules import footnotes
from draftapp.check.rules import marks
from draftapp.check.rules import numbering
from draftapp.check.rules import openings
from draftapp.check.rules import placeholders
from draftapp.check.rules import punctuation
from draftapp.check.rules import references
from draftapp.check.rules import review
from draftapp.check.rules import sponsors
from draftapp.check.rules import symbols
from draftapp.check.rules import unplaced

RULE_MODULES = [
    punctuation,
    marks,
    footnotes,
    numbering,
    openings,
    references,
    dates,
    citations,
    symbols,
    sponsors,
    consistency,
    placeholders,
    review,
    unplaced,
]
