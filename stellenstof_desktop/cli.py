"""Command line: `stellenstof` starts the app; subcommands work without a window.

The subcommands import neither Qt nor the GUI, so they stay fast and run on a server.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from stellenstof_desktop import APP_NAME, __version__
from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.paths import DATA_DIR_ENV, resolve_data_dir

if TYPE_CHECKING:
    from stellenstof_desktop.services.container import Services

LANG_ENV = "STELLENSTOF_LANG"


class _DutchHelp(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        return super().add_usage(usage, actions, groups, prefix or "gebruik: ")


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="MAP",
        help=f"map met de database (standaard: de gegevensmap van uw account; of {DATA_DIR_ENV})",
    )
    parser = argparse.ArgumentParser(
        prog="stellenstof",
        description=f"{APP_NAME}: sessies, oefeningen en verslagen voor relatiecoaching. "
        "Zonder opdracht start het programma.",
        formatter_class=_DutchHelp,
        parents=[common],
        add_help=False,
    )
    parser._optionals.title = "opties"
    parser._positionals.title = "opdrachten"
    parser.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")
    parser.add_argument(
        "--version", action="version", version=f"{APP_NAME} {__version__}", help="toon de versie"
    )
    parser.add_argument(
        "--demo", action="store_true", help="vul een lege database bij de start met demostellen"
    )
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=os.environ.get(LANG_ENV, "nl"),
        help=f"taal van het programma (standaard nl; of {LANG_ENV})",
    )
    parser.add_argument("--quit-after", choices=("painted", "ready"), help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for name, text in (
        ("demo", "zet drie demostellen in een lege database"),
        ("list", "toon alle sessies: id, datum, stel"),
        ("selftest", "start het programma onzichtbaar op een tijdelijke database en test het"),
    ):
        command = sub.add_parser(
            name,
            help=text,
            description=text,
            parents=[common],
            formatter_class=_DutchHelp,
            add_help=False,
        )
        command._optionals.title = "opties"
        command.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "demo":
            return _demo(args.data_dir)
        if args.command == "list":
            return _list(args.data_dir)
        if args.command == "selftest":
            from stellenstof_desktop.app import run_selftest

            return run_selftest()
    except KnownError as error:
        print(f"stellenstof: {error}", file=sys.stderr)
        return 2
    from stellenstof_desktop.app import GuiOptions, run_gui

    return run_gui(GuiOptions(args.data_dir, args.demo, args.lang, args.quit_after))


def _open(data_dir: str | None) -> Services:
    from stellenstof_desktop.services.container import open_services

    return open_services(resolve_data_dir(data_dir))


def _demo(data_dir: str | None) -> int:
    from stellenstof_desktop.services.demo import fill_demo

    services = _open(data_dir)
    try:
        added = fill_demo(services)
    finally:
        services.db.close()
    print(f"{added} demosessies toegevoegd aan {services.db.path}")
    return 0


def _list(data_dir: str | None) -> int:
    services = _open(data_dir)
    try:
        rows = services.sessions.list_all()
    finally:
        services.db.close()
    if not rows:
        print("Nog geen sessies.", file=sys.stderr)
    for row in rows:
        print(f"{row.id}\t{row.date.isoformat()}\t{row.couple_name}")
    return 0
