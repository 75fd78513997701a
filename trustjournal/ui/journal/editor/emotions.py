"""The emotion picker: the chosen feelings on top, the often felt next, then every feeling
grouped pleasant and painful, with a filter that picks on Enter.

The chosen feelings show as chips that remove themselves when clicked, so what is
chosen reads at a glance. "Often" mirrors the feelings chosen most in recent entries
(the page tells which), so the usual ones are one click away. Typing in the filter
hides the feelings and groups that do not match; Enter picks the one that does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from trustjournal.core.journal.vocabulary import EmotionFamily, emotion_families
from trustjournal.core.language import content
from trustjournal.core.language.speaking import _
from trustjournal.core.records.entries import Entry
from trustjournal.ui.journal import texts
from trustjournal.ui.journal.flow_layout import FlowLayout
from trustjournal.ui.journal.mood_style import CHIP_STYLE, make_chip
from trustjournal.ui.qt import QtWidgets, Signal
from trustjournal.ui.widgets.access.tab_order import in_tab_order_after

OFTEN_COUNT = 8


def often_felt(recent: Iterable[Entry], count: int = OFTEN_COUNT) -> list[str]:
    """The feelings chosen most in `recent` (newest first), the more recent first on a tie."""
    tally: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for order, entry in enumerate(recent):
        for name in entry.emotions:
            tally[name] += 1
            first_seen.setdefault(name, order)
    ranked = sorted(tally, key=lambda name: (-tally[name], first_seen[name]))
    return ranked[:count]


class EmotionChips(QtWidgets.QWidget):
    changed = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emotionChips")
        self.setAccessibleName(_("Emotions"))
        self._chips: dict[str, QtWidgets.QToolButton] = {}
        self._often: dict[str, QtWidgets.QToolButton] = {}
        self._chosen: list[QtWidgets.QToolButton] = []
        self.setStyleSheet(CHIP_STYLE)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # A short heading (a long one held the details wider than their column in longer
        # languages); a screen reader hears what a click does.
        self.chosen_box = self._box("emotionChosen", _("Chosen"))
        self.chosen_box.setAccessibleName(_("Chosen (click to remove)"))
        self.chosen_flow = FlowLayout(self.chosen_box, spacing=4)
        self.chosen_flow.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.chosen_box)
        self.search = QtWidgets.QLineEdit(self)
        self.search.setObjectName("emotionSearch")
        self.search.setAccessibleName(_("Find an emotion"))
        self.search.setPlaceholderText(_("Find an emotion, Enter picks it…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._show_matching)
        self.search.returnPressed.connect(self._pick_the_match)
        layout.addWidget(self.search)
        self.often_box = self._box("emotionOften", _("Often"))
        self.often_flow = FlowLayout(self.often_box, spacing=4)
        self.often_flow.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.often_box)
        for family in emotion_families():
            layout.addWidget(self._family_box(family))
        self._show_chosen()
        self.often_box.setVisible(False)

    def _box(self, name: str, title: str) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(title, self)
        box.setObjectName(name)
        box.setAccessibleName(title)
        box.setFlat(True)
        return box

    def _family_box(self, family: EmotionFamily) -> QtWidgets.QGroupBox:
        label = content.emotion_family(family.label)
        box = self._box(f"emotionFamily_{family.name}", label)
        box.setAccessibleName(texts.EMOTION_FAMILY.format(family=label))
        flow = FlowLayout(box, spacing=4)
        flow.setContentsMargins(0, 4, 0, 0)
        for name in family.emotions:
            flow.addWidget(self._chip(name, box))
        return box

    def _chip(self, name: str, parent: QtWidgets.QWidget) -> QtWidgets.QToolButton:
        chip = QtWidgets.QToolButton(parent)
        chip.setText(content.emotion(name))
        make_chip(chip)
        chip.setObjectName(f"emotion_{name.replace(' ', '_')}")
        chip.setAccessibleName(texts.EMOTION_CHIP.format(name=content.emotion(name)))
        chip.toggled.connect(self._chip_toggled)
        self._chips[name] = chip
        return chip

    def chips(self) -> list[QtWidgets.QToolButton]:
        return list(self._chips.values())

    def chip(self, name: str) -> QtWidgets.QToolButton:
        return self._chips[name]

    def chosen_chips(self) -> list[QtWidgets.QToolButton]:
        """The removable chips at the top, one per chosen feeling."""
        return list(self._chosen)

    def often_chips(self) -> list[QtWidgets.QToolButton]:
        return list(self._often.values())

    def selected(self) -> tuple[str, ...]:
        return tuple(name for name, chip in self._chips.items() if chip.isChecked())

    def set_selected(self, names: Iterable[str]) -> None:
        wanted = set(names)
        for name, chip in self._chips.items():
            chip.blockSignals(True)
            chip.setChecked(name in wanted)
            chip.blockSignals(False)
        self._show_chosen()

    def set_often(self, names: Sequence[str]) -> None:
        """The feelings to offer first (see `often_felt`)."""
        if list(names) == list(self._often):
            return
        for chip in self._often.values():
            _drop(self.often_flow, chip)
        self._often = {}
        for name in names:
            if name in self._chips:
                self._often[name] = self._mirror(name)
        self.often_box.setVisible(bool(self._often))
        self._show_chosen()
        self._show_matching(self.search.text())

    def clear(self) -> None:
        self.set_often(())
        self.set_selected(())
        self.search.setText("")  # setText also empties its undo

    # -- the chosen and the often -----------------------------------------------------

    def _mirror(self, name: str) -> QtWidgets.QToolButton:
        """A chip in "Often" that stands for the family's chip of the same feeling."""
        chip = QtWidgets.QToolButton(self.often_box)
        chip.setText(content.emotion(name))
        make_chip(chip)
        chip.setObjectName(f"often_{name.replace(' ', '_')}")
        chip.setAccessibleName(texts.EMOTION_OFTEN.format(name=content.emotion(name)))
        chip.setChecked(self._chips[name].isChecked())
        chip.toggled.connect(self._chips[name].setChecked)
        self.often_flow.addWidget(chip)
        return chip

    def _chip_toggled(self) -> None:
        self._show_chosen()
        self.changed.emit()

    def _show_chosen(self) -> None:
        for chip in self._chosen:
            _drop(self.chosen_flow, chip)
        self._chosen = []
        chosen = self.selected()
        for name in chosen:
            remove = QtWidgets.QToolButton(self.chosen_box)
            remove.setText(f"{content.emotion(name)}  \u00d7")
            make_chip(remove)
            remove.setCheckable(False)
            remove.setObjectName(f"chosen_{name.replace(' ', '_')}")
            remove.setAccessibleName(texts.EMOTION_REMOVE.format(name=content.emotion(name)))
            remove.setToolTip(remove.accessibleName())
            remove.clicked.connect(lambda _checked=False, n=name: self._chips[n].setChecked(False))
            self.chosen_flow.addWidget(remove)
            self._chosen.append(remove)
        for name, mirror in self._often.items():
            mirror.blockSignals(True)
            mirror.setChecked(name in chosen)
            mirror.blockSignals(False)
        self.chosen_box.setVisible(bool(chosen))
        self._order_for_tab()

    def _order_for_tab(self) -> None:
        """Tab in reading order: the chosen, the search, the often felt, then every chip.
        Chips made later would join the end of Tab's round, after the Delete button."""
        made = {*self._chosen, *self._often.values()}
        chain = [*self._chosen, self.search, *self._often.values(), *self._chips.values()]
        in_tab_order_after(self.search, chain, skip=made)

    # -- the filter -----------------------------------------------------------------

    def _matching(self, text: str) -> list[str]:
        needle = text.strip().casefold()
        return [name for name in self._chips if needle in name or needle in _shown(name)]

    def _show_matching(self, text: str) -> None:
        shown = set(self._matching(text))
        for name, chip in self._chips.items():
            chip.setVisible(name in shown)
        for name, chip in self._often.items():
            chip.setVisible(name in shown)
        self.often_box.setVisible(any(name in shown for name in self._often))
        for box in self.findChildren(QtWidgets.QGroupBox):
            if box.objectName().startswith("emotionFamily_"):
                box.setVisible(
                    any(not chip.isHidden() for chip in box.findChildren(QtWidgets.QToolButton))
                )
            box.updateGeometry()

    def _pick_the_match(self) -> None:
        """Enter picks the feeling the filter leaves alone, or the one named exactly."""
        typed = self.search.text().strip().casefold()
        found = self._matching(typed)
        exact = [name for name in found if typed in (name, _shown(name))]
        pick = exact or (found if len(found) == 1 else [])
        if typed and pick:
            self._chips[pick[0]].setChecked(True)
            self.search.clear()


def _drop(flow: FlowLayout, chip: QtWidgets.QToolButton) -> None:
    flow.removeWidget(chip)
    chip.hide()
    chip.deleteLater()


def _shown(name: str) -> str:
    """A feeling as the person reads it, case folded, for the filter to match (casefold,
    not lower: German's "ß" matches "ss")."""
    return content.emotion(name).casefold()
