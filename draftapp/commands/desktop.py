"""`draftapp desktop --install | --uninstall [--system]`: the editor's desktop entry,
icon and .draft file type (draftapp/desktop.py)."""

from draftapp import desktop


def register(sub) -> None:
    p = sub.add_parser("desktop", help="add the editor to the desktop's applications, opening .draft files (or remove it)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--install", action="store_true", help="install the desktop entry, icon and .draft file type")
    what.add_argument("--uninstall", action="store_true", help="remove them")
    p.add_argument("--system", action="store_true", help=f"for every user, under {desktop.SYSTEM_DATA} (needs root)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    p.set_defaults(func=run)


def run(args) -> int:
    if args.install:
        done, verb = desktop.install(args.system), "Installed"
    else:
        done, verb = desktop.uninstall(args.system), "Removed"
    if not args.quiet:
        print(f"{verb}:\n{desktop.describe(done)}" if done else "Nothing to remove.")
    return 0
