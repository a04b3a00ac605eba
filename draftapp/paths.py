"""Where the data folders live: resources/ and templates/ sit beside the package."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"
TEMPLATES = PROJECT_ROOT / "templates"
