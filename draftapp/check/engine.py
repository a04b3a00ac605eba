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
                                              (an empty tuple: never; None: on every text)
    DEPENDS = "text" | "position"             what check_paragraph and facts read besides the
                                              draft's language, organ and metadata: the text
                                              and the kind of node only, or also its place
                                              (depth, children, last of its list …); without
                                              it, they run again on every structural change

When one paragraph's text changes, the engine re-runs check_paragraph and facts for it,
and check_document only for modules whose fact for that paragraph changed. Any other
change rebuilds the Context and runs everything again.
"""

from __future__ import annotations

import itertools

from draftapp.check.context import Context, Node
from draftapp.check.diagnostic import INFO, PARTS, Diagnostic
from draftapp.check.rules import RULE_MODULES
from draftapp.model.annex import annexes
from draftapp.model import Draft

_PART_RANK = {part: i for i, part in enumerate(PARTS)}
NODE_KINDS = ("top", "sub", "footnote")


FAILED = "check.failed"


def _failed(module: str, part: str, item_id: str | None, error: Exception) -> Diagnostic:
    """A rule that broke on this draft: said plainly, so the rest of the checks stand."""
    name = module.rsplit(".", 1)[-1]
    return Diagnostic(
        FAILED, INFO, part, item_id, None,
        f"The {name} checks could not read this ({type(error).__name__}: {error}); please report it.",
    )


class _NodeResults:
    """What the paragraph hooks and facts found for one node, and what they read."""

    __slots__ = ("runs", "flat", "place_key", "local", "facts")

    def __init__(self, runs, flat: str, place_key: tuple):
        self.runs, self.flat, self.place_key = runs, flat, place_key
        self.local: dict[str, list[Diagnostic]] = {}
        self.facts: dict[str, object] = {}


def _place_key(node: Node) -> tuple:
    """Where a node stands, as far as rules of DEPENDS = "position" may read it; its
    first two items (kind, part) are all that rules of DEPENDS = "text" read."""
    return (
        node.kind, node.part, node.depth, node.heading, bool(node.item.children) if not node.is_footnote else False,
        node.last_sibling, node.last_in_part, node.ends_top, node.top == 0, node.last_top,
    )


def _global_key(ctx: Context) -> tuple:
    """What every rule may read of the draft as a whole: when it changes, nothing is kept."""
    draft = ctx.draft
    first = next((p for p in draft.operative if not p.heading), None)
    return (
        draft.language, ctx.gender, repr(draft.meta), frozenset(ctx.footnote_ids), ctx.typed_labels,
        first.typed_label if first is not None else None, len(draft.preamble),
        tuple(annex.label for annex in annexes(draft)),  # a text that follows directly (punctuation)
    )


def _probe(cue: str) -> str | None:
    """A character of the cue to look for first, where one is likely to be rare: the
    first that is not an ASCII letter (a digit, a mark, a Chinese character). A test for
    one character is a memchr, many times faster than a search for two or more: most
    texts lack it ("1" for the cue "19"), and then the cue cannot be there either."""
    if len(cue) < 2:
        return None
    return next((c for c in cue if not (c.isascii() and c.isalpha())), None)


def _one_cue(cue: str):
    probe = _probe(cue)
    if probe is None:
        return lambda flat: cue in flat
    return lambda flat: probe in flat and cue in flat


def _cue_test(cues: tuple[str, ...]):
    """A quick test that a text holds one of the cues (substring tests, no regex); no
    cues at all means the hook has nothing to look for (in this language)."""
    if not cues:
        return lambda flat: False
    if len(cues) == 1:
        return _one_cue(cues[0])
    if len(cues) == 2:
        a, b = cues
        pa, pb = _probe(a), _probe(b)
        if pa is None and pb is None:
            return lambda flat: a in flat or b in flat
        if pa is not None and pb is not None:
            return lambda flat: (pa in flat and a in flat) or (pb in flat and b in flat)
        test_a, test_b = _one_cue(a), _one_cue(b)
        return lambda flat: test_a(flat) or test_b(flat)
    plain = tuple(cue for cue in cues if _probe(cue) is None)
    probed = [(_probe(cue), cue) for cue in cues if _probe(cue) is not None]
    if not probed:
        return lambda flat: any(cue in flat for cue in plain)
    return lambda flat: any(cue in flat for cue in plain) or any(p in flat and cue in flat for p, cue in probed)


def _hook_cues(module, ctx: Context):
    """The cue test of a module's check_paragraph; None (always call it) for a module
    without `cues`, or whose `cues(ctx)` returns None for this draft."""
    if not hasattr(module, "cues"):
        return None
    cues = module.cues(ctx)
    return None if cues is None else _cue_test(tuple(cues))


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
        old_facts = {name: table.get(node.id) for name, table in self._facts.items()}
        self._check_node(node, None)
        for module in self._doc_modules:
            name = module.__name__
            if self._facts[name].get(node.id) != old_facts[name]:
                self._run_document(module)
        self._sorted = None

    def structure_changed(self) -> None:
        """Anything but the text of one paragraph changed. Paragraph results are kept
        for paragraphs whose text and (for rules that read it) place did not change,
        as long as the language, metadata and footnotes are the same; the rest, the
        document checks and the metadata checks run again."""
        previous = getattr(self, "_results", {})
        previous_global = getattr(self, "_global", None)
        self.ctx = Context(self.draft)
        self._global = _global_key(self.ctx)
        if self._global != previous_global:
            previous = {}
        # The paragraph hooks to call on each kind of node, with the cues that must be in
        # a text for the hook to have anything to say (None: always call).
        self._local_hooks = {
            kind: [
                (
                    m.__name__,
                    m.check_paragraph,
                    _hook_cues(m, self.ctx),
                    getattr(m, "DEPENDS", None),
                )
                for m in self.modules
                if hasattr(m, "check_paragraph") and kind in _applies(m)
            ]
            for kind in NODE_KINDS
        }
        # For a paragraph whose text and place did not change: the hooks that run again
        # (no DEPENDS), the names of the others (their results are kept), and the order
        # of all of them (the order of a paragraph's diagnostics).
        self._rerun_hooks = {kind: [h for h in hooks if h[3] is None] for kind, hooks in self._local_hooks.items()}
        self._kept_names = {kind: frozenset(h[0] for h in hooks if h[3] is not None) for kind, hooks in self._local_hooks.items()}
        self._hook_order = {kind: [h[0] for h in hooks] for kind, hooks in self._local_hooks.items()}
        self._facts: dict[str, dict[str, object]] = {m.__name__: {} for m in self._doc_modules}
        self._fact_hooks = {
            kind: [
                (m.__name__, m.facts, getattr(m, "DEPENDS", None), self._facts[m.__name__])
                for m in self._doc_modules
                if hasattr(m, "facts") and kind in _applies(m)
            ]
            for kind in NODE_KINDS
        }
        self._local: dict[str, list[Diagnostic]] = {}
        self._results: dict[str, _NodeResults] = {}
        for node in self.ctx.nodes:
            self._check_node(node, previous.get(node.id))
        self._document: dict[str, list[Diagnostic]] = {}
        for module in self._doc_modules:
            self._run_document(module)
        self._meta = self._run_meta()
        self._sorted = None

    # --- inside -----------------------------------------------------------------------
    def _check_node(self, node: Node, old: "_NodeResults | None") -> None:
        """Run the paragraph hooks and facts of one node, reusing what `old` (its results
        before a structural change) still holds good."""
        place_key = _place_key(node)
        runs, flat, node_id = node.item.runs, node.flat, node.id
        results = _NodeResults(runs, flat, place_key)
        local, facts_found = results.local, results.facts
        found = []
        if old is not None and not (old.runs is runs and old.flat == flat):
            old = None
        if old is None:
            # Nothing to keep (a full check, or the text changed): the quick loop.
            for name, hook, has_cue, _depends in self._local_hooks[node.kind]:
                if has_cue is not None and not has_cue(flat):
                    continue
                these = self._run_hook(name, hook, node)
                if these:
                    local[name] = these
                    found.extend(these)
            for name, facts, _depends, table in self._fact_hooks[node.kind]:
                fact = self._run_facts(facts, node)
                facts_found[name] = fact
                table[node_id] = fact
        elif old.place_key == place_key:
            # Same text, same place (most paragraphs after a structural edit): keep what
            # the hooks of a DEPENDS found, run the others.
            kind = node.kind
            kept = self._kept_names[kind]
            for name, these in old.local.items():
                if name in kept:
                    local[name] = these
            for name, hook, has_cue, _depends in self._rerun_hooks[kind]:
                if has_cue is not None and not has_cue(flat):
                    continue
                these = self._run_hook(name, hook, node)
                if these:
                    local[name] = these
            if local:
                for name in self._hook_order[kind]:
                    these = local.get(name)
                    if these:
                        found.extend(these)
            for name, facts, depends, table in self._fact_hooks[kind]:
                if depends is not None:
                    fact = old.facts.get(name)
                else:
                    fact = self._run_facts(facts, node)
                facts_found[name] = fact
                table[node_id] = fact
        else:
            # Same text, another place: keep only what depends on the text alone.
            same_text = old.place_key[:2] == place_key[:2]  # kind and part
            for name, hook, has_cue, depends in self._local_hooks[node.kind]:
                if same_text and depends == "text":
                    these = old.local.get(name)
                elif has_cue is None or has_cue(flat):
                    these = self._run_hook(name, hook, node)
                else:
                    continue
                if these:
                    local[name] = these
                    found.extend(these)
            for name, facts, depends, table in self._fact_hooks[node.kind]:
                if same_text and depends == "text":
                    fact = old.facts.get(name)
                else:
                    fact = self._run_facts(facts, node)
                facts_found[name] = fact
                table[node_id] = fact
        self._results[node_id] = results
        if found:
            self._local[node_id] = found
        else:
            self._local.pop(node_id, None)

    def _run_hook(self, name: str, hook, node: Node) -> list[Diagnostic]:
        try:
            return list(hook(self.ctx, node))
        except Exception as error:  # a rule's bug must not take the editor down
            return [_failed(name, node.part if not node.is_footnote else "footnotes", node.id, error)]

    def _run_facts(self, facts, node: Node):
        try:
            return facts(self.ctx, node)
        except Exception:  # reported by the module's paragraph hook, or not at all
            return None

    def _run_document(self, module) -> None:
        try:
            found = list(module.check_document(self.ctx, self._facts[module.__name__]))
        except Exception as error:  # a rule's bug must not take the editor down
            found = [_failed(module.__name__, "meta", None, error)]
        self._document[module.__name__] = found

    def _run_meta(self) -> list[Diagnostic]:
        found: list[Diagnostic] = []
        for module in self.modules:
            if hasattr(module, "check_meta"):
                try:
                    found.extend(module.check_meta(self.ctx))
                except Exception as error:  # a rule's bug must not take the editor down
                    found.append(_failed(module.__name__, "meta", None, error))
        return found

    def _sort_key(self, d: Diagnostic):
        node = self.ctx.by_id.get(d.paragraph_id) if d.paragraph_id else None
        order = node.order if node is not None else -1
        return (_PART_RANK.get(d.part, 0), order, d.span or (-1, -1))


def check_draft(draft: Draft) -> list[Diagnostic]:
    """Every diagnostic of a draft, in document order (one full check)."""
    return Engine(draft).diagnostics()

