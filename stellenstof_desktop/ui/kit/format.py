"""Dates, times and names as the coach reads them, in the UI language."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from stellenstof_desktop.enums import SessionStatus


def long_date(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), "dddd d MMMM yyyy")


def short_date(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), "ddd d MMM yyyy")


def clock(value: time) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), "HH:mm")


def status_label(status: SessionStatus) -> str:
    labels = {
        SessionStatus.PLANNED: QCoreApplication.translate("format", "gepland"),
        SessionStatus.HELD: QCoreApplication.translate("format", "gehouden"),
        SessionStatus.CANCELLED: QCoreApplication.translate("format", "afgezegd"),
    }
    return labels[status]


def session_count(count: int) -> str:
    """'geen sessies', '1 sessie', '3 sessies'."""
    if count == 0:
        return QCoreApplication.translate("format", "geen sessies")
    if count == 1:
        return QCoreApplication.translate("format", "1 sessie")
    return QCoreApplication.translate("format", "{n} sessies").format(n=count)


def couple_count(count: int) -> str:
    """'1 stel', '3 stellen'."""
    if count == 1:
        return QCoreApplication.translate("format", "1 stel")
    return QCoreApplication.translate("format", "{n} stellen").format(n=count)


def names(items: list[str] | tuple[str, ...]) -> str:
    """'Anne', 'Anne en Bram', 'Anne, Bram en Cas'."""
    if len(items) <= 1:
        return "".join(items)
    joiner = QCoreApplication.translate("format", "{first} en {last}")
    return joiner.format(first=", ".join(items[:-1]), last=items[-1])
