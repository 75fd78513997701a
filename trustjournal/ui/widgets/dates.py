"""Days between Python and Qt, typed: PySide converts a `datetime.date` where a QDate is
wanted and gives one back from `QDate.toPython()`, but its stubs know neither (they say
QDate and object), so the app's days cross over here.

Days are said with the day unpadded ("6 December", not "06 December"), as people write them;
the ways to say a day are here so no screen reaches for `%d` again."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.language.speaking import _
from trustjournal.ui.qt import QtCore


def qdate(day: dt.date) -> QtCore.QDate:
    return QtCore.QDate(day.year, day.month, day.day)


def pydate(day: QtCore.QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def day_and_month(day: dt.date) -> str:
    """'6 December'."""
    return f"{day.day} {day:%B}"


def day_month_year(day: dt.date) -> str:
    """'6 December 2026'."""
    return f"{day_and_month(day)} {day.year}"


def weekday_and_date(day: dt.date) -> str:
    """'Sunday 6 December 2026'."""
    return f"{day:%A} {day_month_year(day)}"


def date_and_time(moment: dt.datetime) -> str:
    """'6 December 2026 at 09:05'."""
    return _("{date} at {time}").format(date=day_month_year(moment.date()), time=f"{moment:%H:%M}")


def local_number(value: int) -> str:
    """`value` with the digit grouping of the person's locale ('1,200', '1.200'). The C
    locale (no preference said) groups as English does, the language the app speaks then."""
    locale = QtCore.QLocale()
    if locale.language() == QtCore.QLocale.Language.C:
        locale = QtCore.QLocale(QtCore.QLocale.Language.English)
    return locale.toString(value)
