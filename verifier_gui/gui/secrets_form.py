"""The form for what a user holds besides the proof file and keeps secret: a SwissBorg audit credential, a BitMEX
nonce (or account id and account nonce), a River account id, key and e-mail.

The form only collects text; the worker hands it to the core as ``VerifyOptions.secrets`` (core/secrets.py),
which uses it to recompute or find the user's own leaves. The values live in these fields only: they are never
written to settings, receipts or logs, secret fields are masked while typed, and ``clear()`` empties them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from ..core.secrets import UserSecrets
from .entry_form import plain_label
from .folding_form import FoldingForm

SWISSBORG, BITMEX_NONCE, BITMEX_ACCOUNT, RIVER = "swissborg", "bitmex-nonce", "bitmex-account", "river"
# Which fields each kind of secret shows, in the order of the form's rows.
_ROWS = {
    SWISSBORG: ("credential",),
    BITMEX_NONCE: ("nonce",),
    BITMEX_ACCOUNT: ("account_id", "account_nonce"),
    RIVER: ("account_id", "account_key", "email"),
}
_KINDS = tuple(_ROWS)
_FIELDS = ("credential", "account_id", "nonce", "account_nonce", "account_key", "email")
#: Fields masked while typed (the account id and e-mail are not secret on their own).
_MASKED = ("credential", "nonce", "account_nonce", "account_key")


class SecretsForm(FoldingForm):
    """A checkable group: unchecked, no secret is used; checked, the visible fields go with the verification."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_KINDS, parent)
        self.kind_combo.currentIndexChanged.connect(self._show_rows)
        self.edits: dict[str, QLineEdit] = {}
        for name in _FIELDS:
            edit = QLineEdit(self.body)
            if name in _MASKED:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            # No completion history and no drag out: the value stays in this field.
            edit.setDragEnabled(False)
            self.edits[name] = edit
            self.add_row(edit)
        self.show_box = QCheckBox(self.body)
        self.show_box.toggled.connect(self._set_masked)
        self._form.addRow(self.show_box)
        self.retranslate()
        self._show_rows()

    def _row_texts(self) -> dict[str, tuple[str, str]]:
        return {
            "credential": (self.tr("Audit &credential:"), self.tr("As shown in the SwissBorg app for this audit")),
            "account_id": (self.tr("Account &ID:"), self.tr("BitMEX: your account number; River: your account UID")),
            "nonce": (self.tr("&Nonce:"), self.tr("Your BitMEX nonce for this snapshot (64 hex digits)")),
            "account_nonce": (self.tr("Account nonc&e:"), self.tr("Your BitMEX account nonce (64 hex digits)")),
            "account_key": (self.tr("Account &key:"), self.tr("Your River account key (64 hex digits)")),
            "email": (self.tr("&E-mail:"), self.tr("The e-mail address of your River account")),
        }

    def retranslate(self) -> None:
        self.setTitle(self.tr("I have a secret from my exchange (SwissBorg, BitMEX, River)"))
        self.setAccessibleName(self.tr("Your secret values"))
        self.kind_combo.setAccessibleName(self.tr("Which exchange's secret"))
        kinds = {
            SWISSBORG: self.tr("SwissBorg: audit credential"),
            BITMEX_NONCE: self.tr("BitMEX: nonce for this snapshot"),
            BITMEX_ACCOUNT: self.tr("BitMEX: account id and account nonce"),
            RIVER: self.tr("River: account UID, key and e-mail"),
        }
        for index, kind in enumerate(_KINDS):
            self.kind_combo.setItemText(index, kinds[kind])
        self.set_label(self.kind_combo, self.tr("E&xchange:"))
        for name, (label, placeholder) in self._row_texts().items():
            edit = self.edits[name]
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(plain_label(label))
            self.set_label(edit, label)
        self.show_box.setText(self.tr("Sho&w what I type"))
        self.show_box.setAccessibleName(self.tr("Show the secret values"))
        self.hint.setText(
            self.tr(
                "These values find your own entries in the proof and are never saved or sent anywhere. Without "
                "them the result says what could not be checked."
            )
        )

    def _show_rows(self) -> None:
        self.show_rows(self.edits, _ROWS[self.kind()])

    def _set_masked(self, show: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password
        for name in _MASKED:
            self.edits[name].setEchoMode(mode)

    # -- what the window reads ---------------------------------------------------------------------------------

    def set_value(self, name: str, text: str) -> None:
        self.edits[name].setText(text)

    def secrets(self) -> UserSecrets | None:
        """The visible fields' values, or None when the box is unchecked or empty (hidden rows are not sent)."""
        if not self.isChecked():
            return None
        return UserSecrets.from_fields({name: self.edits[name].text() for name in _ROWS[self.kind()]})

    def clear(self) -> None:
        for edit in self.edits.values():
            edit.clear()
