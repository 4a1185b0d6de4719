"""The batch results table: a QAbstractTableModel of core Results (one row per file), and the proxy that sorts it
and filters it by verdict, format and warning code. The model only reads Results; it never touches files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ..core.result import Result

Index = QModelIndex | QPersistentModelIndex

#: Roles beyond Qt's own: the Result of a row, and the values the proxy filters on.
RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 2
FORMAT_ROLE = Qt.ItemDataRole.UserRole + 3
WARNINGS_ROLE = Qt.ItemDataRole.UserRole + 4
SORT_ROLE = Qt.ItemDataRole.UserRole + 5

COL_FILE, COL_VERDICT, COL_FORMAT, COL_USER, COL_WARNINGS, COL_REASON = range(6)
_VERDICT_ORDER = {"fail": 0, "error": 1, "pass": 2}  # sorting by verdict puts the problems first
_VERDICT_COLOURS = {"pass": "#1a7f37", "fail": "#cf222e", "error": "#9a6700"}


def verdict_word(verdict: str) -> str:
    # Literal translate() calls: the translation tool collects them from the source.
    words = {
        "pass": QCoreApplication.translate("BatchTableModel", "PASS"),
        "fail": QCoreApplication.translate("BatchTableModel", "FAIL"),
        "error": QCoreApplication.translate("BatchTableModel", "ERROR"),
    }
    return words.get(verdict, verdict)


def reason_of(result: Result) -> str:
    if result.error is not None:
        return str(result.error.message)
    if result.failure is not None:
        return f"{result.failure.step}: {result.failure.message}"
    return ""


class BatchTableModel(QAbstractTableModel):
    """Rows are appended as the batch produces them (``add_results``); ``result_at(row)`` gives a row's Result."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._results: list[Result] = []

    # -- filling ------------------------------------------------------------------------------------------------

    def add_results(self, results: Sequence[Result]) -> None:
        if not results:
            return
        first = len(self._results)
        self.beginInsertRows(QModelIndex(), first, first + len(results) - 1)
        self._results.extend(results)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._results = []
        self.endResetModel()

    def results(self) -> list[Result]:
        return list(self._results)

    def result_at(self, row: int) -> Result:
        return self._results[row]

    # -- the model ----------------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._results)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("File"),
            self.tr("Verdict"),
            self.tr("Format"),
            self.tr("Account"),
            self.tr("Warnings"),
            self.tr("Reason"),
        )
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        r = self._results[index.row()]
        col = index.column()
        if role == RESULT_ROLE:
            return r
        if role == VERDICT_ROLE:
            return r.verdict
        if role == FORMAT_ROLE:
            return r.format.id if r.format else ""
        if role == WARNINGS_ROLE:
            return " ".join(r.warning_codes())
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            sort = role == SORT_ROLE
            if col == COL_FILE:
                return r.file if sort else Path(r.file).name
            if col == COL_VERDICT:
                return _VERDICT_ORDER.get(r.verdict, 3) if sort else verdict_word(r.verdict)
            if col == COL_FORMAT:
                return r.format.id if r.format else ""
            if col == COL_USER:
                return r.user_id or ""
            if col == COL_WARNINGS:
                return len(r.warnings) if sort else ", ".join(r.warning_codes())
            if col == COL_REASON:
                return reason_of(r)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_FILE:
                return r.file
            if col == COL_REASON:
                return reason_of(r) or None
            if col == COL_WARNINGS:
                return "\n".join(str(w.message) for w in r.warnings) or None
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_VERDICT:
            return QBrush(QColor(_VERDICT_COLOURS.get(r.verdict, "#000000")))
        return None


class BatchFilterProxy(QSortFilterProxyModel):
    """Sorts by each column's natural order and keeps the rows matching the chosen verdict, format and warning
    code (None: any)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._verdict: str | None = None
        self._format: str | None = None
        self._warning: str | None = None

    def set_filters(self, verdict: str | None = None, format_id: str | None = None, warning: str | None = None) -> None:
        modern = hasattr(self, "endFilterChange")  # Qt 6.10 deprecates invalidateFilter() for these two
        if modern:
            self.beginFilterChange()
        self._verdict, self._format, self._warning = verdict or None, format_id or None, warning or None
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._verdict is not None and model.data(index, VERDICT_ROLE) != self._verdict:
            return False
        if self._format is not None and model.data(index, FORMAT_ROLE) != self._format:
            return False
        if self._warning is not None and self._warning not in str(model.data(index, WARNINGS_ROLE)).split():
            return False
        return True
