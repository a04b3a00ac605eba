"""Checks: rules that read a Draft and report Diagnostics, and the engine that keeps the
list up to date as the draft is edited (see engine.py, and docs/checks.md for the rules)."""

from draftapp.check.diagnostic import ERROR, INFO, SEVERITIES, WARNING, Diagnostic, Fix
from draftapp.check.location import places, where


def __getattr__(name: str):
    """The engine and its rules load on first use: the editor's window shows before its
    first check (a tenth of a cold start), and a Diagnostic needs none of them."""
    if name in ("Engine", "check_draft"):
        from draftapp.check import engine

        return getattr(engine, name)
    raise AttributeError(f"module 'draftapp.check' has no attribute {name!r}")

__all__ = ["Diagnostic", "Engine", "ERROR", "Fix", "INFO", "SEVERITIES", "WARNING", "check_draft", "places", "where"]
