"""Analyses of a draft that are not editorial checks (the table of mandates)."""
