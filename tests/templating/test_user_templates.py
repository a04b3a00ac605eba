"""User templates: rendered in the sandbox in a worker process; failures, escape attempts,
runaway loops and huge output give a message naming the template and the line."""

import pytest

from draftapp.templating import NewDraftRequest, TemplateError, new_draft, render_text, user_templates
from draftapp.templating import render as render_module

REQUEST = NewDraftRequest(organ="ga", language="en", session=71)


def write(folder, name, text):
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def failure(folder, name) -> TemplateError:
    with pytest.raises(TemplateError) as caught:
        render_text(REQUEST, folder, name)
    return caught.value


def test_escape_attempt_is_refused_with_template_and_line(tmp_path):
    write(tmp_path, "evil.md.j2", "first line\nsecond\n{{ ''.__class__.__mro__[1].__subclasses__() }}\n")
    error = failure(tmp_path, "evil.md.j2")
    assert error.template == "evil.md.j2"
    assert error.line == 3
    assert "unsafe" in error.problem and "refused" in error.problem
    assert str(error).startswith("template 'evil.md.j2', line 3: refused")


def test_reaching_for_globals_through_a_filter_is_refused(tmp_path):
    write(tmp_path, "globals.md.j2", "{{ lang.agenda_line.__globals__ }}\n")
    error = failure(tmp_path, "globals.md.j2")
    assert error.line == 1 and "unsafe" in error.problem


def test_reading_a_file_outside_the_folder_is_refused(tmp_path):
    write(tmp_path, "peek.md.j2", '{% include "../../../etc/passwd" %}\n')
    error = failure(tmp_path, "peek.md.j2")
    assert "no template named '../../../etc/passwd'" in error.problem


def test_huge_string_is_refused_before_it_is_built(tmp_path):
    write(tmp_path, "big.md.j2", "ok\n{{ 'a' * 10**9 }}\n")
    error = failure(tmp_path, "big.md.j2")
    assert error.line == 2 and "would pass" in error.problem


def test_output_is_capped(tmp_path):
    write(tmp_path, "long.md.j2", "{% for i in range(100000) %}{{ 'x' * 50 }}{% endfor %}\n")
    error = failure(tmp_path, "long.md.j2")
    assert "output passed" in error.problem


def test_runaway_loop_is_stopped_at_its_line(tmp_path, monkeypatch):
    monkeypatch.setattr(render_module, "USER_TEMPLATE_SECONDS", 1.0)
    write(tmp_path, "slow.md.j2", "\n{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}\n")
    error = failure(tmp_path, "slow.md.j2")
    assert error.template == "slow.md.j2" and error.line == 2
    assert "longer than 1 seconds" in error.problem


def test_syntax_error_names_the_line(tmp_path):
    write(tmp_path, "broken.md.j2", "fine\n\n{% if %}\n")
    error = failure(tmp_path, "broken.md.j2")
    assert (error.template, error.line) == ("broken.md.j2", 3)


def test_unknown_name_names_the_line(tmp_path):
    write(tmp_path, "typo.md.j2", "a\n{{ sesion }}\n")
    error = failure(tmp_path, "typo.md.j2")
    assert error.line == 2 and "'sesion' is undefined" in error.problem


def test_output_that_is_not_a_draft_is_reported(tmp_path):
    write(tmp_path, "notes.md.j2", "## Seventy-first session\n\nSomething:\n\nnot a masthead\n\n### T\n\n*The General Assembly*,\n")
    with pytest.raises(TemplateError) as caught:
        new_draft(REQUEST, tmp_path, "notes.md.j2")
    assert caught.value.template == "notes.md.j2" and "not a draft" in caught.value.problem


def test_user_template_extends_the_base_and_replaces_a_block(tmp_path):
    write(tmp_path, "mine.md.j2", '{% extends "base.md.j2" %}\n{% block title %}\n### Our {{ session|session }}\n{% endblock %}\n')
    draft = new_draft(REQUEST, tmp_path, "mine.md.j2")
    assert draft.meta.title == "Our Seventy-first session"
    assert draft.meta.session == 71


def test_user_template_with_a_builtin_name_replaces_it(tmp_path):
    write(tmp_path, "ga-draft-resolution.md.j2", '{% extends "base.md.j2" %}\n{% block title %}\n### House style\n{% endblock %}\n')
    assert new_draft(REQUEST, tmp_path).meta.title == "House style"
    assert user_templates(tmp_path) == ["ga-draft-resolution.md.j2"]
    # without the folder, the built-in template
    assert new_draft(REQUEST).meta.title == "[… title …]"


def test_unknown_template_name(tmp_path):
    error = failure(tmp_path, "nothing.md.j2")
    assert "nothing.md.j2" in str(error)
