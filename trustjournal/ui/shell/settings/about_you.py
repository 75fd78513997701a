"""Who is writing and roughly where they are: asked gently in onboarding, changed in Settings.

Both answers only choose words: which prompts are suggested, how the check-in
asks. Both can be left unsaid.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import N_, _
from trustjournal.core.settings import Settings
from trustjournal.ui.qt import QtWidgets, Signal
from trustjournal.ui.widgets.controls import button, button_row, heading, label

ROLE_CHOICES = (
    ("hurt", N_("I was hurt by my partner")),
    ("involved", N_("I hurt my partner and want to repair")),
    ("individual", N_("I'm healing on my own (past relationships, family, abuse)")),
    ("any", N_("I'd rather not say")),
)
PHASE_CHOICES = (
    ("early", N_("Early days")),
    ("middle", N_("Working through it")),
    ("later", N_("Rebuilding")),
    ("unsaid", N_("I'd rather not say")),
)
ASK = N_(
    "If you like, tell TrustJournal a little about where you are coming from, so the "
    "prompts and questions it offers fit you. Both are optional, and you can change them "
    "any time in Settings."
)


def choices(
    name: str, options: tuple[tuple[str, str], ...], chosen: str
) -> tuple[QtWidgets.QWidget, QtWidgets.QButtonGroup]:
    """Radio buttons in a column, one per option, named `<name>_<key>`."""
    holder = QtWidgets.QWidget()
    holder.setObjectName(name)
    layout = QtWidgets.QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    group = QtWidgets.QButtonGroup(holder)
    for key, english in options:
        text = _(english)  # the options are marked with N_() at import
        choice = QtWidgets.QRadioButton(text)
        choice.setObjectName(f"{name}_{key}")
        choice.setAccessibleName(text)
        choice.setProperty("choice", key)
        choice.setChecked(key == chosen)
        # A choice's words cannot wrap: never narrower than they are (the card widens).
        policy = QtWidgets.QSizePolicy.Policy
        choice.setSizePolicy(policy.Minimum, policy.Fixed)
        group.addButton(choice)
        layout.addWidget(choice)
    return holder, group


def chosen_key(group: QtWidgets.QButtonGroup, default: str) -> str:
    checked = group.checkedButton()
    return str(checked.property("choice")) if checked is not None else default


class AboutYouStep(QtWidgets.QWidget):
    """The onboarding step; `done` when the person goes on (answered or skipped)."""

    done = Signal()
    back = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_you")
        roles, self.roles = choices("about_role", ROLE_CHOICES, "any")
        phases, self.phases = choices("about_phase", PHASE_CHOICES, "unsaid")
        back = button(_("Back"), "about_back_button")
        skip = button(_("Skip"), "about_skip_button")
        self.go_on = button(_("Continue"), "about_next_button", primary=True)
        back.clicked.connect(self.back)
        skip.clicked.connect(self._skip)
        self.go_on.clicked.connect(self.done)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in (
            heading(_("A little about you")),
            label(_(ASK)),
            label(_("Which fits best?"), "subheading"),
            roles,
            label(_("Roughly where are you?"), "subheading"),
            phases,
        ):
            layout.addWidget(part)
        layout.addLayout(button_row(skip, self.go_on, leading=back))

    def _skip(self) -> None:
        """Skipping leaves both unsaid, whatever was clicked on the way."""
        for group, unsaid in ((self.roles, "any"), (self.phases, "unsaid")):
            for choice in group.buttons():
                choice.setChecked(choice.property("choice") == unsaid)
        self.done.emit()

    def answers(self) -> dict[str, str]:
        return {
            "prompt_role": chosen_key(self.roles, "any"),
            "recovery_phase": chosen_key(self.phases, "unsaid"),
        }


def keep_answers(settings: Settings, answers: dict[str, str]) -> None:
    for key, value in answers.items():
        settings.change(key, value)
