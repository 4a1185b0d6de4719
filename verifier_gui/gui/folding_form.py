"""A checkable group whose form shows only while it is ticked, with a chooser of the kind of values it takes: the
shape shared by the web-page form (entry_form.py) and the secrets form (secrets_form.py).

Subclasses add their rows with :meth:`add_row`, say which rows each kind shows (``rows``) and set every text in
``retranslate`` (called again when the language changes).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget


class FoldingForm(QGroupBox):
    def __init__(self, kinds: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setChecked(False)
        # The fields live in an inner widget that is hidden while the box is unchecked: most users need none of
        # them, and a disabled form would only push the result down the window.
        self.body = QWidget(self)
        QVBoxLayout(self).addWidget(self.body)
        self.body.setVisible(False)
        self.toggled.connect(self.body.setVisible)
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form = form
        self.kind_combo = QComboBox(self.body)
        for kind in kinds:
            self.kind_combo.addItem("", kind)
        # Long names must not widen the window on a small screen; the drop-down still shows them whole.
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo.setMinimumContentsLength(20)
        self.add_row(self.kind_combo)
        self.hint = QLabel(self.body)
        self.hint.setWordWrap(True)
        form.addRow(self.hint)

    def retranslate(self) -> None:  # pragma: no cover - every subclass sets its own texts
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_row(self, field: QWidget) -> None:
        """A row whose label (the field's buddy: its mnemonic focuses the field) gets its text in retranslate."""
        label = QLabel(self.body)
        label.setBuddy(field)
        self._form.addRow(label, field)

    def set_label(self, field: QWidget, text: str) -> None:
        label = self._form.labelForField(field)
        if isinstance(label, QLabel):
            label.setText(text)

    def show_rows(self, fields: Mapping[str, QWidget], shown: Sequence[str]) -> None:
        for name, field in fields.items():
            self._form.setRowVisible(field, name in shown)

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
