"""What pyproject.toml cannot say: resources/ and templates/ stay at the top of the
repository, and the wheel carries them inside the package, as draftapp/resources and
draftapp/templates (draftapp/paths.py finds them in either place)."""

from setuptools import find_namespace_packages, find_packages, setup

DATA = {"draftapp.resources": "resources", "draftapp.templates": "templates"}


def data_packages() -> list[str]:
    """Every data folder and sub-folder, named as a package so that setuptools copies it."""
    names = []
    for package, folder in DATA.items():
        names += [package] + [f"{package}.{sub}" for sub in find_namespace_packages(folder)]
    return names


setup(
    packages=find_packages(include=["draftapp", "draftapp.*"]) + data_packages(),
    package_dir=DATA,
    package_data={name: ["*"] for name in data_packages()},
)
