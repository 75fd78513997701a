"""One attachment in the strip under an entry's text: its small picture (or a file's icon
and name), named for a screen reader, with its menu and keys."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from trustjournal.core.language.speaking import _
from trustjournal.core.records.attachments import Attachment
from trustjournal.ui.journal.naming import named
from trustjournal.ui.journal.pictures import texts
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal

THUMBNAIL_SIDE = 88
LEFT, RIGHT = -1, 1  # quarter turns, as the core counts them (clockwise)


_TILE_HEIGHTS: dict[tuple[bool, str], int] = {}


def tile_height(pictures: bool) -> int:
    """How tall a thumbnail is (one of a picture, else one of a file, its name under its
    icon) in the style and font of the time, found once on a bare button: the strip keeps
    room for its thumbnails before it makes them."""
    font = QtWidgets.QApplication.font()
    key = (pictures, font.key())
    if key not in _TILE_HEIGHTS:
        probe = QtWidgets.QToolButton()
        probe.setAutoRaise(True)
        side = QtCore.QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE)
        probe.setIconSize(side if pictures else side / 2)
        probe.setMinimumSize(side)
        if not pictures:
            probe.setText("0")  # one line of text under the icon, any text
            probe.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        _TILE_HEIGHTS[key] = max(probe.sizeHint().height(), THUMBNAIL_SIDE)
        probe.deleteLater()
    return _TILE_HEIGHTS[key]


class Thumbnail(QtWidgets.QToolButton):
    """One attachment: Enter (or a click) opens it, F2 captions it, [ and ] turn a picture
    left and right, Delete removes it; the menu key lists the same."""

    open_wanted = Signal(int)
    caption_wanted = Signal(int)
    turn_wanted = Signal(int, int)  # the attachment's id, quarter turns clockwise
    remove_wanted = Signal(int)

    def __init__(self, attachment: Attachment, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.attachment = attachment
        spoken = texts.thumbnail_name(attachment.name, attachment.caption, attachment.is_picture)
        named(self, "pictureThumbnail", spoken)
        self.setAccessibleDescription(
            texts.PICTURE_KEYS if attachment.is_picture else texts.THUMBNAIL_KEYS
        )
        self.setToolTip(attachment.caption or attachment.name)
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        side = QtCore.QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE)
        self.setIconSize(side)
        self.setMinimumSize(side)
        if not attachment.has_thumbnail:  # a file that is not a picture: an icon, its name
            self._show_file_icon(side)
        self.clicked.connect(self._open)
        self.context_menu: QtWidgets.QMenu | None = None
        self.menu_actions = [self._action(*offer) for offer in self._offers()]

    def _show_file_icon(self, side: QtCore.QSize) -> None:
        self.setIcon(self.style().standardIcon(QtWidgets.QStyle.StandardPixmap.SP_FileIcon))
        self.setIconSize(side / 2)
        self.setText(
            self.fontMetrics().elidedText(
                self.attachment.name, Qt.TextElideMode.ElideMiddle, THUMBNAIL_SIDE
            )
        )
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)

    def _offers(self) -> list[tuple[str, Callable[[], None], Sequence[Qt.Key]]]:
        """What the menu offers, each with its keys; only a picture can be turned."""
        picture = self.attachment.is_picture
        offers: list[tuple[str, Callable[[], None], Sequence[Qt.Key]]] = [
            (
                _("Open") if picture else _("Save a copy\u2026"),
                self._open,
                (Qt.Key.Key_Return, Qt.Key.Key_Enter),
            ),
            (_("Caption\u2026"), self._caption, (Qt.Key.Key_F2,)),
        ]
        if picture:  # [ and ], as gThumb and Shotwell turn; Ctrl+L is the app's lock
            offers.append((_("Turn left"), self._turn_left, (Qt.Key.Key_BracketLeft,)))
            offers.append((_("Turn right"), self._turn_right, (Qt.Key.Key_BracketRight,)))
        offers.append((_("Remove"), self._remove, (Qt.Key.Key_Delete,)))
        return offers

    def _action(
        self, words: str, does: Callable[[], None], keys: Sequence[Qt.Key]
    ) -> QtGui.QAction:
        # Not added to the button: a tool button with actions draws a menu arrow and
        # opens them on a long press. The menu key and a right click open them instead.
        action = QtGui.QAction(words, self)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(does)
        action.setShortcuts([QtGui.QKeySequence(key) for key in keys])  # shown
        for key in keys:  # and pressed while the thumbnail has the focus
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action.trigger)
        return action

    def contextMenuEvent(self, event: QtGui.QContextMenuEvent) -> None:  # noqa: N802 (Qt API)
        self.context_menu = QtWidgets.QMenu(self)
        self.context_menu.addActions(self.menu_actions)
        self.context_menu.popup(event.globalPos())

    def show_picture(self, image: QtGui.QImage) -> None:
        """The thumbnail's picture, once decoded off the GUI thread."""
        pixmap = QtGui.QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.setIcon(QtGui.QIcon(pixmap))

    def _open(self) -> None:
        self.open_wanted.emit(self.attachment.id)

    def _caption(self) -> None:
        self.caption_wanted.emit(self.attachment.id)

    def _turn_left(self) -> None:
        self.turn_wanted.emit(self.attachment.id, LEFT)

    def _turn_right(self) -> None:
        self.turn_wanted.emit(self.attachment.id, RIGHT)

    def _remove(self) -> None:
        self.remove_wanted.emit(self.attachment.id)


class Coming(QtWidgets.QToolButton):
    """Where a file being read, cleaned and stored will show: a thumbnail's size (so its
    picture takes the place without the row moving), "Adding…" in a frame, named for a
    screen reader with the same words the status line says."""

    def __init__(self, name: str, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        named(self, "pictureComing", texts.ATTACHING.format(name=name))
        self.setToolTip(name)
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do with it yet
        side = QtCore.QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE)
        self.setIconSize(side)
        self.setMinimumSize(side)
        self.setIcon(QtGui.QIcon(self._drawn(side)))

    def _drawn(self, side: QtCore.QSize) -> QtGui.QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QtGui.QPixmap(side * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QtGui.QPainter(pixmap)
        try:
            box = QtCore.QRectF(1, 1, side.width() - 2, side.height() - 2)
            painter.setPen(QtGui.QPen(self.palette().color(QtGui.QPalette.ColorRole.Mid), 1))
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(self.palette().color(QtGui.QPalette.ColorRole.WindowText))
            painter.setFont(self.font())
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(box.adjusted(4, 4, -4, -4), int(flags), texts.COMING)
        finally:
            painter.end()
        return pixmap
