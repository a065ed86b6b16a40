"""The `cxdesk` console command: the core's CLI, with the GUI for "no subcommand"."""

from __future__ import annotations

import argparse
import multiprocessing
import sys

from cxdesk.cli import main as cli_main
from cxdesk.db.engine import resolve_url


def _gui(args: argparse.Namespace) -> int:
    if args.db is not None:
        resolve_url(args.db)  # a bad path ends here in one line, before any window opens
    from ui.app import main as gui_main  # Qt loads only when the window is wanted

    return gui_main(db=args.db, lang=args.lang)


def main() -> int:
    # a frozen build starts the reading process (cxdesk/services/reader_process.py) as this
    # same program: here it turns into that process instead of a second window
    multiprocessing.freeze_support()
    return cli_main(sys.argv[1:], gui=_gui)


if __name__ == "__main__":
    raise SystemExit(main())
