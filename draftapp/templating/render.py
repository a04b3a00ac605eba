"""Render a new draft from a template and read it into a Draft.

`render_text(request)` gives the text dialect; `new_draft(request)` the Draft. With a
user folder (`user_dir`) the template is looked up there first and rendered in a worker
process with limits; built-in templates render here.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import traceback
from pathlib import Path

from jinja2 import TemplateError as JinjaError
from jinja2 import TemplateNotFound, TemplateSyntaxError
from jinja2.sandbox import SecurityError

from draftapp.io.errors import DraftIOError
from draftapp.lang import get_language
from draftapp.model import Draft
from draftapp.paths import PROJECT_ROOT, TEMPLATES
from draftapp.templating.environment import MAX_OUTPUT_CHARS, builtin_environment
from draftapp.templating.errors import TemplateError
from draftapp.templating.request import NewDraftRequest
from draftapp.templating.words import documents, family, template_for, words

#: Time a user template may take to render; the worker stops it at the line it reached.
USER_TEMPLATE_SECONDS = 5.0
#: Extra wall-clock time the parent allows for the worker's start-up before killing it.
WORKER_STARTUP_SECONDS = 5.0
#: Address-space limit of the worker process (where the OS supports it).
USER_TEMPLATE_MEMORY = 1024 * 1024 * 1024


def symbol_for(request: NewDraftRequest) -> str:
    """The document symbol: as given, or built from the organ's pattern with a placeholder
    for the number the Secretariat assigns ("A/71/L.[…]", "S/2026/[…]/Rev.1")."""
    if request.symbol:
        return request.symbol
    docs = documents()
    symbol = docs["symbols"][request.organ].format(
        session=request.session or "", year=request.year, number=words(request.language)["placeholders"]["number"]
    )
    if request.kind == "revised-draft-resolution":
        symbol += docs["revision_suffix"].format(revision=request.revision)
    return symbol


def context_for(request: NewDraftRequest) -> dict:
    """The names a template sees (documented in docs/templates.md)."""
    lang = get_language(request.language)
    resolution_template = template_for(request.organ, "draft-resolution")
    return {
        "language": request.language,
        "lang": lang,
        "punct": lang.punct,
        "words": words(request.language),
        "placeholder": words(request.language)["placeholders"],
        "organ": request.organ,
        "family": family(request.organ),
        "organ_line": lang.organ_line(request.organ),
        "committee": lang.committee_name(request.organ),
        "kind": request.kind,
        "kind_label": lang.kind_label(request.kind),
        "session": request.session,
        "next_session": request.next_session,
        "year": request.year,
        "date": request.date,
        "agenda": request.agenda,
        "agenda_numbers": [item.number for item in request.agenda],
        "provisional_agenda": request.provisional_agenda,
        "footnote_repeats": request.footnote_repeats,
        "title": request.title,
        "sponsors": request.sponsors,
        "symbol": symbol_for(request),
        "revision": request.revision,
        "resolution_template": resolution_template,
    }


def _tidy(text: str) -> str:
    """One blank line between blocks, whatever the template's whitespace; trailing spaces
    are kept (two of them are a line break in the dialect)."""
    return re.sub(r"\n(?:[ \t]*\n)+", "\n\n", text).strip("\n") + "\n"


def _where(exc: BaseException, dirs: list[Path]) -> tuple[str | None, int | None]:
    """The template file and line a rendering error came from: jinja2 rewrites the
    traceback so that template frames carry the template's file name and line."""
    if isinstance(exc, TemplateSyntaxError):
        return exc.name or (Path(exc.filename).name if exc.filename else None), exc.lineno
    found: tuple[str | None, int | None] = (None, None)
    roots = [str(d) for d in dirs] + [str(TEMPLATES)]
    for frame, line in traceback.walk_tb(exc.__traceback__):
        filename = frame.f_code.co_filename
        if any(filename.startswith(root) for root in roots):
            name = filename
            for root in roots:
                if filename.startswith(root):
                    name = os.path.relpath(filename, root)
            found = (name, line)
    return found


