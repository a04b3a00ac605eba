"""The jinja2 environments that render new drafts.

Built-in templates (templates/) and user templates render in the same sandbox; user
templates additionally run in a worker process with time and memory limits
(draftapp/templating/worker.py), because the sandbox itself sets none (tech-notes.md).
"""

from __future__ import annotations

import operator
from functools import lru_cache
from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from draftapp.paths import TEMPLATES
from draftapp.templating.filters import FILTERS, GLOBALS

#: The most text one template may produce: a new draft is a few kilobytes.
MAX_OUTPUT_CHARS = 1_000_000
#: The largest exponent `**` may take: enough for any arithmetic a draft needs.
MAX_EXPONENT = 64


class DraftSandbox(SandboxedEnvironment):
    """A sandbox that also refuses to build huge strings or numbers with `*` and `**`
    (the sandbox alone lets `'a' * 10**9` through)."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context, op, left, right):
        if op == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(times, int) and len(seq) * times > MAX_OUTPUT_CHARS:
                    raise SecurityError(f"repeating a sequence {times} times would pass {MAX_OUTPUT_CHARS:,} items")
            return operator.mul(left, right)
        if op == "**":
            if isinstance(right, (int, float)) and abs(right) > MAX_EXPONENT:
                raise SecurityError(f"an exponent of {right} is over the limit of {MAX_EXPONENT}")
            return operator.pow(left, right)
        return super().call_binop(context, op, left, right)


def make_environment(user_dirs: list[Path] | tuple[Path, ...] = ()) -> DraftSandbox:
    """An environment whose loader looks in the user folders first, then in templates/,
    so a user template may extend or replace a built-in one."""
    loaders = [FileSystemLoader([str(d) for d in user_dirs])] if user_dirs else []
    loaders.append(FileSystemLoader(str(TEMPLATES)))
    env = DraftSandbox(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(FILTERS)
    env.globals.update(GLOBALS)
    return env


@lru_cache(maxsize=1)
def builtin_environment() -> DraftSandbox:
    """The environment over templates/ alone, kept so its compiled templates are reused."""
    return make_environment()
