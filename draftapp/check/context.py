"""The structure of a draft as the rules see it: every paragraph and footnote as a Node
that knows its part, depth and neighbours, plus the language and its phrase bank.

A Context is rebuilt whenever the structure changes (insert, delete, move, indent,
footnotes, metadata, language); while only the text of a paragraph changes, it stays
valid, which is what lets the engine re-check one paragraph alone.
"""

from __future__ import annotations

from functools import cached_property

from draftapp.lang import Language, get_language
from draftapp.model import OBJECT_CHAR, OPERATIVE, PREAMBLE, Draft, Footnote, Paragraph, Text

FOOTNOTES = "footnotes"


class Node:
    """One paragraph (any depth) or footnote, with its place in the draft.

    Plain attributes rather than properties: rules read them thousands of times a check.
    """

    __slots__ = (
        "item", "part", "depth", "top", "order", "parent", "last_sibling", "last_in_part",
        "ends_top", "last_top", "children", "is_footnote", "kind", "id", "heading", "flat",
        "text", "memo",
    )

    def __init__(self, item: Paragraph | Footnote, part: str, depth: int, top: int, order: int,
                 parent: "Node | None" = None, last_sibling: bool = False):
        self.item = item
        self.part = part  # preamble, operative or footnotes
        self.depth = depth  # 0 for a top-level paragraph or a footnote, 1 for (a), 2 for (i) …
        self.top = top  # 0-based index of the top-level paragraph (or footnote) it belongs to
        self.order = order  # position in document order
        self.parent = parent
        self.last_sibling = last_sibling
        self.last_in_part = False  # the very last paragraph of its part, at any depth
        self.ends_top = False  # nothing of its top-level paragraph follows it
        self.last_top = False  # it belongs to the last top-level paragraph of its part
        self.children: list[Node] = []
        self.is_footnote = part == FOOTNOTES
        self.kind = "footnote" if self.is_footnote else ("top" if depth == 0 else "sub")  # engine.NODE_KINDS
        self.id = item.id
        self.heading = getattr(item, "heading", False)
        # What rules read of the paragraph's text, kept until the engine says it changed.
        self.memo: dict = {}
        self.refresh()

    def refresh(self) -> None:
        """The text changed: read it again and drop what rules kept of it."""
        runs = self.item.runs
        if len(runs) == 1 and type(runs[0]) is Text:  # most paragraphs: one plain run
            self.flat = self.text = runs[0].text
            self.memo.clear()
            return
        # flat_text(): model offsets, one U+FFFC per inline object
        self.flat = "".join([r.text if isinstance(r, Text) else OBJECT_CHAR for r in runs])
        # the words, without footnote markers or reference numbers
        self.text = self.flat if OBJECT_CHAR not in self.flat else "".join([r.text for r in runs if isinstance(r, Text)])
        self.memo.clear()

    @property
    def top_node(self) -> "Node":
        node = self
        while node.parent is not None:
            node = node.parent
        return node


class Context:
    def __init__(self, draft: Draft):
        self.draft = draft
        self.lang: Language = get_language(draft.language)
        self.code = draft.language
        self.punct = self.lang.punct  # Language.punct builds a namespace at each call
        self.nodes: list[Node] = []
        self.by_id: dict[str, Node] = {}
        for part in (PREAMBLE, OPERATIVE):
            self._add_part(part, draft.part(part))
        for i, note in enumerate(draft.footnotes):
            self._add(Node(note, FOOTNOTES, 0, i, len(self.nodes), last_sibling=i == len(draft.footnotes) - 1))
        self.footnote_ids = {f.id for f in draft.footnotes}
        self.tops = [n for n in self.nodes if n.depth == 0 and not n.is_footnote]  # top-level paragraphs
        # Whether an importer kept any label typed in the source (Paragraph.typed_label).
        self.typed_labels = any(getattr(n.item, "typed_label", None) for n in self.nodes)
        # operative number -> node of that top-level paragraph (headings take no number)
        self.operative_by_number: dict[int, Node] = {}
        number = 0
        for p in draft.operative:
            if not p.heading:
                number += 1
                self.operative_by_number[number] = self.by_id[p.id]
        self.operative_number = {n.id: k for k, n in self.operative_by_number.items()}

    def _add(self, node: Node) -> Node:
        self.nodes.append(node)
        self.by_id[node.id] = node
        return node

    def _add_part(self, part: str, paragraphs: list[Paragraph]) -> None:
        def visit(siblings, parent, depth, top):
            for i, p in enumerate(siblings):
                t = i if parent is None else top
                node = self._add(Node(p, part, depth, t, len(self.nodes), parent, i == len(siblings) - 1))
                if parent is not None:
                    parent.children.append(node)
                visit(p.children, node, depth + 1, t)

        start = len(self.nodes)
        visit(paragraphs, None, 0, 0)
        if len(self.nodes) > start:
            self.nodes[-1].last_in_part = True
        last_top = len(paragraphs) - 1
        for node in self.nodes[start:]:
            node.last_top = node.top == last_top
            node.ends_top = node.parent is None or (node.last_sibling and node.parent.ends_top)

    @cached_property
    def gender(self) -> str:
        """The organ's grammatical gender ("f" for the Assembly, "m" for the councils in
        most languages): the openings agree with it ("Préoccupée" / "Préoccupé")."""
        try:
            return self.lang.organ_gender(self.draft.meta.organ)
        except ValueError:
            return "f"

    @cached_property
    def bank(self):
        from draftapp.lang.phrases import phrase_bank

        return phrase_bank(self.code, self.gender)

    @cached_property
    def openings(self):
        from draftapp.check.opening_index import opening_index

        return opening_index(self.code, self.gender)

    @cached_property
    def labels(self) -> dict[str, str]:
        from draftapp.model import labels

        return labels(self.draft, self.lang.labels)
