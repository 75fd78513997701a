"""The Prompts page: browse, search, see what was answered, write from a prompt, own prompts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE
from uikit import show_page

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import speaking
from trustjournal.core.records.prompts import Prompt
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import Qt, QtCore, QtWidgets
from trustjournal.ui.trust.prompts.dialog import OwnPromptDialog
from trustjournal.ui.trust.prompts.page import PromptsPage

LEFT = Qt.MouseButton.LeftButton


def open_page(qtbot: QtBot, journal: Journal, clock: ManualClock) -> PromptsPage:
    return show_page(qtbot, PromptsPage(journal, clock=clock), 1100, 760)


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, clock: ManualClock) -> Iterator[PromptsPage]:
    shown = open_page(qtbot, journal, clock)
    yield shown
    shown.clear_for_lock()


def choose(combo: QtWidgets.QComboBox, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))


def add_own(qtbot: QtBot, page: PromptsPage, words: str, theme: str | None) -> str:
    qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "promptsAdd"), LEFT)
    dialog = page.dialog
    assert isinstance(dialog, OwnPromptDialog)
    qtbot.keyClicks(dialog.findChild(QtWidgets.QPlainTextEdit, "ownPromptText"), words)
    choose(dialog.findChild(QtWidgets.QComboBox, "ownPromptTheme"), theme)
    qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "ownPromptSave"), LEFT)
    qtbot.waitUntil(lambda: page.current_id() == dialog.prompt_id)
    assert dialog.prompt_id is not None
    return dialog.prompt_id


def test_browse_by_theme_and_by_role_and_search(journal: Journal, page: PromptsPage) -> None:
    everything = journal.prompts.all()
    assert len(page.shown_ids()) == len(everything)
    choose(page.findChild(QtWidgets.QComboBox, "promptsTheme"), "safety")
    safety = [p.id for p in everything if p.theme == "safety"]
    assert page.shown_ids() == safety
    choose(page.findChild(QtWidgets.QComboBox, "promptsRole"), "hurt")
    assert page.shown_ids() == [p.id for p in journal.prompts.listed("safety", "hurt")]
    choose(page.findChild(QtWidgets.QComboBox, "promptsTheme"), None)
    page.findChild(QtWidgets.QLineEdit, "promptsSearch").setText("BODY")
    shown = [journal.prompts.get(i) for i in page.shown_ids()]
    assert shown and all("body" in p.text.lower() for p in shown)
    assert all(p.audience in ("hurt", "any") for p in shown)
    page.search.setText("no prompt says this at all")
    assert page.shown_ids() == []
    assert page.findChild(QtWidgets.QLabel, "promptsEmpty").isVisible()


def test_writing_from_a_prompt_carries_its_id(
    qtbot: QtBot, journal: Journal, page: PromptsPage
) -> None:
    wanted = page.shown_ids()[3]
    page.select(wanted)
    with qtbot.waitSignal(page.write_requested) as asked:
        qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "promptsWrite"), LEFT)
    assert asked.args == [wanted]


def test_answered_prompts_say_when_and_open_the_entry(
    qtbot: QtBot, journal: Journal, page: PromptsPage
) -> None:
    prompt_id = page.shown_ids()[5]
    entry = journal.add_entry(journal.prompts.draft_from(prompt_id))
    qtbot.waitUntil(lambda: "Written 14 Mar 2026" in page.list.item(5).text())
    page.select(prompt_id)
    answered = page.findChild(QtWidgets.QLabel, "promptsAnswered").text()
    assert answered == "You wrote from it on Saturday, 14 March 2026."
    with qtbot.waitSignal(page.open_entry_requested) as opened:
        qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "promptsOpenEntry"), LEFT)
    assert opened.args == [entry.id]
    page.unanswered.setChecked(True)
    assert prompt_id not in page.shown_ids()


def test_own_prompts_are_added_changed_and_removed(
    qtbot: QtBot, journal: Journal, page: PromptsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompt_id = add_own(qtbot, page, "What helped me feel steady today?", "safety")
    assert journal.prompts.get(prompt_id).theme == "safety"
    choose(page.theme, "own")
    assert page.shown_ids() == [prompt_id]
    assert page.findChild(QtWidgets.QPushButton, "promptsRemove").isVisible()
    qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "promptsEdit"), LEFT)
    edit = page.dialog
    assert isinstance(edit, OwnPromptDialog)
    edit.text.setPlainText("What helped me feel steady this week?")
    qtbot.mouseClick(edit.findChild(QtWidgets.QPushButton, "ownPromptSave"), LEFT)
    qtbot.waitUntil(lambda: "this week" in page.findChild(QtWidgets.QLabel, "promptsText").text())
    yes = QtWidgets.QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QtWidgets.QMessageBox, "question", lambda *_args: yes)
    qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "promptsRemove"), LEFT)
    qtbot.waitUntil(lambda: page.shown_ids() == [])
    assert journal.prompts.own() == []


def test_an_empty_own_prompt_is_not_saved(qtbot: QtBot, page: PromptsPage) -> None:
    dialog = page.open_dialog(None)
    assert dialog is not None
    qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "ownPromptSave"), LEFT)
    assert dialog.isVisible()
    assert (
        dialog.findChild(QtWidgets.QLabel, "ownPromptMessage").text()
        == "A prompt needs a few words."
    )


def test_own_prompts_survive_lock_and_unlock(
    qtbot: QtBot, journal: Journal, clock: ManualClock, data_dir: Path
) -> None:
    first = open_page(qtbot, journal, clock)
    prompt_id = add_own(qtbot, first, "Where do I feel safest?", None)
    first.clear_for_lock()
    assert first.shown_ids() == []
    journal.close()
    reopened = Journal(Vault.unlock(data_dir, PASSPHRASE), clock=clock)
    try:
        second = open_page(qtbot, reopened, clock)
        choose(second.theme, "own")
        assert second.shown_ids() == [prompt_id]
        assert second.findChild(QtWidgets.QLabel, "promptsText").text() == "Where do I feel safest?"
        second.clear_for_lock()
    finally:
        reopened.close()


def test_the_role_chosen_in_settings_filters_the_page_and_says_so(
    qtbot: QtBot, journal: Journal, page: PromptsPage
) -> None:
    journal.settings.set("prompt_role", "hurt")
    # Whom, and the phase the path begins at for them (the path together: atone).
    expected = [p.id for p in journal.prompts.all() if fits(p, "hurt", "atone")]
    qtbot.waitUntil(lambda: page.shown_ids() == expected)
    note = page.findChild(QtWidgets.QLabel, "promptsRoleNote")
    assert note.isVisible() and "partner who was hurt" in note.text()
    assert "Settings" in note.text()
    choose(page.findChild(QtWidgets.QComboBox, "promptsRole"), None)
    choose(page.findChild(QtWidgets.QComboBox, "promptsPhase"), None)
    assert len(page.shown_ids()) == len(journal.prompts.all())


def test_prompt_rows_show_their_whole_text_at_any_width(
    qtbot: QtBot, journal: Journal, page: PromptsPage
) -> None:
    view = page.list
    assert view.textElideMode() == Qt.TextElideMode.ElideNone

    focus = QtWidgets.QStyle.PixelMetric.PM_FocusFrameHMargin
    margin = view.style().pixelMetric(focus, None, view) + 1  # Qt's text margin in a row

    def rows_fit() -> bool:
        metrics = view.fontMetrics()
        for row in range(8):
            item = view.item(row)
            place = view.visualItemRect(item)
            bounds = QtCore.QRect(0, 0, place.width() - 2 * margin, 100_000)
            flags = int(Qt.TextFlag.TextWordWrap)
            if metrics.boundingRect(bounds, flags, item.text()).height() > place.height():
                return False
        return True

    for width in (1024, 1180, 1366, 1024):
        page.resize(width, 760)
        qtbot.waitUntil(rows_fit, timeout=3000)


def fits(prompt: Prompt, role: str, phase: str) -> bool:
    return prompt.audience in (role, "any") and prompt.phase in (None, phase)


def test_where_the_person_is_filters_the_page_too_and_says_so(
    qtbot: QtBot, journal: Journal, page: PromptsPage
) -> None:
    journal.settings.set("prompt_role", "hurt")
    journal.settings.set("recovery_phase", "early")
    expected = [p.id for p in journal.prompts.all() if fits(p, "hurt", "atone")]
    qtbot.waitUntil(lambda: page.shown_ids() == expected)
    shown = [journal.prompts.get(i) for i in expected]
    assert {p.phase for p in shown} == {None, "atone"}  # those for any phase always fit
    assert page.findChild(QtWidgets.QComboBox, "promptsPhase").currentData() == "atone"
    note = page.findChild(QtWidgets.QLabel, "promptsRoleNote")
    assert note.isVisible()
    assert note.text() == (
        "Showing prompts for the partner who was hurt and for the atone phase "
        "(with the ones for any phase), as you chose in Settings and where your path is now."
    )


def test_the_page_follows_a_move_along_the_path(
    qtbot: QtBot, journal: Journal, page: PromptsPage
) -> None:
    """Issue 24: the filters read the path's phase, not the old setting."""
    journal.settings.set("prompt_role", "individual")
    qtbot.waitUntil(lambda: page.phase.currentData() == "safety")
    journal.path.move("grief")
    expected = [p.id for p in journal.prompts.all() if fits(p, "individual", "grief")]
    qtbot.waitUntil(lambda: page.shown_ids() == expected)
    assert page.phase.currentData() == "grief"


