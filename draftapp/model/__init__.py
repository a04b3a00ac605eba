"""The draft model: dataclasses, derived numbering and edit commands. No I/O, no Qt."""

from draftapp.model.annex import Annex, all_paragraphs, annex_numbers
from draftapp.model.canonical import canonical, merge_runs
from draftapp.model.commands import (
    AddFootnote,
    CiteFootnote,
    Command,
    CommandError,
    Composite,
    DeleteParagraph,
    EditText,
    History,
    Indent,
    InsertCrossRef,
    InsertParagraph,
    MoveParagraph,
    Outdent,
    RemoveFootnote,
    SetHeading,
    SetLanguage,
    SetMeta,
    SetSponsors,
    insert_run,
    split_runs,
)
from draftapp.model.draft import (
    KINDS,
    OBJECT_CHAR,
    OPERATIVE,
    ORGANS,
    PARTS,
    PREAMBLE,
    Adoption,
    AgendaItem,
    CrossRef,
    Draft,
    Footnote,
    FootnoteRef,
    Metadata,
    Paragraph,
    Run,
    Text,
    new_id,
)
from draftapp.model.numbering import (
    ENGLISH,
    LabelScheme,
    LevelStyle,
    citations,
    cross_references,
    footnote_numbers,
    labels,
    operative_number,
    operative_numbers,
    reference_text,
)
from draftapp.model.versions import Base, SaveVersion, SetBase, Version, snapshot
