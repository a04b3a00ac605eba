"""The rule modules, in the order their diagnostics are computed. A module defines any of
the hooks described in draftapp/check/engine.py; add a module here to add its rules."""

from draftapp.check.rules import citations, dates, footnotes, numbering, openings, punctuation, references, symbols

RULE_MODULES = [
    punctuation,
    footnotes,
    numbering,
    openings,
    references,
    dates,
    citations,
    symbols,
]
