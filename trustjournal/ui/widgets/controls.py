"""Small builders so every control gets its objectName, accessible name and role alike."""

from __future__ import annotations

from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets
from trustjournal.ui.widgets import sizing
from trustjournal.ui.widgets.access import motion
from trustjournal.ui.widgets.access.focus_back import give_focus_back
from trustjournal.ui.widgets.icons import icon

SPACING = 12
MARGIN = 24
USUAL_TEXT_SIZE = 11  # pt: the text size a card's width is given at (theme.DEFAULT_TEXT_SIZE)


def named(widget: QtWidgets.QWidget, name: str, accessible: str = "") -> QtWidgets.QWidget:
    widget.setObjectName(name)
    if accessible:
        widget.setAccessibleName(accessible)
    return widget


def label(text: str, role: str = "", name: str = "") -> QtWidgets.QLabel:
    result = QtWidgets.QLabel(text)
    result.setWordWrap(True)
    result.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        result.setProperty("role", role)
    if name:
        result.setObjectName(name)
    result.setAccessibleName(text if len(text) < 80 else text[:77] + "…")
    return result


def show_text(target: QtWidgets.QLabel, text: str) -> None:
    """Set a message label's text; an empty message takes no room."""
    target.setText(text)
    target.setVisible(bool(text))


def heading(text: str, name: str = "") -> QtWidgets.QLabel:
    result = label(text, "heading", name)
    result.setAccessibleName(text)
    return result


def button(
    text: str, name: str, *, primary: bool = False, icon_name: str = "", tip: str = ""
) -> QtWidgets.QPushButton:
    result = QtWidgets.QPushButton(text)
    result.setObjectName(name)
    result.setAccessibleName(text.replace("&", "").rstrip(".…"))
    if primary:
        result.setProperty("role", "primary")
        result.setDefault(True)
    if icon_name:
        result.setIcon(icon(icon_name))
    if tip:
        result.setToolTip(tip)
        result.setAccessibleDescription(tip)
    return result


def link_button(text: str, name: str) -> QtWidgets.QPushButton:
    result = button(text, name)
    result.setProperty("role", "link")
    result.setCursor(Qt.CursorShape.PointingHandCursor)
    result.setSizePolicy(QtWidgets.QSizePolicy.Policy.Maximum, QtWidgets.QSizePolicy.Policy.Fixed)
    return result


def passphrase_field(name: str, accessible: str, placeholder: str = "") -> QtWidgets.QLineEdit:
    field = QtWidgets.QLineEdit()
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhSensitiveData
    )
    field.setMinimumWidth(320)
    return field


class WholeChoices(QtWidgets.QComboBox):
    """A choice box never narrower than it asks to be (its longest choice, or its least
    length of words) at the text size and style of the moment. A least width set once, when
    the box was made, held the size of that moment: under the pseudo words at 1024 px the
    Prompts page's phase got 169 px of the 174 its words need."""

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()


