"""Checks: rules that read a Draft and report Diagnostics, and the engine that keeps the
list up to date as the draft is edited (see engine.py, and docs/checks.md for the rules)."""

from draftapp.check.diagnostic import ERROR, INFO, SEVERITIES, WARNING, Diagnostic, Fix
from draftapp.check.engine import Engine, check_draft
from draftapp.check.location import places, where

__all__ = ["Diagnostic", "Engine", "ERROR", "Fix", "INFO", "SEVERITIES", "WARNING", "check_draft", "places", "where"]
