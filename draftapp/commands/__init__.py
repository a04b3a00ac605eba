"""Subcommands of `draftapp`, one module each (see draftapp/cli.py)."""
