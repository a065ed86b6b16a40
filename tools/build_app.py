"""Build the desktop program with PyInstaller (build.spec), then check that it works.

    python tools/build_app.py               # dist/cxdesk/: cxdesk (window), cxdesk-cli
    python tools/build_app.py --no-check    # build only

Needs the `build` extra (`pip install -e ".[build]"`) and, on Linux, ldd and objdump
(Debian: binutils). The check runs the built programs as a user would: --version, demo data
into a new database, the figures as JSON, a Russian PDF summary, and the window (offscreen
here) with its reading process started from the same frozen program, then a SIGTERM that
must end both cleanly. It prints the size of the folder and the time of each step.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READER_FLAG = "--multiprocessing-fork"  # how multiprocessing starts the reading process


def step(title: str, command: list[str], **kwargs) -> subprocess.CompletedProcess:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, **kwargs)
    took = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"FAILED: {title} (exit {done.returncode})\n{done.stdout}\n{done.stderr}")
    print(f"  {title}: ok in {took:.1f} s")
    return done


def build(dist: Path, work: Path) -> None:
    step("translations", [sys.executable, str(ROOT / "tools" / "build_translations.py")])
    step("pyinstaller build.spec", [sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"),
                                    "--noconfirm", "--distpath", str(dist),
                                    "--workpath", str(work)], cwd=ROOT)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def children(pid: int) -> list[tuple[int, str]]:
    """(pid, command line) of the processes whose parent is `pid` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if int(stat.rsplit(") ", 1)[1].split()[1]) == pid:
            found.append((int(entry.name), command))
    return found


def alive(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(") ", 1)[1][0] != "Z"
    except OSError:
        return False


def check_window(program: Path, database: Path) -> None:
    """The window starts, starts its reading process from the frozen program, and a SIGTERM
    ends both with exit code 0."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    window = subprocess.Popen([str(program), "--db", str(database), "--lang", "ru"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        reader = None
        while reader is None and time.perf_counter() - started < 60:
            if window.poll() is not None:
                out, err = window.communicate()
                sys.exit(f"FAILED: the window ended by itself ({window.returncode})\n{err}")
            reader = next((pid for pid, cmd in children(window.pid) if READER_FLAG in cmd),
                          None)
            time.sleep(0.2)
        if reader is None:
            sys.exit("FAILED: the window started no reading process within 60 s")
        print(f"  window with its reading process (pid {reader}): up in "
              f"{time.perf_counter() - started:.1f} s")
        time.sleep(2)  # let the reading process finish starting
        window.send_signal(signal.SIGTERM)
        code = window.wait(20)
        _, err = window.communicate()
        if code != 0:
            sys.exit(f"FAILED: SIGTERM ended the window with {code}\n{err}")
        for _ in range(100):
            if not alive(reader):
                break
            time.sleep(0.1)
        else:
            sys.exit("FAILED: the reading process outlived the window")
        noise = [line for line in err.splitlines() if "propagateSizeHints" not in line]
        if any("Traceback" in line or "Warning" in line for line in noise):
            sys.exit("FAILED: the window complained:\n" + "\n".join(noise))
        print("  SIGTERM: window and reading process ended cleanly")
    finally:
        if window.poll() is None:
            window.kill()


def check(dist: Path) -> None:
    folder = dist / "cxdesk"
    cli, gui = folder / "cxdesk-cli", folder / "cxdesk"
    if sys.platform == "win32":
        cli, gui = cli.with_suffix(".exe"), gui.with_suffix(".exe")
    print(f"  folder: {folder_size(folder) / 2**20:.0f} MB")
    version = step("cxdesk-cli --version", [str(cli), "--version"]).stdout.strip()
    print(f"    {version}")
    with tempfile.TemporaryDirectory(prefix="cxdesk-build-check-") as tmp:
        env = dict(os.environ, CXDESK_DATA_DIR=str(Path(tmp) / "data"))
        database = Path(tmp) / "demo.db"
        step("cxdesk-cli demo", [str(cli), "demo", "--db", str(database)], env=env)
        figures = json.loads(step("cxdesk-cli metrics --json", [
            str(cli), "metrics", "--db", str(database), "--json"], env=env).stdout)
        if not figures["nps"]["n"]:
            sys.exit("FAILED: the demo database gave no NPS answers")
        print(f"    NPS {figures['nps']['value']:.1f}, n = {figures['nps']['n']}")
        pdf = Path(tmp) / "summary.pdf"
        step("cxdesk-cli report summary --lang ru", [
            str(cli), "report", "summary", "--db", str(database), "--from", "2026-01-01",
            "--to", "2026-12-31", "--lang", "ru", "--out", str(pdf)], env=env)
        if not pdf.read_bytes().startswith(b"%PDF"):
            sys.exit("FAILED: the summary is not a PDF")
        if sys.platform.startswith("linux"):
            check_window(gui, database)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--no-check", dest="check", action="store_false")
    args = parser.parse_args()
    print("building:")
    build(args.dist, args.work)
    if args.check:
        print("checking:")
        check(args.dist)
    shutil.rmtree(args.work, ignore_errors=True)
    print(f"done: {args.dist / 'cxdesk'}")


if __name__ == "__main__":
    main()
