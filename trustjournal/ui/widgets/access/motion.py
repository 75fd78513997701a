"""Reduced motion (issue 23, item 7): whether things that move should change in steps.

The person's "Reduce motion" setting is kept inside the journal; `Appearance` sets it here
at unlock and whenever Settings change it, and whatever animates asks `reduced()`. Qt 6.11
exposes no desktop preference for less motion (its accessibility hints say contrast only),
so nothing is read from the desktop; when Qt grows one, `reduced()` is where it joins.
When reduced, Qt's own effects (menus and combo boxes that slide or fade, the style's
animations) are off too.
"""

from __future__ import annotations

from trustjournal.ui.qt import Qt, QtCore, QtWidgets

_PROPERTY = "trustjournal_reduce_motion"
_EFFECTS = (
    Qt.UIEffect.UI_AnimateMenu,
    Qt.UIEffect.UI_FadeMenu,
    Qt.UIEffect.UI_AnimateCombo,
    Qt.UIEffect.UI_AnimateTooltip,
    Qt.UIEffect.UI_FadeTooltip,
    Qt.UIEffect.UI_AnimateToolBox,
)
_platform_effects: dict[Qt.UIEffect, bool] = {}  # what the platform said, before any change


def reduced() -> bool:
    app = QtCore.QCoreApplication.instance()
    return bool(app is not None and app.property(_PROPERTY))


def set_reduced(app: QtWidgets.QApplication, on: bool) -> None:
    """Ask everything that moves to change in steps (or to move again)."""
    if not _platform_effects:
        _platform_effects.update({e: QtWidgets.QApplication.isEffectEnabled(e) for e in _EFFECTS})
    app.setProperty(_PROPERTY, on)
    for effect, was in _platform_effects.items():
        QtWidgets.QApplication.setEffectEnabled(effect, was and not on)


class StillStyle(QtWidgets.QProxyStyle):
    """Fusion with its animations (a busy bar's sweep, a default button's pulse) off."""

    def styleHint(  # noqa: N802 (Qt's name)
        self,
        hint: QtWidgets.QStyle.StyleHint,
        option: QtWidgets.QStyleOption | None = None,
        widget: QtWidgets.QWidget | None = None,
        returned: QtWidgets.QStyleHintReturn | None = None,
    ) -> int:
        if hint == QtWidgets.QStyle.StyleHint.SH_Widget_Animation_Duration:
            return 0
        return super().styleHint(hint, option, widget, returned)
