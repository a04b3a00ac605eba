"""Property: in every official language, our DOCX imports back equal, and without its
embedded draft keeps its structure."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from draftapp.io.docx import export_docx
from draftapp.io.formats import read_draft
from test_import_docx_roundtrip import strip_embedded, structure
from test_import_pdf_like import LOCAL, local_drafts


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(LOCAL)).flatmap(local_drafts))
def test_docx_in_every_language(draft):
    with tempfile.TemporaryDirectory() as folder:
        path, stripped = Path(folder) / "draft.docx", Path(folder) / "stripped.docx"
        export_docx(draft, path)
        assert read_draft(path) == draft
        strip_embedded(path, stripped)
        again = read_draft(stripped)
        assert again.language == draft.language
        assert structure(again) == structure(draft)
