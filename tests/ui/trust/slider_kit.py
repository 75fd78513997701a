"""Reading how a score slider is drawn: its handle's place and the pixels there."""

from __future__ import annotations

from trustjournal.ui.qt import QtCore, QtGui, QtWidgets


def handle_area(slider: QtWidgets.QSlider) -> QtCore.QRect:
    """Where the style puts the handle, inside the slider."""
    option = QtWidgets.QStyleOptionSlider()
    slider.initStyleOption(option)
    found = slider.style().subControlRect(
        QtWidgets.QStyle.ComplexControl.CC_Slider,
        option,
        QtWidgets.QStyle.SubControl.SC_SliderHandle,
        slider,
    )
    return found & slider.rect()


def picture_of(slider: QtWidgets.QSlider) -> QtGui.QImage:
    return slider.grab().toImage().convertToFormat(QtGui.QImage.Format.Format_RGB32)


def pixels(picture: QtGui.QImage, area: QtCore.QRect) -> list[int]:
    area = area & picture.rect()
    return [picture.pixel(x, y) for y in range(area.top(), area.bottom() + 1)
            for x in range(area.left(), area.right() + 1)]  # fmt: skip


def differing(first: list[int], second: list[int]) -> float:
    """The share of pixels that differ between two areas of the same size."""
    return sum(a != b for a, b in zip(first, second, strict=True)) / len(first)
