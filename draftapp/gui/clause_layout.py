"""Measures shared by the clause pane's parts (pixels) and its drag-and-drop type."""

PARAGRAPH_MIME = "application/x-draftapp-paragraph"
GUTTER = 52  # room for "125." before the text
INDENT = 34  # per subparagraph level
BLOCK_SPACING = 7
