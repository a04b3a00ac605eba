"""draftapp/paths.py finds resources/ and templates/ inside the package (a wheel) or
at the top of a checkout."""

from draftapp import paths


def test_checkout_data_folders_are_found():
    assert (paths.RESOURCES / "lang" / "en.json").is_file()
    assert (paths.TEMPLATES / "base.md.j2").is_file()


def test_folder_inside_the_package_wins(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "draftapp"
    (package / "resources").mkdir(parents=True)
    monkeypatch.setattr(paths, "PACKAGE", package)
    monkeypatch.setattr(paths, "PROJECT_ROOT", package.parent)
    assert paths.data_folder("resources") == package / "resources"


def test_checkout_folder_beside_the_package(tmp_path, monkeypatch):
    package = tmp_path / "checkout" / "draftapp"
    package.mkdir(parents=True)
    monkeypatch.setattr(paths, "PACKAGE", package)
    monkeypatch.setattr(paths, "PROJECT_ROOT", package.parent)
    assert paths.data_folder("templates") == tmp_path / "checkout" / "templates"
