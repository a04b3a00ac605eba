"""The reference text dialect: the form of reference/csto-draft-zh.md."""

from draftapp.io.text.reader import join_lines, read_text
from draftapp.io.text.writer import TextWriter, write_text

__all__ = ["TextWriter", "join_lines", "read_text", "write_text"]
