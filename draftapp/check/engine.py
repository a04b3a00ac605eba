"""The incremental engine: runs every rule once, then re-runs only what an edit touches.

Each rule module under draftapp/check/rules may define any of four hooks:

    check_paragraph(ctx, node)      diagnostics from one paragraph's (or footnote's) own
                                    text, read against the structure in ctx
    facts(ctx, node)                what the module's document check needs to know of one
                                    paragraph: a small comparable value (or None)
    check_document(ctx, facts)      diagnostics over {node id: fact}; must read nothing
                                    of the paragraphs' text but those facts
    check_meta(ctx)                 metadata and sponsors

A module may also say which paragraphs its paragraph hooks need to see, to spare the
calls (a check of a long draft makes thousands):

    APPLIES_TO = ("top", "sub", "footnote")   top-level paragraphs, subparagraphs, footnotes
    cues(ctx) -> tuple of strings             check_paragraph runs only on texts holding one

When one paragraph's text changes, the engine re-runs check_paragraph and facts for it,
and check_document only for modules whose fact for that paragraph changed. Any other
change rebuilds the Context and runs everything again.
"""

from __future__ import annotations

import itertools
from typing import Iterable

from draftapp.check.context import Context, Node
from draftapp.check.diagnostic import PARTS, Diagnostic
from draftapp.check.rules import RULE_MODULES
from draftapp.model import Draft

_PART_RANK = {part: i for i, part in enumerate(PARTS)}
NODE_KINDS = ("top", "sub", "footnote")


def _cue_test(cues: tuple[str, ...]):
    """A quick test that a text holds one of the cues (substring tests, no regex)."""
    if len(cues) == 1:
        (a,) = cues
        return lambda flat: a in flat
    if len(cues) == 2:
        a, b = cues
        return lambda flat: a in flat or b in flat
    return lambda flat: any(cue in flat for cue in cues)


def _applies(module) -> tuple[str, ...]:
    return getattr(module, "APPLIES_TO", NODE_KINDS)


class Engine:
    def __init__(self, draft: Draft, modules: list | None = None):
        self.draft = draft
        self.modules = list(RULE_MODULES if modules is None else modules)
        self._doc_modules = [m for m in self.modules if hasattr(m, "check_document")]
        self.structure_changed()

    # --- what the editor calls ----------------------------------------------------------
    def diagnostics(self) -> list[Diagnostic]:
        """Every diagnostic, in document order (meta, sponsors, paragraphs, footnotes)."""
        if self._sorted is None:
            found = itertools.chain(
                self._meta,
                itertools.chain.from_iterable(self._local.values()),
                itertools.chain.from_iterable(self._document.values()),
            )
            self._sorted = sorted(found, key=self._sort_key)
        return list(self._sorted)

    def paragraph_changed(self, paragraph_id: str) -> None:
        """Only the text (runs) of one paragraph or footnote changed."""
        node = self.ctx.by_id.get(paragraph_id)
        if node is None:
            self.structure_changed()
            return
        node.refresh()
        self._check_node(node)
        kind = node.kind
        for module in self._doc_modules:
            fact = module.facts(self.ctx, node) if hasattr(module, "facts") and kind in _applies(module) else None
            table = self._facts[module.__name__]
            if table.get(node.id) != fact:
                table[node.id] = fact
                self._run_document(module)
        self._sorted = None

    def structure_changed(self) -> None:
        """Anything but the text of one paragraph changed: check everything again."""
        self.ctx = Context(self.draft)
        # The paragraph hooks to call on each kind of node, with the cues that must be in
        # a text for the hook to have anything to say (None: always call).
        self._local_hooks = {
            kind: [
                (m.check_paragraph, _cue_test(tuple(m.cues(self.ctx))) if hasattr(m, "cues") else None)
                for m in self.modules
                if hasattr(m, "check_paragraph") and kind in _applies(m)
            ]
            for kind in NODE_KINDS
        }
        self._local: dict[str, list[Diagnostic]] = {}
        for node in self.ctx.nodes:
            self._check_node(node)
        self._facts: dict[str, dict[str, object]] = {}
        self._document: dict[str, list[Diagnostic]] = {}
        for module in self._doc_modules:
            if hasattr(module, "facts"):
                kinds = _applies(module)
                self._facts[module.__name__] = {
                    n.id: module.facts(self.ctx, n) for n in self.ctx.nodes if n.kind in kinds
                }
            else:
                self._facts[module.__name__] = {}
            self._run_document(module)
        self._meta = [d for m in self.modules if hasattr(m, "check_meta") for d in m.check_meta(self.ctx)]
        self._sorted = None

    # --- inside -----------------------------------------------------------------------
    def _check_node(self, node: Node) -> None:
        found = []
        flat = node.flat
        for hook, has_cue in self._local_hooks[node.kind]:
            if has_cue is None or has_cue(flat):
                found.extend(hook(self.ctx, node))
        if found:
            self._local[node.id] = found
        else:
            self._local.pop(node.id, None)

    def _run_document(self, module) -> None:
        self._document[module.__name__] = list(module.check_document(self.ctx, self._facts[module.__name__]))

    def _sort_key(self, d: Diagnostic):
        node = self.ctx.by_id.get(d.paragraph_id) if d.paragraph_id else None
        order = node.order if node is not None else -1
        return (_PART_RANK.get(d.part, 0), order, d.span or (-1, -1))


def check_draft(draft: Draft) -> list[Diagnostic]:
    """Every diagnostic of a draft, in document order (one full check)."""
    return Engine(draft).diagnostics()


def diagnostics_of(rules: Iterable[str], found: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Those diagnostics whose rule is one of `rules` (a helper for tests and tools)."""
    wanted = set(rules)
    return [d for d in found if d.rule in wanted]