def render_in(env, name: str, context: dict, dirs: list[Path] = (), max_output: int = MAX_OUTPUT_CHARS) -> str:
    """Render template `name`, stopping at `max_output` characters; every failure is a
    TemplateError naming the template and the line."""
    try:
        template = env.get_template(name)
        pieces, size = [], 0
        for piece in template.generate(context):
            size += len(piece)
            if size > max_output:
                raise TemplateError(name, None, f"the output passed {max_output:,} characters; a draft is far smaller (stopped)")
            pieces.append(piece)
        return _tidy("".join(pieces))
    except TemplateError:
        raise
    except TemplateNotFound as e:
        raise TemplateError(name, None, f"no template named {e.name!r} was found") from None
    except SecurityError as e:
        where, line = _where(e, list(dirs))
        raise TemplateError(where or name, line, f"refused: {e} (a template may use only the values and filters it is given)") from None
    except JinjaError as e:
        where, line = _where(e, list(dirs))
        raise TemplateError(where or name, line, getattr(e, "message", None) or str(e)) from None
    except TimeoutError as e:
        where, line = _where(e, list(dirs))
        raise TemplateError(where or name, line, str(e)) from None
    except RecursionError:
        raise TemplateError(name, None, "the template calls itself without end") from None
    except MemoryError as e:
        where, line = _where(e, list(dirs))
        raise TemplateError(where or name, line, "the template used too much memory and was stopped") from None
    except Exception as e:  # a bug in a filter or a bad value: still the template's line
        where, line = _where(e, list(dirs))
        raise TemplateError(where or name, line, f"{type(e).__name__}: {e}") from None


def _uses_user_dir(user_dir: Path | None, name: str, explicit: bool) -> bool:
    return user_dir is not None and user_dir.is_dir() and (explicit or (user_dir / name).is_file())


def render_text(request: NewDraftRequest, user_dir: str | Path | None = None, template: str | None = None) -> str:
    """The new draft in the text dialect."""
    request = request.checked()
    name = template or template_for(request.organ, request.kind)
    user = Path(user_dir).expanduser() if user_dir else None
    if template and (user is None or not user.is_dir()) and not (TEMPLATES / template).is_file():
        where = f"in {user} or " if user else "among "
        raise TemplateError(template, None, f"no such template {where}the built-in templates")
    if _uses_user_dir(user, name, explicit=template is not None):
        return _render_in_worker(request, user, name)
    return render_in(builtin_environment(), name, context_for(request))


def new_draft(request: NewDraftRequest, user_dir: str | Path | None = None, template: str | None = None) -> Draft:
    """A new Draft made from the template for the request (or the named `template`)."""
    from draftapp.io.text import read_text

    name = template or template_for(request.checked().organ, request.kind)
    text = render_text(request, user_dir, template)
    try:
        return read_text(text, f"template {name}")
    except DraftIOError as e:
        raise TemplateError(name, None, f"the output is not a draft the app can read: {e.problem}") from None


# --- user templates in a worker process --------------------------------------------------


def _render_in_worker(request: NewDraftRequest, user_dir: Path, name: str) -> str:
    job = {
        "request": request.to_dict(),
        "user_dir": str(user_dir),
        "template": name,
        "max_output": MAX_OUTPUT_CHARS,
        "max_memory": USER_TEMPLATE_MEMORY,
        "seconds": USER_TEMPLATE_SECONDS,
    }
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    try:
        done = subprocess.run(
            [sys.executable, "-m", "draftapp.templating.worker"],
            input=json.dumps(job),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=USER_TEMPLATE_SECONDS + WORKER_STARTUP_SECONDS,
            env=env,
        )
    except subprocess.TimeoutExpired:
        raise TemplateError(name, None, f"took longer than {USER_TEMPLATE_SECONDS:g} seconds and was stopped") from None
    except OSError as e:
        raise TemplateError(name, None, f"could not start the template worker: {e}") from None
    try:
        answer = json.loads(done.stdout)
    except ValueError:
        # Killed by its CPU or memory limit, or crashed: no answer on stdout.
        detail = done.stderr.strip().splitlines()[-1:] or [f"exit status {done.returncode}"]
        raise TemplateError(name, None, f"stopped before it finished (too much time or memory?): {detail[0][:200]}") from None
    if "error" in answer:
        error = answer["error"]
        raise TemplateError(error.get("template") or name, error.get("line"), error["problem"])
    return answer["text"]