def test_one_click_shows_every_prompt(qtbot: QtBot, journal: Journal, page: PromptsPage) -> None:
    journal.settings.set("prompt_role", "involved")
    journal.settings.set("recovery_phase", "later")
    qtbot.waitUntil(lambda: page.phase.currentData() == "attach")
    assert len(page.shown_ids()) < len(journal.prompts.all())
    widen = page.findChild(QtWidgets.QPushButton, "promptsShowAll")
    assert widen.isVisible()
    qtbot.mouseClick(widen, LEFT)
    assert len(page.shown_ids()) == len(journal.prompts.all())
    assert not widen.isVisible()
    assert (
        page.findChild(QtWidgets.QLabel, "promptsRoleNote")
        .text()
        .startswith("Showing every prompt.")
    )
    journal.path.move("attune")  # the path moves: followed
    qtbot.waitUntil(lambda: page.phase.currentData() == "attune")
    assert page.role.currentData() is None  # the role was not changed in Settings
    assert page.shown_ids() == [p.id for p in journal.prompts.all() if p.phase in (None, "attune")]


def test_nobody_said_who_is_writing_so_no_phase_filters(
    qtbot: QtBot, journal: Journal, page: PromptsPage
) -> None:
    journal.settings.set("prompt_role", "hurt")
    qtbot.waitUntil(lambda: page.phase.currentData() == "atone")
    journal.settings.set("prompt_role", "any")
    qtbot.waitUntil(lambda: page.phase.currentData() is None)
    assert len(page.shown_ids()) == len(journal.prompts.all())


