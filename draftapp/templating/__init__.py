"""New drafts from jinja2 templates (templates/), in every organ and language.

    from draftapp.templating import NewDraftRequest, new_draft
    draft = new_draft(NewDraftRequest(organ="ga", language="zh", session=71, …))

See docs/templates.md for the template context, the filters and the placeholder marker.
"""

from importlib import import_module

#: Name -> module, imported on first use: `render` brings jinja2, which the checks (that
#: only read the placeholder marker) and the editor's start-up do not need.
_HOMES = {
    "NewDraftError": "errors", "TemplateError": "errors",
    "context_for": "render", "new_draft": "render", "render_text": "render", "symbol_for": "render",
    "NewDraftRequest": "request", "agenda_items": "request",
    "default_user_dir": "userdir", "user_templates": "userdir",
    "document_type_for": "words", "document_types": "words", "template_for": "words",
}


def __getattr__(name: str):
    if name in _HOMES:
        return getattr(import_module(f"draftapp.templating.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'draftapp.templating' has no attribute {name!r}")


__all__ = [
    "NewDraftError",
    "NewDraftRequest",
    "agenda_items",
    "TemplateError",
    "context_for",
    "default_user_dir",
    "document_type_for",
    "document_types",
    "new_draft",
    "render_text",
    "symbol_for",
    "template_for",
    "user_templates",
]