class BusyBar(QtWidgets.QProgressBar):
    """A bar that sweeps while something runs, or, under "Reduce motion", stands still and
    full (Qt sweeps a bar with no range whatever the style says)."""

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 (Qt's name)
        still = motion.reduced()
        self.setRange(0, 1 if still else 0)
        self.setValue(1 if still else 0)
        super().showEvent(event)


def busy_bar(name: str, accessible: str) -> QtWidgets.QProgressBar:
    bar = BusyBar()
    bar.setObjectName(name)
    bar.setAccessibleName(accessible)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setVisible(False)
    return bar


class Card(QtWidgets.QFrame):
    """A card of `width` px at the usual text size grows with the text (at 22 pt the lock
    screen's "Forgot your passphrase?" was cut in a 460 px card), as far as the screen
    allows; a card of no width is as wide as its page makes it."""

    def __init__(self, width: int | None) -> None:
        super().__init__()
        self._width = width
        self._fit_text()

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._fit_text()
        super().changeEvent(event)

    def event(self, event: QtCore.QEvent) -> bool:
        # A control that cannot wrap (a choice's words) grew; or the card shows, in a page
        # whose width is known only now.
        if event.type() in (QtCore.QEvent.Type.LayoutRequest, QtCore.QEvent.Type.Show):
            self._fit_text()
        return super().event(event)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() == QtCore.QEvent.Type.Resize:
            # The page it stands in was resized, or its scroll bar came or went: the
            # viewport is watched, since a bar showing narrows it and not the page (at
            # 200 % text the export's card stayed 14 px too wide and scrolled sideways).
            self._fit_text()
        return super().eventFilter(watched, event)

    def _fit_text(self) -> None:
        if self._width is None:
            return
        grown = self._width * max(self.font().pointSizeF() / USUAL_TEXT_SIZE, 1.0)
        layout = self.layout()
        least = layout.totalMinimumSize().width() if layout is not None else 0
        self.setFixedWidth(round(max(min(max(grown, least), self._room()), self._width)))

    def _room(self) -> int:
        """The width the page it stands in has (the screen's before it shows): a card as wide
        as the screen ran past a page beside the sidebar at 200 % text."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QtWidgets.QScrollArea):
            parent = parent.parentWidget()
        if parent is not None and parent.isVisible():
            if not self.property("watches_page"):
                self.setProperty("watches_page", True)
                parent.viewport().installEventFilter(self)
            return parent.viewport().width() - 2 * MARGIN
        return sizing.screen_area().width() - 4 * MARGIN


def card(
    name: str, title: str = "", max_width: int | None = None
) -> tuple[QtWidgets.QFrame, QtWidgets.QVBoxLayout]:
    """A rounded panel, in one of two looks.

    With `max_width` it stands alone in the middle of a window (lock screen,
    onboarding, export): roomy padding and a fixed width, so wrapped text gets its
    full height. Without, it is one of several cards on a page (Today, When it's
    hard): compact padding, the page decides its width. A `title` goes on top, in
    the subheading style, and names the card for screen readers.
    """
    frame = Card(max_width)
    frame.setObjectName(name)
    frame.setProperty("role", "card")
    layout = QtWidgets.QVBoxLayout(frame)
    if max_width is None:
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
    else:
        layout.setContentsMargins(36, 32, 36, 32)
        layout.setSpacing(SPACING)
    if title:
        frame.setAccessibleName(title)
        layout.addWidget(label(title, "subheading"))
    return frame, layout


def centered(
    inner: QtWidgets.QWidget, parent: QtWidgets.QWidget | None = None
) -> QtWidgets.QWidget:
    """A page that keeps `inner` in the middle, whatever the window size, and scrolls up
    and down when `inner` is taller than the window (large text, a short screen)."""
    page = QtWidgets.QWidget(parent)
    middle = QtWidgets.QWidget()
    outer = QtWidgets.QVBoxLayout(middle)
    outer.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    outer.addStretch(1)
    row = QtWidgets.QHBoxLayout()  # a row, so wrapped text is measured at the card's width
    row.addStretch(1)
    row.addWidget(inner)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(1)
    fill_with_scrolling(page, middle, "centered_scroll")
    return page


def scrolls_to_its_controls(area: QtWidgets.QAbstractScrollArea | None) -> None:
    """Not a Tab stop of its own: an area of controls scrolls to the one Tab reaches. As a
    stop it was a first Tab with no name and nothing to do (found by the Tab walks: the lock
    screen's, onboarding's, Settings' and the export's), and onboarding opened on it."""
    assert area is not None
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def button_row(
    *buttons: QtWidgets.QWidget, leading: QtWidgets.QWidget | None = None
) -> QtWidgets.QHBoxLayout:
    row = QtWidgets.QHBoxLayout()
    row.setSpacing(SPACING)
    if leading is not None:
        row.addWidget(leading)
    row.addStretch(1)
    for widget in buttons:
        row.addWidget(widget)
    return row


def fill_with_scrolling(
    page: QtWidgets.QWidget, inner: QtWidgets.QWidget, name: str, tab_stop: bool = False
) -> QtWidgets.QScrollArea:
    """Make `inner` the page's whole content, scrolling up and down when the window is short,
    so wrapped words always get their full height. The area scrolls to the control Tab
    reaches and is no Tab stop itself (unless `tab_stop`: words alone, read by scrolling)."""
    scroll = QtWidgets.QScrollArea(page)
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    scroll.setWidget(inner)
    if not tab_stop:
        scrolls_to_its_controls(scroll)
    outer = QtWidgets.QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll


def confirmed(parent: QtWidgets.QWidget, title: str, question: str) -> bool:
    """Yes to a question before something is removed; No is the default, so Enter keeps it.
    The focus goes back to what had it (after a Yes the caller may move it on)."""
    opener = QtWidgets.QApplication.focusWidget()
    answer = QtWidgets.QMessageBox.question(
        parent,
        title,
        question,
        QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
        QtWidgets.QMessageBox.StandardButton.No,
    )
    give_focus_back(opener)
    return answer == QtWidgets.QMessageBox.StandardButton.Yes
