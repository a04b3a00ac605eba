"""Where the data folders are: the one place that knows.

resources/ and templates/ sit at the top of the repository. An installed wheel carries
them inside the package, as draftapp/resources and draftapp/templates (setup.py puts
them there), so they are looked for inside the package first, then beside it.
"""

from importlib.resources import files
from pathlib import Path

#: The draftapp package's folder, in a checkout or in site-packages.
PACKAGE = Path(str(files("draftapp")))
#: The folder that holds the package (a checkout, or site-packages): what a worker
#: process needs on its PYTHONPATH to import draftapp.
PROJECT_ROOT = PACKAGE.parent


def data_folder(name: str) -> Path:
    """The data folder `name`: inside the installed package, or at the checkout's top."""
    inside = PACKAGE / name
    return inside if inside.is_dir() else PROJECT_ROOT / name


RESOURCES = data_folder("resources")
TEMPLATES = data_folder("templates")
