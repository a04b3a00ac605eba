"""New drafts from jinja2 templates (templates/), in every organ and language.

    from draftapp.templating import NewDraftRequest, new_draft
    draft = new_draft(NewDraftRequest(organ="ga", language="zh", session=71, …))

See docs/templates.md for the template context, the filters and the placeholder marker.
"""

from draftapp.templating.errors import NewDraftError, TemplateError
from draftapp.templating.render import context_for, new_draft, render_text, symbol_for
from draftapp.templating.request import NewDraftRequest, agenda_items
from draftapp.templating.userdir import default_user_dir, user_templates
from draftapp.templating.words import document_type_for, document_types, template_for

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
