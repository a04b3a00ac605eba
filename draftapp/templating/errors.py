"""Errors of making a new draft; each message is for the user and names what to fix."""

from __future__ import annotations


class NewDraftError(Exception):
    """The fields of a new draft are not usable (unknown organ, missing session …)."""


class TemplateError(NewDraftError):
    """A template could not be rendered: names the template and, when known, the line."""

    def __init__(self, template: str | None, line: int | None, problem: str):
        self.template = template
        self.line = line
        self.problem = problem
        where = ""
        if template:
            where = f"template {template!r}"
            if line:
                where += f", line {line}"
            where += ": "
        super().__init__(where + problem)
