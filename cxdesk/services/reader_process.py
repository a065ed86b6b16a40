"""Run read-only core functions in a second Python process, so their work never holds the
calling process's interpreter lock.

The analysis pages compute with pandas and SQLAlchemy: Python code and C calls that keep
the GIL for up to tens of milliseconds at a time. Run in a thread of the GUI's own process,
three such threads kept the window from painting for up to 55 ms now and then (measured at
100,000 responses); run in another process they cannot touch it. A call is
`func(db, *args)`: `func` a module-level function (sent by name), the arguments and the
result picklable. Until the process has started, once it has failed, or for a database no
other process can open (SQLite in memory), the call runs in the caller's process instead,
so nothing depends on the process being there.

    reader = ReaderProcess(db)
    reader.start()                          # in the background; ready about a second later
    data = reader.call(overview, filters, comparison, today)   # from a worker thread
    reader.close()

The process reads through its own connection to the same database (SQLite in WAL mode
lets it read while the window writes) and translates with the caller's language.
"""

from __future__ import annotations

import importlib
import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from sqlalchemy.engine import make_url

from cxdesk import i18n
from cxdesk.db.database import Database
from cxdesk.db.engine import make_engine, make_sessionmaker

log = logging.getLogger(__name__)

T = TypeVar("T")

# imported by the process as it starts, so the first real call finds them loaded
PRELOAD = ("pandas", "cxdesk.services.analysis", "cxdesk.services.analysis_surveys",
           "cxdesk.insights.headlines")
RESTARTS = 2  # a process that dies is started again this often, then calls stay local

_db: Database | None = None  # the process's own connection (set in the process only)


def _open(url: str, preload: tuple[str, ...]) -> None:
    """The process's start: its own engine on the same database, the modules loaded."""
    global _db
    _leave_with_parent()
    engine = make_engine(url)
    _db = Database(url, engine, make_sessionmaker(engine))
    for module in preload:
        importlib.import_module(module)


def _leave_with_parent() -> None:
    """Exit when the window's process ends, even killed: the executor's worker would
    otherwise wait for work forever as an orphan."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)  # nothing to save: the process only reads

    threading.Thread(target=watch, name="cxdesk-parent-watch", daemon=True).start()


def _ping() -> int:
    """Answer once the process is up (its pid); opens the first connection, too."""
    assert _db is not None
    with _db.engine.connect():
        pass
    return os.getpid()


def _run(func: Callable[..., T], lang: str, args: tuple) -> T:
    if lang != i18n.current_language():
        i18n.load_language(lang)
    assert _db is not None
    return func(_db, *args)


def shareable(db: Database) -> bool:
    """Whether another process can open this database (not SQLite in memory)."""
    url = make_url(db.url)
    return url.get_backend_name() != "sqlite" or db.path is not None


class ReaderProcess:
    """One reading process beside the caller; `call` blocks the calling thread only."""

    def __init__(self, db: Database, *, preload: tuple[str, ...] = PRELOAD) -> None:
        self.db = db
        self._preload = preload
        self._lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None
        self._ready = threading.Event()
        self._started = threading.Event()  # start() was asked for (and not closed since)
        self._restarts = 0
        self._closed = False
        self.pid: int | None = None

    @property
    def ready(self) -> bool:
        """Calls go to the process (False: they run in the caller)."""
        return self._ready.is_set()

    def start(self) -> bool:
        """Start the process in the background; False when it cannot serve this database."""
        with self._lock:
            return self._start_locked()

    def _start_locked(self) -> bool:
        if self._closed or not shareable(self.db):
            return False
        if self._executor is not None:
            return True
        self._started.set()
        # spawn, never fork: forking a process with Qt's threads running is unsafe
        context = multiprocessing.get_context("spawn")
        executor = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_open,
                                       initargs=(self.db.url, self._preload))
        self._executor = executor
        executor.submit(_ping).add_done_callback(
            lambda future: self._answered(executor, future))
        return True

    def _answered(self, executor: ProcessPoolExecutor, future: Future) -> None:
        error = future.exception()
        if error is not None:
            log.warning("the reading process did not start (%s); reading here instead", error)
            self._drop(executor)
            return
        with self._lock:
            if self._executor is executor:
                self.pid = future.result()
                self._ready.set()

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Block until the process answers (benchmarks and tests); False on a timeout or when
        it was never started."""
        if not self._started.is_set():
            return False
        return self._ready.wait(timeout)

    def call(self, func: Callable[..., T], *args: Any) -> T:
        """`func(db, *args)`, in the process when it is ready, else here."""
        executor = self._executor if self._ready.is_set() else None
        if executor is None:
            return func(self.db, *args)
        try:
            pickle.dumps((func, args))  # a lambda or an open handle cannot go: read it here
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            log.warning("%r cannot go to the reading process (%s); reading here", func, exc)
            return func(self.db, *args)
        try:
            future = executor.submit(_run, func, i18n.current_language(), args)
            return future.result()
        except (BrokenProcessPool, CancelledError) as exc:  # died, or closed meanwhile
            if self._closed:
                raise CancelledError("the reading process was closed") from exc
            log.warning("the reading process stopped (%r); reading here", exc)
            self._drop(executor, restart=True)
            return func(self.db, *args)
        except RuntimeError as exc:
            if "shutdown" not in str(exc):
                raise  # the function's own error, raised in the process
            return func(self.db, *args)  # shut down a moment ago by another call

    def job(self, func: Callable[..., T], *args: Any) -> Callable[[], T]:
        """A no-argument callable for a task runner: `call(func, *args)`."""
        return lambda: self.call(func, *args)

    def _drop(self, executor: ProcessPoolExecutor, *, restart: bool = False) -> None:
        with self._lock:
            if self._executor is not executor:
                return  # already dropped by another caller
            self._executor = None
            self._ready.clear()
            self.pid = None
            executor.shutdown(wait=False, cancel_futures=True)
            if restart and self._restarts < RESTARTS:
                self._restarts += 1
                self._start_locked()

    def close(self) -> None:
        """Stop the process at once: it only reads, so nothing is lost by not waiting."""
        with self._lock:
            self._closed = True
            self._ready.clear()
            self._started.clear()
            executor, self._executor = self._executor, None
        if executor is None:
            return
        # terminate first, so quitting never waits for a computation nobody wants any more;
        # _processes is the executor's own table (Python 3.14 adds terminate_workers())
        for process in list(getattr(executor, "_processes", {}).values()):
            process.terminate()
        executor.shutdown(wait=False, cancel_futures=True)
