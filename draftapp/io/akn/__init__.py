"""Akoma Ntoso 3.0 in the UN's profile (AKN4UN): `export_akn(draft, path)` writes a
resolution or draft as `<akomaNtoso><statement>`, `read_akn(path)` reads one back
(`draftapp.io.formats.read_draft` does so for .xml and .akn files)."""

from __future__ import annotations

from pathlib import Path


def export_akn(draft, path) -> None:
    """Write `draft` as Akoma Ntoso XML at `path`, atomically."""
    from draftapp.io import native
    from draftapp.io.akn.writer import write_akn

    native.atomic_write(Path(path), write_akn(draft))


def read_akn(path):
    from draftapp.io.akn.reader import read_akn as _read

    return _read(path)
