"""The Today page: a gentle start. Today's prompt, a quick mood check, whether a trust
check-in is due, agreements ready for a review, and (only if asked for) days since discovery.

Nothing here counts against the person: what is due is an invitation, never a warning.
"""

from __future__ import annotations

from trustjournal.core.changes import Topic
from trustjournal.core.clock import Clock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import content
from trustjournal.core.language.speaking import _
from trustjournal.core.records.entries import Entry
from trustjournal.core.records.prompts import Prompt
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from trustjournal.ui.trust import texts as trust_texts
from trustjournal.ui.trust.checkin_dialog import CheckinDialog
from trustjournal.ui.trust.timeline.data import long_day, short_day
from trustjournal.ui.trust.today import texts
from trustjournal.ui.trust.today.care import HardDateNear, OnThisDayCard
from trustjournal.ui.trust.today.path_card import PathCard
from trustjournal.ui.trust.today.path_move import PathMoveDialog
from trustjournal.ui.trust.today.quick import QuickCheck, todays_quick_check
from trustjournal.ui.trust.trust_page import TrustPage
from trustjournal.ui.widgets.change_watch import ChangeWatcher
from trustjournal.ui.widgets.controls import (
    button,
    card,
    fill_with_scrolling,
    heading,
    label,
    link_button,
    show_text,
)
from trustjournal.ui.widgets.sizing import ReadingMeasure

TWO_COLUMNS_FROM = 900  # px of page width: below this the cards stack
PAGE_MARGIN = 28  # px left and right of the cards
# Today's whole width, in average characters, on a wide screen: its left column (3 of 5
# parts) then holds about 80 characters a line, the measure that reads easily.
MEASURE_CHARS = 150
# Room kept for the prompt, in lines: the library's prompts take 1-3 lines at the window
# sizes we check, so the buttons under it stay put when "Show another" brings a longer one.
PROMPT_LINES = 3


def words_and_button(
    name: str, title: str, words: QtWidgets.QLabel, action: QtWidgets.QPushButton
) -> QtWidgets.QFrame:
    frame, layout = card(name, title)
    layout.addWidget(words)
    row = QtWidgets.QHBoxLayout()
    row.addWidget(action)
    row.addStretch(1)
    layout.addLayout(row)
    return frame


