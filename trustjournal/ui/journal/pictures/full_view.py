"""One entry's pictures at full size: fit to the window, the arrow keys step through them,
[ and ] (or the two buttons) turn the one shown, Escape closes. Each is read from the vault
and decoded from bytes in memory, off the GUI thread (a 12-megapixel JPEG takes a
noticeable moment); nothing is written to disk."""

from __future__ import annotations

from collections.abc import Sequence

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.core.records.attachments import Attachment
from trustjournal.ui.journal.naming import named
from trustjournal.ui.journal.pictures import texts
from trustjournal.ui.journal.pictures.decoding import decoded
from trustjournal.ui.journal.pictures.thumbnail import LEFT, RIGHT
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from trustjournal.ui.widgets.background import run_in_background

MARGIN = 12


class PictureView(QtWidgets.QDialog):
    """Shows `pictures[index]`; Left and Right step, [ and ] turn it (the strip stores the
    turn and says when it is done: `picture_turned`), Escape closes (QDialog's own)."""

    shown = Signal(int)  # the id of the picture now on screen, once decoded
    turn_wanted = Signal(int, int)  # the picture's id, quarter turns clockwise

    def __init__(
        self,
        journal: Journal,
        pictures: Sequence[Attachment],
        index: int,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, "pictureView", _("Picture"))
        self.setWindowTitle(_("Picture"))
        self.setAccessibleDescription(texts.VIEW_KEYS)
        self._journal = journal
        self._pictures = list(pictures)
        self._index = index
        self._image = QtGui.QImage()
        self._asked = 0  # which decode is wanted: a quick arrow press drops older answers
        self._build()
        self.resize(self._fitting_size())
        self._show_current()

    def _build(self) -> None:
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self.picture = named(QtWidgets.QLabel(self), "pictureViewImage", _("Picture"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(120, 90)
        self.picture.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Ignored
        )
        self.caption = named(QtWidgets.QLabel(self), "pictureViewCaption", _("Caption"))
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.position = named(QtWidgets.QLabel(self), "pictureViewPosition", _("Place"))
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.position.setProperty("role", "hint")
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.caption)
        layout.addLayout(self._turn_row())

    def _turn_row(self) -> QtWidgets.QHBoxLayout:
        """Turn left, the picture's place in the row, turn right."""
        row = QtWidgets.QHBoxLayout()
        row.setSpacing(MARGIN)  # the place reads as its own words, not a button's
        left = self._turn_button("pictureViewTurnLeft", _("Turn left"), _("Turn left ([)"))
        right = self._turn_button("pictureViewTurnRight", _("Turn right"), _("Turn right (])"))
        left.clicked.connect(lambda: self._turn(LEFT))
        right.clicked.connect(lambda: self._turn(RIGHT))
        row.addStretch(1)
        row.addWidget(left)
        row.addWidget(self.position, 0)
        row.addWidget(right)
        row.addStretch(1)
        return row

    def _turn_button(self, name: str, words: str, tip: str) -> QtWidgets.QPushButton:
        button = named(QtWidgets.QPushButton(words, self), name, words)
        button.setToolTip(tip)
        button.setAutoDefault(False)  # Enter never turns a picture by surprise
        return button

    def _fitting_size(self) -> QtCore.QSize:
        """Most of the screen: the picture is shown as large as it comfortably fits."""
        screen = self.screen().availableGeometry().size()
        return QtCore.QSize(screen.width() * 9 // 10, screen.height() * 9 // 10)

    # -- which picture --------------------------------------------------------------

    @property
    def current(self) -> Attachment:
        return self._pictures[self._index]

    def step(self, by: int) -> None:
        """The next (or previous) picture of the entry; it stops at either end."""
        index = min(max(self._index + by, 0), len(self._pictures) - 1)
        if index != self._index:
            self._index = index
            self._show_current()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 (Qt API)
        forward = Qt.Key.Key_Left if self.isRightToLeft() else Qt.Key.Key_Right
        backward = Qt.Key.Key_Right if self.isRightToLeft() else Qt.Key.Key_Left
        turns = {Qt.Key.Key_BracketLeft: LEFT, Qt.Key.Key_BracketRight: RIGHT}
        if event.key() == forward:
            self.step(1)
        elif event.key() == backward:
            self.step(-1)
        elif event.key() in turns:  # the same keys as on a thumbnail
            self._turn(turns[Qt.Key(event.key())])
        else:
            super().keyPressEvent(event)

    def _turn(self, quarter_turns: int) -> None:
        self.turn_wanted.emit(self.current.id, quarter_turns)

    def picture_turned(self, picture: Attachment) -> None:
        """A picture of the row was turned and stored: shown again if it is on screen."""
        for index, shown in enumerate(self._pictures):
            if shown.id == picture.id:
                self._pictures[index] = picture
                if index == self._index:
                    self._show_current()

    def _show_current(self) -> None:
        picture = self.current
        name = texts.thumbnail_name(picture.name, picture.caption, picture=True)
        self.picture.setAccessibleName(name)
        self.picture.clear()
        self.caption.setText(picture.caption or picture.name)
        self.position.setText(
            texts.POSITION.format(
                number=self.locale().toString(self._index + 1),
                count=self.locale().toString(len(self._pictures)),
            )
        )
        self._decode(picture)

    # -- decoding, off the GUI thread ---------------------------------------------------

    def _decode(self, picture: Attachment) -> None:
        self._asked += 1
        asked = self._asked
        try:
            data = self._journal.attachments.content(picture.id)  # the vault, on this thread
        except TrustJournalError:
            self._not_shown(picture)
            return
        ratio = self.devicePixelRatioF()
        screen = self.screen().availableGeometry().size()
        fit = QtCore.QSize(int(screen.width() * ratio), int(screen.height() * ratio))
        run_in_background(
            lambda: decoded(data, fit),
            lambda image: self._decoded(asked, picture, image),
            lambda _error: self._not_shown(picture),
            owner=self,
        )

    def _decoded(self, asked: int, picture: Attachment, image: QtGui.QImage) -> None:
        if asked != self._asked:
            return  # an arrow was pressed meanwhile: a later picture is on its way
        if image.isNull():
            self._not_shown(picture)
            return
        self._image = image
        self._fit_image()
        self.shown.emit(picture.id)

    def _not_shown(self, picture: Attachment) -> None:
        self._image = QtGui.QImage()
        self.picture.setText(texts.NOT_SHOWN.format(name=picture.name))

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_image()

    def _fit_image(self) -> None:
        """The decoded picture scaled to the space it has now (never beyond its size)."""
        if self._image.isNull():
            return
        ratio = self.devicePixelRatioF()
        room = self.picture.size() * ratio
        image = self._image
        if image.width() > room.width() or image.height() > room.height():
            image = image.scaled(
                room,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        pixmap = QtGui.QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setPixmap(pixmap)

    def image_size(self) -> QtCore.QSize:
        """The size the picture was decoded at (for tests and the screenshots)."""
        return self._image.size()
