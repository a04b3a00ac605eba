"""The `draftapp` command: the editor by default, subcommands for headless work.

Each subcommand lives in draftapp/commands/<name>.py with `register(subparsers)`; the
function it registers returns the exit status. Errors meant for the user are raised as
`UserError` or `DraftIOError` and printed to stderr without a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from draftapp import __version__
from draftapp.io.errors import DraftIOError

#: Subcommand modules under draftapp/commands, in the order `--help` lists them.
COMMANDS = ["convert", "show", "check", "diff", "new", "export", "mandates", "merge", "amendment", "desktop"]


from draftapp.user_error import UserError  # noqa: F401 - one class, however cli.py is run (python -m)
#: The exit status of a failure Draftapp did not foresee (a bug), after a one-line message.
INTERNAL_ERROR = 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="draftapp",
        description="Draft United Nations resolutions. `draftapp [FILE]` opens the editor.",
    )
    parser.add_argument("--version", action="version", version=f"draftapp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"draftapp.commands.{name}").register(sub)
    return parser


def open_editor(args: argparse.Namespace) -> int:
    try:
        gui = importlib.import_module("draftapp.gui.app")
    except ModuleNotFoundError as e:
        if e.name and e.name.startswith("draftapp.gui"):
            print("draftapp: the editor is not built yet; use a subcommand (draftapp --help)", file=sys.stderr)
            return 1
        raise
    return gui.run(getattr(args, "open_file", None))


def discard_stdout() -> None:
    """Point standard output at the null device, so that what is still buffered for a
    closed pipe or a full disk is dropped instead of failing again when Python exits."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests)
        pass


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # `draftapp FILE` opens FILE: argparse would take FILE for a command name. The
    # parser (every subcommand imported) is built only when needed: a fifth of a start
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        args = argparse.Namespace(command=None, open_file=argv[0])
        if len(argv) > 1:
            build_parser().error(f"unexpected arguments after {argv[0]}: {' '.join(argv[1:])}")
    else:
        args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            return open_editor(args)
        status = args.func(args)
        sys.stdout.flush()
        return status
    except (UserError, DraftIOError) as e:
        print(f"draftapp: {e}", file=sys.stderr)
        return getattr(e, "status", 2)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `draftapp show --json FILE | head -1`
        discard_stdout()
        return 0
    except OSError as e:  # standard output on a full disk, and the like
        discard_stdout()
        where = f"{e.filename}: " if e.filename else "standard output: "
        print(f"draftapp: {where}{e.strerror or e}", file=sys.stderr)
        return 2
    except Exception as e:  # noqa: BLE001 - a bug in Draftapp: said in one line, never a traceback
        source = getattr(args, "input", None) or getattr(args, "file", None) or getattr(args, "from_file", None)
        from draftapp.io.formats import unexpected

        where = f"{source}: " if source else ""
        print(f"draftapp: {where}internal error while running {args.command}: {unexpected(e)}; "
              "please report it", file=sys.stderr)
        return INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())
