"""Turning a kept picture a quarter at a time, as the thumbnail's menu and keys and the full
view's buttons ask. The picture is read from the vault and stored again on the GUI thread
(the one thread that uses the journal's connection); decoding, turning, writing it anew
and its new thumbnail run on the background helper (a 12-megapixel JPEG takes a
noticeable moment). Turns asked for while one is running are added up and done next, so
quick presses of ] are neither lost nor stored out of order.

A turn is undone by turning back: nothing is held for the undo bar. Turning back gives
the same pixels for PNG; a JPEG or WebP is written anew at each turn (quality 92), as
the core keeps pictures."""

from __future__ import annotations

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.journal.attachments import keeping
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.attachments import Intake
from trustjournal.ui.journal.pictures import texts
from trustjournal.ui.qt import QtCore, Signal
from trustjournal.ui.widgets.background import run_in_background

Turned = Intake | str  # the picture turned, or the sentence saying why it could not be


class PictureTurner(QtCore.QObject):
    """Turns pictures of the journal, one turn of each picture at a time."""

    turned = Signal(object)  # the Attachment as stored now
    said = Signal(str)  # a sentence for the editor's status line

    def __init__(self, journal: Journal, parent: QtCore.QObject) -> None:
        super().__init__(parent)
        self._journal = journal
        self._running: set[int] = set()
        self._waiting: dict[int, int] = {}  # quarter turns asked for during a running one
        self._session = 0  # counts the clears (a lock): nothing is stored after one

    def turn(self, attachment_id: int, quarter_turns: int) -> None:
        if attachment_id in self._running:
            self._waiting[attachment_id] = self._waiting.get(attachment_id, 0) + quarter_turns
            return
        self._start(attachment_id, quarter_turns)

    def clear(self) -> None:
        """Forget every turn asked for (on lock): one still running is dropped when done."""
        self._session += 1
        self._running.clear()
        self._waiting.clear()

    def _start(self, attachment_id: int, quarter_turns: int) -> None:
        if quarter_turns % 4 == 0:
            return  # turned all the way round: nothing to store
        try:
            picture = self._journal.attachments.picture(attachment_id)
            data = self._journal.attachments.content(attachment_id)
        except TrustJournalError as error:  # not a picture, or removed meanwhile
            self.said.emit(str(error))
            return
        self._running.add(attachment_id)
        session, name = self._session, picture.name
        run_in_background(
            lambda: _turned_or_refused(data, name, quarter_turns),
            lambda turned: self._keep(session, attachment_id, turned),
            lambda error: self._failed(session, attachment_id, str(error)),
            owner=self,
        )

    def _keep(self, session: int, attachment_id: int, turned: Turned) -> None:
        if session != self._session:
            return  # locked meanwhile: the journal is closed, and nothing is stored
        self._running.discard(attachment_id)
        if isinstance(turned, str):
            self._failed(session, attachment_id, turned)
            return
        try:
            attachment = self._journal.attachments.keep_turned(attachment_id, turned)
        except TrustJournalError as error:  # removed while it was turning
            self._failed(session, attachment_id, str(error))
            return
        self.said.emit(texts.TURNED.format(name=attachment.name))
        self.turned.emit(attachment)
        self._start(attachment_id, self._waiting.pop(attachment_id, 0))

    def _failed(self, session: int, attachment_id: int, sentence: str) -> None:
        if session != self._session:
            return
        self._running.discard(attachment_id)
        self._waiting.pop(attachment_id, None)
        self.said.emit(sentence)


def _turned_or_refused(data: bytes, name: str, quarter_turns: int) -> Turned:
    """Runs off the GUI thread: the picture turned, or the one sentence that refuses it."""
    try:
        return keeping.turned_picture(data, name, quarter_turns)
    except TrustJournalError as refusal:
        return str(refusal)
