"""`draftapp new`: a new draft from a template, for any organ and language.

    draftapp new --organ ga --lang zh --session 71 --agenda "126(v)" \
        --agenda-title "…" --agenda-title "…" --title "…" --sponsor 亚美尼亚 … -o x.draft

Arguments are added in groups (`add_arguments`) and turned into a request in one place
(`request_from_args`), so that other ways to start a draft can join as options.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from draftapp.lang import LANGUAGES
from draftapp.model import KINDS, ORGANS, Draft


def register(sub) -> None:
    p = sub.add_parser(
        "new",
        help="start a new draft from a template",
        description="Start a new draft from the template for an organ and document kind, in one of the "
        "six languages. What you leave out becomes a placeholder ([…]) that the checks flag until filled.",
    )
    add_arguments(p)
    p.set_defaults(func=run)


def add_arguments(p: argparse.ArgumentParser) -> None:
    what = p.add_argument_group("the document")
    what.add_argument("--organ", choices=ORGANS, default="ga", help="ga, ga-c1 … ga-c6 (Main Committees), sc, ecosoc, hrc (default: ga)")
    what.add_argument("--lang", choices=LANGUAGES, default="en", dest="language", help="language of the draft (default: en)")
    what.add_argument("--kind", choices=[k for k in KINDS if k not in ("amendment", "resolution")], default="draft-resolution")
    what.add_argument("--session", type=int, help="session number, e.g. 71 (General Assembly and Human Rights Council)")
    what.add_argument("--next-session", type=int, help="the session the closing paragraph names (default: the next one)")
    what.add_argument("--agenda", action="append", default=[], metavar="NUMBER", help='agenda item number, e.g. "126(v)" (repeatable)')
    what.add_argument("--provisional-agenda", default="", metavar="SYMBOL", help="before the agenda is adopted: the provisional agenda's symbol, e.g. A/80/150")
    what.add_argument("--agenda-title", action="append", default=[], metavar="TEXT", help="a title line of the agenda item (repeatable)")
    what.add_argument("--title", default="", help="title of the draft")
    what.add_argument("--sponsor", action="append", default=[], metavar="STATE", help="a sponsor, in any official language (repeatable)")
    what.add_argument("--symbol", default="", help="document symbol (default: from the organ, with a placeholder number)")
    what.add_argument("--date", type=_iso_date, help="date of the draft, YYYY-MM-DD (default: today)")
    what.add_argument("--year", type=int, help="year in the symbol of Security Council and ECOSOC drafts (default: the date's)")
    what.add_argument("--revision", type=int, default=1, help="n in …/Rev.n for a revised draft resolution (default: 1)")
    what.add_argument("--from", dest="from_file", metavar="FILE", help="start from last year's resolution (or a draft): .pdf as issued, .txt/.md copied from the PDF, .docx, .draft")
    how = p.add_argument_group("templates")
    how.add_argument("--templates", metavar="DIR", help="folder of your own templates (default: templates in your config folder, ~/.config/draftapp/templates on Linux)")
    how.add_argument("--template", metavar="NAME", help="render this template instead of the standard one for the document")
    how.add_argument("--list", action="store_true", help="list the document types and your own templates, and stop")
    out = p.add_argument_group("output")
    out.add_argument("-o", "--output", metavar="FILE", help="where to save: .draft, .md or .txt (required)")
    out.add_argument("--force", action="store_true", help="overwrite FILE if it exists")


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def request_from_args(args):
    """The NewDraftRequest the arguments describe. With several --agenda numbers the
    --agenda-title lines go one to each item, in order (the rest to the last)."""
    from draftapp.templating import NewDraftRequest, agenda_items

    items = agenda_items(args.agenda, args.agenda_title)
    return NewDraftRequest(
        organ=args.organ,
        language=args.language,
        kind=args.kind,
        session=args.session,
        next_session=args.next_session,
        agenda=items,
        provisional_agenda=args.provisional_agenda,
        title=args.title,
        sponsors=list(args.sponsor),
        symbol=args.symbol,
        date=args.date,
        year=args.year,
        revision=args.revision,
    )


def templates_dir(args) -> Path | None:
    from draftapp.templating import default_user_dir

    return Path(args.templates).expanduser() if args.templates else default_user_dir()


def build_draft(args) -> Draft:
    """The new draft the arguments ask for; problems become UserError."""
    from draftapp.cli import UserError
    from draftapp.templating import NewDraftError, new_draft

    if getattr(args, "from_file", None):
        from draftapp.io.carryover import carry_over
        from draftapp.io.formats import read_draft

        ignored = _template_options_given(args)
        if ignored:  # they were dropped without a word: "--session 90" gave session 81
            raise UserError(
                f"{' '.join(ignored)}: not used with --from, which takes the language, organ, session and the "
                f"rest from {args.from_file}; leave {'them' if len(ignored) > 1 else 'it'} out and edit the new draft"
            )
        return carry_over(read_draft(args.from_file), source=Path(args.from_file).name)
    if args.templates and not Path(args.templates).expanduser().is_dir():
        raise UserError(f"--templates {args.templates}: no such folder")
    try:
        return new_draft(request_from_args(args), templates_dir(args), args.template)
    except NewDraftError as e:
        raise UserError(str(e)) from None


def _template_options_given(args) -> list[str]:
    """The options of a template draft given a value other than their default."""
    probe = argparse.ArgumentParser(add_help=False)
    add_arguments(probe)
    given = []
    for action in probe._actions:
        if not action.option_strings or action.dest in ("from_file", "output", "force", "list"):
            continue
        if getattr(args, action.dest, action.default) != action.default:
            given.append(action.option_strings[0])
    return given


def list_templates(args) -> None:
    from draftapp.templating import document_types, user_templates

    print("Document types (--kind, and the organs for --organ):")
    for name, spec in document_types().items():
        print(f"  {name:28} --kind {spec['kind']:26} {', '.join(spec['organs'])}")
    folder = templates_dir(args)
    mine = user_templates(folder)
    print(f"Your templates in {folder} (--template NAME):" if mine else f"No templates of your own in {folder}.")
    for name in mine:
        print(f"  {name}")


def run(args) -> int:
    from draftapp.cli import UserError
    from draftapp.io.formats import write_draft

    if args.list:
        list_templates(args)
        return 0
    if not args.output:
        raise UserError("say where to save the new draft: -o FILE (.draft, .md or .txt)")
    output = Path(args.output)
    if output.exists() and not args.force:
        raise UserError(f"{output} exists; choose another name or add --force to overwrite it")
    write_draft(build_draft(args), output)
    return 0
