"""Command line: `stellenstof` starts the app; subcommands work without a window.

The subcommands import neither Qt nor the GUI, so they stay fast and run on a server.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from stellenstof_desktop import APP_NAME, __version__, log
from stellenstof_desktop.errors import KnownError, WrongPassphraseError
from stellenstof_desktop.paths import DATA_DIR_ENV, resolve_data_dir

if TYPE_CHECKING:
    from stellenstof_desktop.services.container import Services
    from stellenstof_desktop.services.vault import Vault

LANG_ENV = "STELLENSTOF_LANG"
PASSPHRASE_ENV = "STELLENSTOF_PASSPHRASE"


class _DutchHelp(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        # argparse asks with prefix "" for a subcommand's prog: only None means "the default".
        dutch = "gebruik: " if prefix is None else prefix
        return super().add_usage(usage, actions, groups, dutch)


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
        epilog=f"Is de database versleuteld, dan lezen de opdrachten het wachtwoord uit "
        f"{PASSPHRASE_ENV} of vragen ze erom in de terminal.",
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
        ("pdf", "schrijf het sessieverslag voor het stel als PDF"),
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
        command._positionals.title = "argumenten"
        command.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")
        if name == "pdf":
            command.add_argument("session_id", type=int, metavar="SESSIE", help="id uit 'list'")
            command.add_argument(
                "-o", "--output", required=True, metavar="BESTAND", help="waar de PDF komt"
            )
            command.add_argument(
                "--password",
                metavar="WACHTWOORD",
                help="beveilig de PDF met dit wachtwoord (AES-256); '-' vraagt erom",
            )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    stop_logging = log.setup()
    try:
        return _run(args)
    finally:
        stop_logging()


def _run(args: argparse.Namespace) -> int:
    try:
        if args.command == "demo":
            return _demo(args.data_dir)
        if args.command == "list":
            return _list(args.data_dir)
        if args.command == "pdf":
            return _pdf(args.data_dir, args.session_id, args.output, args.password)
        if args.command == "selftest":
            from stellenstof_desktop.app import run_selftest

            return run_selftest()
    except KnownError as error:
        log.log_known_error(error)
        print(f"stellenstof: {error}", file=sys.stderr)
        return 2
    from stellenstof_desktop.app import GuiOptions, run_gui

    return run_gui(GuiOptions(args.data_dir, args.demo, args.lang, args.quit_after))


def _open(data_dir: str | None) -> Services:
    from stellenstof_desktop.services.vault import Vault

    vault = Vault(resolve_data_dir(data_dir))
    vault.prepare(sweep=False)  # an interrupted re-key first: it decides whether a key is needed
    # Checked like the app does: a damaged, missing or unreadable file is told, never read
    # halfway or replaced by an empty one (the app offers the newest good backup).
    return vault.open(_passphrase(vault))


def _passphrase(vault: Vault) -> str | None:
    """The passphrase of an encrypted database: from the environment, else asked in a terminal.

    None for a plain or new database, and when there is no terminal to ask in (then opening
    fails with the message that says how to give it).
    """
    if not vault.needs_key():
        return None
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given  # a wrong one: opening says so
    if sys.stdin is None or not sys.stdin.isatty():  # the windowed app has no stdin
        return None
    import getpass

    for _attempt in range(3):
        typed = getpass.getpass("Wachtwoord van de database: ")
        if typed and vault.unlocks(typed):  # opening tells a damaged file apart
            return typed
        print("Dit wachtwoord klopt niet.", file=sys.stderr)
    raise WrongPassphraseError(vault.paths.database)


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


def _pdf(data_dir: str | None, session_id: int, output: str, password: str | None) -> int:
    """The same summary PDF as the app's "Samenvatting" tab, without Qt."""
    from stellenstof_desktop.content import load_method
    from stellenstof_desktop.paths import resource_path
    from stellenstof_desktop.report.pdf import encrypt, render_summary

    if password == "-":
        import getpass

        password = getpass.getpass("Wachtwoord voor de PDF: ")
    if password is not None and not password.strip():
        print("stellenstof: het wachtwoord is leeg; er is niets geschreven.", file=sys.stderr)
        return 2
    services = _open(data_dir)
    try:
        language = os.environ.get(LANG_ENV, "nl")
        method = load_method(
            language, resource_path("content"), services.db.path.parent / "content"
        )
        summary = services.summary.build(session_id, method.method)
    finally:
        services.db.close()
    pdf = render_summary(summary)
    if password:
        pdf = encrypt(pdf, password)
    from stellenstof_desktop.files import write_atomic

    try:
        # Whole or not at all: a kill mid-write keeps the earlier PDF at `output`.
        write_atomic(Path(output), pdf)
    except OSError as exc:
        print(
            f"stellenstof: {output} kan niet worden geschreven ({exc.strerror or exc})",
            file=sys.stderr,
        )
        return 2
    print(f"Verslag geschreven: {output}")
    return 0
