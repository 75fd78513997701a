"""Writing an export without holding the window: its bytes are made on the app's one
background helper, and written to disk from the GUI thread.

Making a PDF or HTML export re-encodes every picture (seconds for a couple of hundred),
and the window would not redraw or answer meanwhile. Only the making moves: the
document is read from the journal before, and the file is written after, both on the
GUI thread, which alone speaks to the journal. Cancelled while it is made, nothing is
written.

The making runs on a pool of its own: a lock (and the quick-hide key) waits for the work
on the app's pool, which may still use the journal, but never for an export being made,
which does not; a cancelled one finishes unseen, and its bytes are let go.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.exchange.export import FilesBeside, rendered, save_export
from trustjournal.core.exchange.model import ExportDocument
from trustjournal.core.journal.journal import Journal
from trustjournal.ui.exchange.export_language import in_language
from trustjournal.ui.qt import QtCore, Signal
from trustjournal.ui.widgets.background import run_in_background

_pools: list[QtCore.QThreadPool] = []  # the one, made on first use, for the app's life


@dataclass(frozen=True)
class ExportJob:
    """One export to make and write: what, where, and how."""

    document: ExportDocument
    fmt: str
    path: Path
    page_size: str
    password: str | None
    language: str  # the export's language code; empty for the app's own


def making_pool() -> QtCore.QThreadPool:
    """The exports' own pool: one at a time (a second waits for the first)."""
    if not _pools:
        pool = QtCore.QThreadPool()
        pool.setMaxThreadCount(1)
        _pools.append(pool)
    return _pools[0]


def wait_for_exports() -> None:
    """Quitting: wait for an export still being made (its bytes are let go), so that no
    thread runs the app's code while Python ends."""
    if _pools:
        _pools[0].waitForDone()


def made(job: ExportJob) -> tuple[bytes, FilesBeside | None]:
    """The export's bytes and the files beside it, in the export's language (on the
    helper's thread: the language chosen for the export is set there, for this alone)."""
    with in_language(job.language):
        return rendered(job.document, job.fmt, job.path, job.page_size, job.password)


class ExportWriter(QtCore.QObject):
    """Makes one export at a time in the background and writes it; says which way it
    ended with `written` (the path) or `failed` (one plain sentence)."""

    written = Signal(str)
    failed = Signal(str)

    def __init__(self, journal: Journal, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._job: ExportJob | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, job: ExportJob) -> None:
        if self._job is not None:
            raise RuntimeError("an export is already being written")
        self._job = job
        run_in_background(
            lambda: made(job),
            lambda result: self._write(job, result),
            lambda error: self._fail(job, error),
            owner=self,
            pool=making_pool(),
        )

    def cancel(self) -> None:
        """Let the export being made go: nothing is written when it is ready."""
        self._job = None

    def _write(self, job: ExportJob, result: tuple[bytes, FilesBeside | None]) -> None:
        if job is not self._job or not self._journal.vault.is_open:
            return  # cancelled, or locked meanwhile: the bytes are let go unwritten
        self._job = None
        data, beside = result
        try:
            save_export(self._journal, job.path, data, beside)
        except TrustJournalError as error:
            self.failed.emit(str(error))
            return
        self.written.emit(str(job.path))

    def _fail(self, job: ExportJob, error: TrustJournalError) -> None:
        if job is self._job:
            self._job = None
            self.failed.emit(str(error))