class TodayPage(TrustPage):
    open_place_requested = Signal(str)  # "agreements" or "timeline"
    together_requested = Signal()  # check in together (the session runs it)

    def __init__(
        self, journal: Journal, parent: QtWidgets.QWidget | None = None, clock: Clock | None = None
    ) -> None:
        super().__init__(journal, parent, clock, "todayPage", _("Today"))
        self.prompt: Prompt | None = None
        self._prompt_day = self._clock.today()
        self._quick_key: tuple[int, object] | bool | None = False  # False: nothing shown yet
        self._build()
        self._connect()
        topics = (Topic.CHECKINS, Topic.AGREEMENTS, Topic.EVENTS, Topic.PROMPTS, Topic.SETTINGS)
        care = (Topic.HARD_DATES, Topic.PATH)
        self.watcher = ChangeWatcher(journal, (*topics, *care, Topic.ENTRIES), self)
        self.watcher.changed.connect(self.refresh)
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.date_label = label("", "muted", "todayDate")
        columns = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight)
        self.columns = columns
        columns.setSpacing(18)
        left, right = QtWidgets.QVBoxLayout(), QtWidgets.QVBoxLayout()
        left.setSpacing(18)
        right.setSpacing(18)
        left.addWidget(self._prompt_card())
        self.path_card = PathCard()
        left.addWidget(self.path_card)
        left.addWidget(self._quick_card())
        self.on_this_day = OnThisDayCard()
        left.addWidget(self.on_this_day)
        left.addStretch(1)
        self.hard_date_near = HardDateNear()
        right.addWidget(self.hard_date_near)
        right.addWidget(self._checkin_card())
        right.addWidget(self._agreements_card())
        right.addWidget(self._discovery_card())
        right.addWidget(self._together_card())
        right.addStretch(1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self._halves = (left, right)
        inner = QtWidgets.QWidget()
        inner.setObjectName("todayContent")
        layout = QtWidgets.QVBoxLayout(inner)
        layout.setContentsMargins(PAGE_MARGIN, 22, PAGE_MARGIN, 22)
        layout.setSpacing(6)
        layout.addWidget(heading(_("Today")))
        layout.addWidget(self.date_label)
        layout.addWidget(label(texts.TODAY_WELCOME, "muted"))
        self.hard_days_link = link_button(_("When it's hard →"), "todayHardDaysLink")
        self.hard_days_link.setAccessibleName(_("When it's hard"))
        layout.addWidget(self.hard_days_link)
        layout.addSpacing(12)
        layout.addLayout(columns, 1)
        scroll = fill_with_scrolling(self, inner, "todayScroll")
        self.measure = ReadingMeasure(scroll, MEASURE_CHARS)
        # Its controls' sizes change after the page's own events (a larger text reaches the
        # buttons later): it asks to be laid out again, and the columns are chosen then.
        self._content = inner
        inner.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if watched is self._content and event.type() == QtCore.QEvent.Type.LayoutRequest:
            self._arrange_columns(self.width())
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._arrange_columns(event.size().width())
        super().resizeEvent(event)

    def _arrange_columns(self, width: int) -> None:
        """Side by side when there is room, one above the other when there is not (two
        columns ran past a 1024 px window, and longer words, as in German, past 1180 px)."""
        wide = width >= max(TWO_COLUMNS_FROM, self._side_by_side_width())
        direction = QtWidgets.QBoxLayout.Direction
        self.columns.setDirection(direction.LeftToRight if wide else direction.TopToBottom)

    def _side_by_side_width(self) -> int:
        """The least page width the two columns need side by side: their least widths (the
        prompt's buttons, mostly, which grow with the language), the spacing between, the
        page's margins and room for an up-and-down scroll bar."""
        left, right = (half.minimumSize().width() for half in self._halves)
        bar = self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ScrollBarExtent)
        return left + self.columns.spacing() + right + 2 * PAGE_MARGIN + bar

    def _prompt_card(self) -> QtWidgets.QFrame:
        frame, layout = card("todayPromptCard", _("Today's prompt"))
        self.prompt_text = label("", "", "todayPromptText")
        font = self.prompt_text.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.prompt_text.setFont(font)
        self.prompt_text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.prompt_theme = label("", "muted", "todayPromptTheme")
        self.write_prompt = button(_("Write about this"), "todayWritePrompt", primary=True)
        self.another_prompt = button(_("Show another"), "todayAnotherPrompt")
        self.just_write = button(_("Just write"), "todayJustWrite", icon_name="new-entry")
        row = QtWidgets.QHBoxLayout()
        for widget in (self.write_prompt, self.another_prompt):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.just_write)
        layout.addWidget(self.prompt_text)
        layout.addWidget(self.prompt_theme)
        layout.addLayout(row)
        return frame

    def _quick_card(self) -> QtWidgets.QFrame:
        frame, layout = card("todayQuickCard", _("How are you feeling right now?"))
        self.quick = QuickCheck(frame)
        layout.addWidget(self.quick)
        return frame

    def _checkin_card(self) -> QtWidgets.QFrame:
        self.checkin_status = label("", "", "todayCheckinStatus")
        self.checkin_button = button(_("Start a check-in"), "todayCheckinButton")
        return words_and_button(
            "todayCheckinCard", _("Trust check-in"), self.checkin_status, self.checkin_button
        )

    def _agreements_card(self) -> QtWidgets.QFrame:
        self.reviews = label("", "", "todayReviews")
        self.open_agreements = button(_("Open agreements"), "todayOpenAgreements")
        return words_and_button(
            "todayAgreementsCard", _("Agreements"), self.reviews, self.open_agreements
        )

    def _discovery_card(self) -> QtWidgets.QFrame:
        frame, layout = card("todayDiscoveryCard", _("Your path so far"))
        self.discovery = label("", "", "todayDiscovery")
        layout.addWidget(self.discovery)
        self.discovery_card = frame
        return frame

    def _together_card(self) -> QtWidgets.QFrame:
        self.together_button = button(_("Check in together…"), "todayTogetherButton")
        self.together_button.clicked.connect(self.together_requested.emit)
        words = label(texts.TOGETHER_OFFER, "muted", "todayTogetherText")
        self.together_card = words_and_button(
            "todayTogetherCard", _("Together"), words, self.together_button
        )
        return self.together_card

    def _connect(self) -> None:
        self.write_prompt.clicked.connect(self._write_prompt)
        self.another_prompt.clicked.connect(self.show_another_prompt)
        self.just_write.clicked.connect(lambda: self.write_requested.emit(""))
        self.quick.save_button.clicked.connect(self._save_quick)
        self.checkin_button.clicked.connect(self.open_checkin)
        self.open_agreements.clicked.connect(lambda: self.open_place_requested.emit("agreements"))
        self.hard_date_near.open_place_requested.connect(self.open_place_requested)
        self.hard_days_link.clicked.connect(lambda: self.open_place_requested.emit("hard_days"))
        self.hard_date_near.write_requested.connect(self.write_requested)
        self.on_this_day.open_entry_requested.connect(self.open_entry_requested)
        self.path_card.write_requested.connect(self.write_requested)
        self.path_card.move_requested.connect(self.open_path_move)

    # -- the contract with the app shell -------------------------------------------------------

    def clear_for_lock(self) -> None:
        self.watcher.stop()
        self.prompt = None
        for shown in (self.prompt_text, self.prompt_theme, self.checkin_status, self.reviews):
            shown.clear()
        self.discovery.clear()
        self.hard_date_near.clear()
        self.on_this_day.clear()
        self.path_card.clear()
        self.quick.clear()
        self._quick_key = False
        super().clear_for_lock()

    # -- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        journal = self._journal
        if journal is None:
            return
        today = self._clock.today()
        self.date_label.setText(long_day(today))
        if self.prompt is None or self._prompt_day != today:
            self._prompt_day = today
            self._show_prompt(journal.prompts.of_the_day())
        self._show_quick(todays_quick_check(journal, today))
        self._show_checkin()
        self._show_reviews()
        self._show_discovery()
        self._show_together()
        self.path_card.show_for(journal, today, self.prompt.id if self.prompt else "")
        self.hard_date_near.show_for(journal, today)
        self.on_this_day.show_found(journal.on_this_day())

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Coming back to Today (perhaps on a new day) shows it afresh."""
        self._reserve_prompt_room()
        self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 (Qt's name)
        """A new text size or theme changes how tall a line is."""
        if event.type() in (QtCore.QEvent.Type.StyleChange, QtCore.QEvent.Type.FontChange):
            self._reserve_prompt_room()
        super().changeEvent(event)

    def _reserve_prompt_room(self) -> None:
        """Keep PROMPT_LINES lines for the prompt, so "Show another" does not move when the
        next prompt wraps onto one more line (issue 21, item 18)."""
        self.prompt_text.ensurePolished()
        lines = self.prompt_text.fontMetrics().lineSpacing() * PROMPT_LINES
        margins = self.prompt_text.contentsMargins()
        self.prompt_text.setMinimumHeight(lines + margins.top() + margins.bottom())

    def _show_quick(self, entry: Entry | None) -> None:
        """Show today's quick check only when it changed, so a choice being made is kept
        while other things refresh (a check-in saved, a setting changed)."""
        key = (entry.id, entry.updated_at) if entry is not None else None
        if key != self._quick_key:
            self._quick_key = key
            self.quick.show_entry(entry)

    def _show_prompt(self, prompt: Prompt | None) -> None:
        self.prompt = prompt
        self.prompt_text.setText(content.prompt_text(prompt) if prompt else texts.TODAY_NO_PROMPT)
        self.prompt_text.setAccessibleName(self.prompt_text.text()[:80])
        self.write_prompt.setEnabled(prompt is not None)
        self.another_prompt.setEnabled(prompt is not None)
        themes = {} if self._journal is None else self._theme_labels()
        theme = themes.get(prompt.theme or "", "") if prompt else ""
        show_text(self.prompt_theme, texts.TODAY_PROMPT_THEME.format(theme=theme) if theme else "")

    def _theme_labels(self) -> dict[str, str]:
        assert self._journal is not None
        return {t.id: content.theme_label(t) for t in self._journal.prompts.library.themes}

    def _show_checkin(self) -> None:
        assert self._journal is not None
        due = self._journal.checkins.due()
        if due.last is None:
            text, action = texts.CHECKIN_FIRST, _("Start a check-in")
        elif due.is_due:
            text, action = texts.CHECKIN_DUE, _("Start a check-in")
        else:
            last, after = short_day(due.last), short_day(due.next_due)
            text = texts.CHECKIN_LATER.format(last=last, next=after)
            action = _("Check in anyway")
        self.checkin_status.setText(text)
        self.checkin_button.setText(action)
        self.checkin_button.setAccessibleName(action)
        self.checkin_button.setProperty("role", "primary" if due.is_due else "")
        self.checkin_button.style().polish(self.checkin_button)

    def _show_reviews(self) -> None:
        assert self._journal is not None
        due = self._journal.agreements.due_for_review()
        lines = [f"•  {a.title}" for a in due]
        self.reviews.setText("\n".join([texts.REVIEWS, *lines]) if due else texts.NO_REVIEWS)

    def _show_together(self) -> None:
        """Someone healing on their own is not offered a check-in with a partner, nor is a
        partner whose path became the path on their own (they separated, or left)."""
        assert self._journal is not None
        role = self._journal.settings.prompt_role
        self.together_card.setVisible(self._journal.path.together_offered(role))

    def _show_discovery(self) -> None:
        assert self._journal is not None
        wanted = self._journal.settings.show_days_since_discovery
        self.discovery_card.setVisible(wanted)
        if not wanted:
            self.discovery.clear()
            return
        today = self._clock.today()
        days = self._journal.timeline(today, today).trends.days_since_discovery
        if days is None:
            self.discovery.setText(texts.NO_DISCOVERY)
        else:
            self.discovery.setText(trust_texts.days_since_discovery(days))

    # -- actions -------------------------------------------------------------------------------

    def _write_prompt(self) -> None:
        if self.prompt is not None:
            self.write_requested.emit(self.prompt.id)

    def show_another_prompt(self) -> Prompt | None:
        """The next prompt for the person's role and stage, walking a path that is the same
        all day and that leaves out prompts already written from while others remain."""
        if self._journal is None or self.prompt is None:
            return None
        following = self._journal.prompts.another(self.prompt.id)
        if following is not None:
            self._show_prompt(following)
        return self.prompt

    def _save_quick(self) -> None:
        if self._journal is not None:
            self.quick.save(self._journal, self._clock.today())

    def open_path_move(self, kind: str) -> PathMoveDialog | None:
        """Ask before a move along the path; what the core says then shows on the card."""
        if self._journal is None:
            return None
        dialog = PathMoveDialog(self._journal, kind, self._clock.today(), self)
        self.dialogs.open(dialog, lambda: self.path_card.show_said(dialog.said))
        return dialog

    def open_checkin(self) -> CheckinDialog | None:
        if self._journal is None:
            return None
        dialog = CheckinDialog(self._journal, self, self._clock)
        self.dialogs.open(dialog)
        return dialog
