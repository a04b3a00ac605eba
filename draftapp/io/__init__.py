"""File formats: native .draft, the reference text dialect, DOCX out and in."""
