"""The `cxdesk` command: subcommands for scripts; no subcommand starts the GUI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from cxdesk import __version__
from cxdesk.errors import CxdeskError
from cxdesk.i18n import language_from_environment, load_language

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse that ends with one line and exit code 2 instead of a usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"cxdesk: {message}\n")


def _add_db(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # subcommands SUPPRESS their default so `cxdesk --db X demo` keeps the X given before them
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: CXDESK_DATABASE_URL or the data folder)",
    )


def _cmd_demo(args: argparse.Namespace) -> int:
    from cxdesk.db.database import open_database
    from cxdesk.demo import generate_demo

    db = open_database(args.db)
    try:
        summary = generate_demo(db, seed=args.seed)
    finally:
        db.dispose()
    print(f"demo data written to {db.display_name()}: " + ", ".join(
        f"{count} {name}" for name, count in summary.items()
    ))
    return 0


def _no_gui(args: argparse.Namespace) -> int:
    # the core never imports the GUI: the `cxdesk` command (ui.entry) passes it in
    print("cxdesk: no subcommand given; start the app with the `cxdesk` command "
          "(see `cxdesk --help`)", file=sys.stderr)
    return 2


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cxdesk",
        description="Measure and improve customer service. Without a subcommand, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"cxdesk {__version__}")
    _add_db(parser, top=True)
    parser.add_argument("--lang", choices=["en", "ru", "uk"], help="interface language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = sub.add_parser("demo", help="fill a database with realistic demo data")
    _add_db(demo)
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    demo.set_defaults(handler=_cmd_demo)

    for register in _extensions():
        register(sub, _add_db)
    parser.set_defaults(handler=None)
    return parser


def _extensions() -> list[Callable[[argparse._SubParsersAction, Callable], None]]:
    """Subcommands that live with their feature (metrics, visit, report …)."""
    registrars = []
    for module_name in ("cxdesk.cli_metrics", "cxdesk.cli_visit", "cxdesk.cli_report"):
        try:
            module = __import__(module_name, fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        registrars.append(module.register)
    return registrars


def main(argv: Sequence[str] | None = None, gui: Handler | None = None) -> int:
    """Run a subcommand; with none, `gui(args)` opens the app (args.db, args.lang)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors end here with their code
        return exc.code if isinstance(exc.code, int) else 2
    handler = args.handler or gui or _no_gui
    if args.handler is not None:  # the GUI picks its own language; the CLI speaks --lang or LANG
        load_language(args.lang or language_from_environment())
    try:
        return handler(args)
    except CxdeskError as exc:
        print(f"cxdesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `cxdesk metrics --json | head` closed the pipe: not an error
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
