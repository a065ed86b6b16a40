"""The `cxdesk` console command: the core's CLI, with the GUI for "no subcommand"."""

from __future__ import annotations

import argparse
import sys

from cxdesk.cli import main as cli_main


def _gui(args: argparse.Namespace) -> int:
    from ui.app import main as gui_main  # Qt loads only when the window is wanted

    return gui_main(db=args.db, lang=args.lang)


def main() -> int:
    return cli_main(sys.argv[1:], gui=_gui)


if __name__ == "__main__":
    raise SystemExit(main())