def test_a_stage_chosen_on_the_page_is_not_said_to_come_from_settings(
    journal: Journal, page: PromptsPage
) -> None:
    choose(page.phase, "grief")
    assert page.shown_ids() == [p.id for p in journal.prompts.all() if p.phase in (None, "grief")]
    text = page.findChild(QtWidgets.QLabel, "promptsRoleNote").text()
    assert text == "Showing prompts for the grief phase (with the ones for any phase)."


def test_every_prompt_shown_names_whom_the_others_are_for(
    qtbot: QtBot, journal: Journal, page: PromptsPage
) -> None:
    """Issue 21, item 5: for the hurt partner, "Show every prompt" mixed in 46 prompts for
    the partner who broke trust, unmarked."""
    journal.settings.set("prompt_role", "hurt")
    qtbot.waitUntil(lambda: page.role.currentData() == "hurt")
    view = page.findChild(QtWidgets.QListWidget, "promptsList")

    def rows() -> dict[str, str]:
        return {
            str(view.item(i).data(Qt.ItemDataRole.UserRole)): view.item(i).text()
            for i in range(view.count())
        }

    assert not any("(for " in text for text in rows().values())  # all theirs: no labels
    qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "promptsShowAll"), LEFT)
    shown = rows()
    assert len(shown) == len(journal.prompts.all())
    note = page.findChild(QtWidgets.QLabel, "promptsRoleNote").text()
    assert note == "Showing every prompt. Those written for someone else say whom they are for."
    by_id = {p.id: p for p in journal.prompts.all()}
    involved = [i for i in shown if by_id[i].audience == "involved"]
    assert len(involved) == 54  # 46, and 8 more for the path's atone and attach (issue 24)
    for prompt_id, text in shown.items():
        audience = by_id[prompt_id].audience
        labelled = {
            "involved": "\n(for the partner who broke trust)",
            "individual": "\n(for healing on your own)",
        }.get(audience, "")
        assert text == by_id[prompt_id].text + labelled, prompt_id
        accessible = view.item(list(shown).index(prompt_id)).data(
            Qt.ItemDataRole.AccessibleTextRole
        )
        assert labelled.strip() in accessible


def test_prompts_and_themes_show_in_the_persons_language_and_search_finds_either(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    german = speaking.load("de")
    assert german is not None
    first = journal.prompts.library.prompts[0]
    with speaking.speaking(german):
        page = open_page(qtbot, journal, clock)
        themes = page.findChild(QtWidgets.QComboBox, "promptsTheme")
        assert themes.itemText(themes.findData("safety")) == "Sicherheit und Geborgenheit"
        page.search.setText("spürst du die meiste Unruhe")
        assert page.shown_ids() == [first.id]
        page.search.setText("where in your body do you feel most unsettled")
        assert page.shown_ids() == [first.id]
        page.select(first.id)
        shown = page.findChild(QtWidgets.QLabel, "promptsText").text()
        assert shown == german.pgettext(f"prompt:{first.id}", first.text) != first.text
        assert page.list.item(0).text().startswith(shown)
    page.clear_for_lock()
