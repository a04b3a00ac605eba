"""Draftapp: a desktop drafting aid for United Nations draft resolutions."""

__version__ = "0.1.0"
