"""The strip of thumbnails under an entry's text, and the ways files come in: "Attach…",
a drop, a paste.

Files are read and cleaned (the core's `prepared`, Pillow decoding and writing anew) off
the GUI thread through the app's one background helper, then kept in the vault there
too, on a connection of the helper's own (`Attachments.keep_apart`): the journal's own
connection stays the GUI thread's. Each thumbnail was made
by the core when the file came in (at most 320 px), so showing one is a small read and a
small decode. Removing one is held for the undo bar, as a deleted entry is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.core.records.attachments import Attachment, Intake
from trustjournal.ui.journal.naming import named
from trustjournal.ui.journal.pictures import arriving, texts
from trustjournal.ui.journal.pictures.decoding import decode_thumbnails
from trustjournal.ui.journal.pictures.full_view import PictureView
from trustjournal.ui.journal.pictures.thumbnail import (
    THUMBNAIL_SIDE,
    Coming,
    Thumbnail,
    tile_height,
)
from trustjournal.ui.journal.pictures.turning import PictureTurner
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from trustjournal.ui.widgets.background import run_in_background
from trustjournal.ui.widgets.file_dialogs import choose_files_to_open, choose_folder

_MARGINS = 12  # 4 above and below the row, and 4 under it


class PictureStrip(QtWidgets.QScrollArea):
    """The entry's attachments in a row, hidden while it has none."""

    said = Signal(str)  # a sentence for the editor's status line
    removed = Signal(object)  # a HeldAttachment, for the undo bar
    pictures_shown = Signal()  # the thumbnails' pictures are decoded and on screen

    def __init__(
        self,
        journal: Journal,
        entry_for_attaching: Callable[[], int | None],
        parent: QtWidgets.QWidget,
    ) -> None:
        super().__init__(parent)
        named(self, "editorPictures", _("Pictures and files"))
        self._journal = journal
        self._entry_for_attaching = entry_for_attaching  # stores a new entry first
        self._entry_id: int | None = None
        self._shown: list[Attachment] = []
        self._opened = 0  # counts the entries shown: an attach finishing later knows
        self._session = 0  # counts the clears (a lock): nothing is kept after one
        self._built = 0  # counts the rebuilds: decoded thumbnails for an older row are dropped
        self._arrivals = 0  # counts the attaches begun
        self._arriving: dict[int, tuple[int, list[str]]] = {}  # attach: (entry shown, names)
        self.coming: list[Coming] = []
        self.filling_in = 0  # entries shown whose thumbnails are still to be made
        self._fill_after_paint: int | None = None  # the entry shown, till the row is painted
        self.thumbnails: list[Thumbnail] = []
        self.view: PictureView | None = None
        self.caption_dialog: QtWidgets.QInputDialog | None = None
        self.turner = PictureTurner(journal, self)
        self.turner.said.connect(self.said)
        self.turner.turned.connect(self._turned)
        self.attach_button = named(
            QtWidgets.QPushButton(_("Attach\u2026"), parent),
            "editorAttach",
            _("Attach pictures or files"),
        )
        how = _("Attach pictures or files to this entry; you can also drop or paste them here.")
        self.attach_button.setToolTip(f"{how}\n\n{texts.WHAT_IS_REMOVED}")
        # The whole tooltip, for a keyboard and a screen reader: nobody hovers there.
        self.attach_button.setAccessibleDescription(f"{how} {texts.WHAT_IS_REMOVED}")
        self.attach_button.clicked.connect(self.choose_files)
        row = QtWidgets.QWidget(self)
        self._holder = row
        row.installEventFilter(self)  # its first paint makes the thumbnails (show_entry)
        self._row = QtWidgets.QHBoxLayout(row)
        self._row.setContentsMargins(0, _MARGINS // 3, 0, _MARGINS // 3)
        self._row.addStretch(1)
        self.setWidget(row)
        self.setWidgetResizable(True)
        self.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptDrops(True)
        self.hide()

    # -- which entry ------------------------------------------------------------------

    def show_entry(self, entry_id: int | None) -> None:
        """The entry's attachments, filled in once the page is painted: with ten pictures
        the thumbnails (their widgets, their reads and decoding) were a sixth of the CPU the
        Journal page took to show. Their room is kept from the start, so nothing moves."""
        self._opened += 1
        self._entry_id = entry_id
        self._close_windows()
        attachments = [] if entry_id is None else self._read_attachments(entry_id)
        self._rebuild([])
        if self._fill_after_paint is not None:
            self._fill_after_paint = None
            self.filling_in -= 1
        if attachments:
            self.setFixedHeight(tile_height(any(a.is_picture for a in attachments)) + _MARGINS)
            self.show()
            self._fill_after_paint = self._opened
            self.filling_in += 1

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        """The row painted (empty, its room kept): its thumbnails are made next."""
        painted = watched is self._holder and event.type() == QtCore.QEvent.Type.Paint
        if painted and self._fill_after_paint is not None:
            opened, self._fill_after_paint = self._fill_after_paint, None
            QtCore.QTimer.singleShot(0, self, lambda: self._fill_in(opened))
        return super().eventFilter(watched, event)

    def _fill_in(self, opened: int) -> None:
        self.filling_in -= 1
        if opened == self._opened:  # else another entry is shown by now
            self.refresh()

    def entry_stored(self, entry_id: int) -> None:
        """The new entry shown was stored (a first save): the same entry, now with an id."""
        self._entry_id = entry_id

    def clear(self) -> None:
        """Empty the strip and close the full view and the caption (on lock); an attach
        still running is dropped when it finishes."""
        self._session += 1
        self._arriving.clear()
        self.turner.clear()
        self.show_entry(None)

    def refresh(self) -> None:
        """Show the entry's attachments again, if they changed (one small query)."""
        attachments = [] if self._entry_id is None else self._read_attachments(self._entry_id)
        if attachments != self._shown or len(self.coming) != len(self._coming_names()):
            self._rebuild(attachments)

    def _read_attachments(self, entry_id: int) -> list[Attachment]:
        try:
            return self._journal.attachments.of_entry(entry_id)
        except TrustJournalError:
            return []

    def _rebuild(self, attachments: list[Attachment]) -> None:
        focused = next((t.attachment.id for t in self.thumbnails if t.hasFocus()), None)
        for old in [*self.thumbnails, *self.coming]:
            self._row.removeWidget(old)
            old.hide()  # at once: deleted later, it was still drawn under the new row
            old.deleteLater()
        self._shown = attachments
        self.thumbnails = [self._thumbnail(attachment) for attachment in attachments]
        self.coming = [Coming(name, self._holder) for name in self._coming_names()]
        previous: QtWidgets.QWidget = self.attach_button
        for position, tile in enumerate([*self.thumbnails, *self.coming]):
            self._row.insertWidget(position, tile)
            tile.show()  # now, not when the layout gets to it: a hidden one takes no focus
        for thumbnail in self.thumbnails:
            QtWidgets.QWidget.setTabOrder(previous, thumbnail)  # after "Attach…", in order
            previous = thumbnail
        self.setVisible(bool(attachments or self.coming))
        if attachments or self.coming:
            self.setFixedHeight(self._holder.sizeHint().height() + _MARGINS // 3)
        if focused is not None:  # the same picture again (a turn), else the last one
            same = [t for t in self.thumbnails if t.attachment.id == focused]
            chosen: list[QtWidgets.QWidget] = [*same, *self.thumbnails[-1:], self.attach_button]
            chosen[0].setFocus()
        self._decode_thumbnails()

    def _decode_thumbnails(self) -> None:
        self._built += 1
        built, ratio = self._built, self.devicePixelRatioF()
        decode_thumbnails(
            self._journal,
            [thumbnail.attachment for thumbnail in self.thumbnails],
            QtCore.QSize(int(THUMBNAIL_SIDE * ratio), int(THUMBNAIL_SIDE * ratio)),
            lambda images: self._show_pictures(built, images),
            lambda error: self.said.emit(str(error)),
            self,
        )

    def _show_pictures(self, built: int, images: list[QtGui.QImage | None]) -> None:
        if built != self._built:
            return  # the row was made again meanwhile; its own decode is on its way
        for thumbnail, image in zip(self.thumbnails, images, strict=True):
            if image is not None and not image.isNull():
                thumbnail.show_picture(image)
        self.pictures_shown.emit()

    def _thumbnail(self, attachment: Attachment) -> Thumbnail:
        thumbnail = Thumbnail(attachment, self._holder)
        thumbnail.open_wanted.connect(self.open_attachment)
        thumbnail.caption_wanted.connect(self.ask_caption)
        thumbnail.remove_wanted.connect(self.remove)
        thumbnail.turn_wanted.connect(self.turner.turn)
        return thumbnail

    # -- coming in --------------------------------------------------------------------

    def choose_files(self) -> None:
        chosen = choose_files_to_open(self, _("Attach to this entry"))
        self.attach_paths([Path(path) for path in chosen])

    def attach_paths(self, paths: Sequence[Path]) -> None:
        self._attach([(path.name, arriving.reading(path)) for path in paths])

    def attach_picture(self, image: QtGui.QImage) -> None:
        """A picture pasted or dropped without a file: kept as PNG, cleaned as any other."""
        name = f"{_('Pasted picture')}.png"
        self._attach([(name, arriving.encoding(image, name))])

    def take_mime(self, mime: QtCore.QMimeData) -> bool:
        """Attach what a drop or paste brings; False when it is text for the editor."""
        arrival = arriving.arrival_in(mime)
        if arrival is None:
            return False
        if arrival.picture is not None:
            self.attach_picture(arrival.picture)
        else:
            self.attach_paths(arrival.paths)
        return True

    def _attach(self, sources: list[tuple[str, arriving.Source]]) -> None:
        """Read and clean the files on the helper, then (`_store`) store them there too:
        a 12-megapixel photograph held the GUI thread 50-140 ms in its store alone. While
        they come, each has a frame in the row saying so (`Coming`)."""
        if not sources:
            return
        self.said.emit(texts.ATTACHING.format(name=sources[0][0]))
        names = [name for name, _source in sources]
        arrival = self._arrival(names)
        opened, session, entry_id = self._opened, self._session, self._entry_id
        run_in_background(
            lambda: [arriving.prepared_or_refused(source) for _name, source in sources],
            lambda ready: self._store(arrival, ready, opened, session, entry_id),
            lambda error: self._arrived(arrival, session, [str(error)]),
            owner=self,
        )

    def _store(
        self,
        arrival: int,
        ready: list[arriving.Prepared],
        opened: int,
        session: int,
        entry_id: int | None,
    ) -> None:
        """Keep what was prepared with the entry shown (stored now if new), or the one shown
        when it began if the person moved on: on the helper, on a connection of its own
        (`keep_apart`), so the window reads meanwhile and a save of the text waits its turn."""
        if session != self._session:
            return  # locked meanwhile: the journal is closed, and nothing is kept
        intakes = [part for part in ready if isinstance(part, Intake)]
        sentences = [part for part in ready if isinstance(part, str)]
        if intakes and opened == self._opened:
            entry_id = self._entry_for_attaching()
        if entry_id is None or not intakes:  # None: a new entry, left before it was stored
            self._arrived(arrival, session, sentences)
            return
        keeping, owner = self._journal.attachments, entry_id
        run_in_background(
            lambda: [arriving.kept_or_refused(keeping, owner, intake) for intake in intakes],
            lambda kept: self._arrived(arrival, session, sentences, kept),
            lambda error: self._arrived(arrival, session, [*sentences, str(error)]),
            owner=self,
        )

    def _arrived(
        self, arrival: int, session: int, sentences: list[str], kept: Sequence[arriving.Kept] = ()
    ) -> None:
        """The files are in the vault (or refused): their frames give way to thumbnails. A
        lock meanwhile waited for the store (`wait_for_all`): what was stored is whole."""
        if session != self._session:
            return  # locked meanwhile: the next unlock shows what was kept
        self._arriving.pop(arrival, None)
        attachments = [part for part in kept if isinstance(part, Attachment)]
        sentences = [*sentences, *(part for part in kept if isinstance(part, str))]
        for attachment in attachments[:1]:  # one change report: the entry is updated
            self._journal.attachments.announce_kept(attachment)
        if attachments:
            sentences.append(texts.attached(len(attachments)))
            sentences.extend(self._first_time_words())
        self._rebuild(self._read_attachments(self._entry_id) if self._entry_id else [])
        self.said.emit(" ".join(sentences))

    def _arrival(self, names: list[str]) -> int:
        """Frames for files on their way into the entry shown now; their number."""
        self._arrivals += 1
        self._arriving[self._arrivals] = (self._opened, names)
        self._rebuild(self._shown)
        return self._arrivals

    def _coming_names(self) -> list[str]:
        shown = [names for opened, names in self._arriving.values() if opened == self._opened]
        return [name for names in shown for name in names]

    def _first_time_words(self) -> list[str]:
        """What attaching takes out of a file, said short after the journal's first attach
        only (said whole on "Attach…", for whoever wants it again)."""
        if self._journal.settings.said_what_is_removed:
            return []
        self._journal.settings.set("said_what_is_removed", True)
        return [texts.WHAT_WAS_REMOVED]

    # -- what a thumbnail does ----------------------------------------------------------

    def open_attachment(self, attachment_id: int) -> None:
        """A picture in the full view; any other file saved out where the person says."""
        attachment = next((a for a in self._shown if a.id == attachment_id), None)
        if attachment is None:
            return
        if not attachment.is_picture:
            self._save_copy(attachment)
            return
        pictures = [a for a in self._shown if a.is_picture]
        self._close_windows()
        self.view = PictureView(self._journal, pictures, pictures.index(attachment), self)
        self.view.turn_wanted.connect(self.turner.turn)
        self.view.show()

    def _turned(self, attachment: Attachment) -> None:
        """Draw a turned picture again: its thumbnail (made anew even when its size and
        name are unchanged) and the full view, if it shows it."""
        if attachment.entry_id == self._entry_id:
            self._rebuild(self._read_attachments(attachment.entry_id))
        if self.view is not None:
            self.view.picture_turned(attachment)

    def _save_copy(self, attachment: Attachment) -> None:
        folder = choose_folder(self, _("Where should the copy go?"))
        if not folder:
            return
        try:
            path = self._journal.attachments.save_to(attachment.id, Path(folder))
        except (TrustJournalError, OSError) as error:
            self.said.emit(texts.NOT_SAVED_COPY.format(name=attachment.name, reason=_reason(error)))
            return
        self.said.emit(texts.SAVED_COPY.format(name=attachment.name, path=path))

    def ask_caption(self, attachment_id: int) -> None:
        attachment = next((a for a in self._shown if a.id == attachment_id), None)
        if attachment is None:
            return
        self._close_windows()
        dialog = QtWidgets.QInputDialog(self)
        named(dialog, "pictureCaptionDialog", _("Caption"))
        dialog.setWindowTitle(_("Caption"))
        dialog.setLabelText(texts.CAPTION_QUESTION.format(name=attachment.name))
        dialog.setTextValue(attachment.caption)
        dialog.setOkButtonText(_("Save"))  # Qt's own words would stay in its language
        dialog.setCancelButtonText(_("Cancel"))
        dialog.textValueSelected.connect(lambda words: self._set_caption(attachment_id, words))
        self.caption_dialog = dialog
        dialog.open()

    def _set_caption(self, attachment_id: int, words: str) -> None:
        try:
            self._journal.attachments.set_caption(attachment_id, words)
        except TrustJournalError as error:
            self.said.emit(str(error))
        self.refresh()

    def remove(self, attachment_id: int) -> None:
        try:
            held = self._journal.attachments.remove_held(attachment_id)
        except TrustJournalError as error:
            self.said.emit(str(error))
            return
        self.refresh()
        self.removed.emit(held)
        self.said.emit(texts.REMOVED.format(name=held.attachment.name))

    def _close_windows(self) -> None:
        for window in (self.view, self.caption_dialog):
            if window is not None:
                window.close()
                window.deleteLater()
        self.view = None
        self.caption_dialog = None

    # -- dropping onto the strip ------------------------------------------------------

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if arriving.arrival_in(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:  # noqa: N802 (Qt API)
        if self.take_mime(event.mimeData()):
            event.acceptProposedAction()


def _reason(error: Exception) -> str:
    return error.strerror or str(error) if isinstance(error, OSError) else str(error)
