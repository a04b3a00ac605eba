"""The structure of a draft as the rules see it: every paragraph and footnote as a Node
that knows its part, depth and neighbours, plus the language and its phrase bank.

A Context is rebuilt whenever the structure changes (insert, delete, move, indent,
footnotes, metadata, language); while only the text of a paragraph changes, it stays
valid, which is what lets the engine re-check one paragraph alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from draftapp.lang import Language, get_language
from draftapp.model import OBJECT_CHAR, OPERATIVE, PREAMBLE, Draft, Footnote, Paragraph, Text

FOOTNOTES = "footnotes"


@dataclass(eq=False)
class Node:
    item: Paragraph | Footnote
    part: str  # preamble, operative or footnotes
    depth: int  # 0 for a top-level paragraph or a footnote, 1 for (a), 2 for (i) …
    top: int  # 0-based index of the top-level paragraph (or footnote) it belongs to
    order: int  # position in document order
    parent: "Node | None" = None
    last_sibling: bool = False
    last_in_part: bool = False  # the very last paragraph of its part, at any depth
    children: list["Node"] = field(default_factory=list)
    # Plain attributes rather than properties: rules read them thousands of times a check.
    is_footnote: bool = field(init=False)
    kind: str = field(init=False)  # "top", "sub" or "footnote" (engine.NODE_KINDS)
    id: str = field(init=False)
    flat: str = field(init=False)  # flat_text(): model offsets, one U+FFFC per inline object
    text: str = field(init=False)  # the words, without footnote markers or reference numbers
    # What rules read of the paragraph's text, kept until the engine says it changed.
    memo: dict = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.is_footnote = self.part == FOOTNOTES
        self.kind = "footnote" if self.is_footnote else ("top" if self.depth == 0 else "sub")
        self.id = self.item.id
        self.refresh()

    def refresh(self) -> None:
        """The text changed: read it again and drop what rules kept of it."""
        runs = self.item.runs
        self.flat = "".join(r.text if isinstance(r, Text) else OBJECT_CHAR for r in runs)
        self.text = "".join(r.text for r in runs if isinstance(r, Text))
        self.memo.clear()

    @property
    def heading(self) -> bool:
        return getattr(self.item, "heading", False)

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
