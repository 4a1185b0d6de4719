"""The form for users who have values from a web page instead of a proof file.

The 2022 Silver Sixpence audits (Binance, KuCoin) gave no file: the page showed a Merkle leaf, the record
fields and a tower of path hashes. Gate.io's 2020–2022 users had the published leaf list plus their own hashed
UID and balance from the site. The Network Firm's users (Bitso) have the leaf list plus their account id and
balances; HTX and Poloniex zk v2 users have their user_config.json plus the UID the file hashes. The form only
collects text; the worker hands it to the core (core/entry.py for the typed path, VerifyOptions.record for the
kinds of RECORD_FORMATS, as the command line's --hashed-uid, --account… and --uid do), which checks and explains
it. Nothing typed here is stored (QSettings holds none of it).
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from .folding_form import FoldingForm

GATEIO_RECORD = "gateio-record"  # the form's own id for "my record against a Gate.io v1 leaf list"
TNF_RECORD = "tnf-record"  # "my account id and balances against a The Network Firm (Bitso) leaf list"
HTX_UID = "htx-uid"  # "my UID, against the AccountIdHash of my HTX zk v2 user_config.json"
POLONIEX_UID = "poloniex-uid"  # the same for Poloniex's copy of that format

# The kinds whose values go with a proof file (into VerifyOptions.record), and the format that file is read as:
# the form names the audit, so the format is not guessed (Poloniex's files cannot be told from HTX's).
RECORD_FORMATS = {
    GATEIO_RECORD: "gateio-merkle-v1",
    TNF_RECORD: "tnf-merkle",
    HTX_UID: "htx-zk-v2",
    POLONIEX_UID: "poloniex-zk-v2",
}

# Which rows each kind of entry shows.
_ROWS = {
    "binance-silversixpence": ("leaf", "merkle_hash", "customer_id", "salt", "audit_id", "balances", "path"),
    "kucoin-silversixpence": ("leaf", "customer_id", "salt", "audit_id", "balances", "path"),
    "silversixpence": ("leaf", "merkle_hash", "customer_id", "salt", "audit_id", "balances", "path"),
    GATEIO_RECORD: ("hashed_uid", "balance", "token"),
    TNF_RECORD: ("account", "account_balances"),  # the record keys of core/formats/tnf_merkle.py
    HTX_UID: ("uid",),  # the record key of core/formats/htx_zk_v2.py
    POLONIEX_UID: ("uid",),
}
# The kinds in the order the form offers them, and every field in the order of the form's rows.
_KINDS = tuple(_ROWS)
_ROWS_IN_ORDER = ("leaf", "merkle_hash", "customer_id", "salt", "audit_id", "balances", "path", "hashed_uid",
                  "balance", "token", "account", "account_balances", "uid")


def plain_label(label: str) -> str:
    """A field label as an accessible name: "Merkle &leaf:" gives "Merkle leaf", "默克尔叶子(&L)：" "默克尔叶子"."""
    return re.sub(r"\(&.\)|&(?=.)", "", label).strip().rstrip(":：").strip()


class EntryForm(FoldingForm):
    """A checkable group: unchecked, the app verifies a proof file as usual; checked, these values are used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_KINDS, parent)
        self.kind_combo.currentIndexChanged.connect(self._show_rows)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name in _ROWS_IN_ORDER:
            if name == "path":
                edit: QLineEdit | QPlainTextEdit = QPlainTextEdit(self.body)
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 6 + 12)
            else:
                edit = QLineEdit(self.body)
            self.edits[name] = edit
            self.add_row(edit)
        self.retranslate()
        self._show_rows()

    def _row_texts(self) -> dict[str, tuple[str, str]]:
        """Each field's label and placeholder, in the current language."""
        return {
            "leaf": (self.tr("Merkle &leaf:"), self.tr("The Merkle Leaf shown on the page (hex)")),
            "merkle_hash": (self.tr("Merkle &hash:"), self.tr("Binance's Merkle Hash, if shown (hex)")),
            "customer_id": (self.tr("&Customer ID:"), self.tr("As shown (optional, to recompute the leaf)")),
            "salt": (self.tr("Sa&lt:"), self.tr("As shown (optional)")),
            "audit_id": (self.tr("Au&dit ID:"), self.tr("For example PR22NOV22 (optional)")),
            "balances": (self.tr("&Balances:"), self.tr("Exactly as shown, e.g. BTC=1.0000|ETH=2.0000")),
            "path": (
                self.tr("&Path:"),
                self.tr("The path from your leaf up, one step per line:\nL:<hash>  (the other node is on the left)\n"
                        "R:<hash>  (it is on the right)\npromoted  (a level with no other node)"),
            ),
            "hashed_uid": (self.tr("Hashed &UID:"), self.tr("Your hashed UID as Gate.io shows it")),
            "balance": (self.tr("Bala&nce:"), self.tr("Your balance as Gate.io shows it")),
            "token": (self.tr("&Token:"), self.tr("The token of that balance (optional)")),
            # Mnemonics: U and B are free while these rows show (Hashed UID and Balances belong to other kinds).
            "account": (
                self.tr("Acco&unt ID:"), self.tr("Your account ID as the auditor lists it (Bitso: your user ID)")
            ),
            "account_balances": (
                self.tr("Account &balances:"),
                self.tr("TOKEN=amount pairs in the auditor's column order, e.g. BTC=0.5,ETH=1.25"),
            ),
            "uid": (self.tr("&UID:"), self.tr("Your UID, the number of your account")),
        }

    def retranslate(self) -> None:
        """Set every text in the current language (at start, and again when the language changes)."""
        self.setTitle(self.tr("I have values from a web page, not a proof file"))
        self.setAccessibleName(self.tr("Values from a web page"))
        self.kind_combo.setAccessibleName(self.tr("Which audit"))
        kinds = {
            "binance-silversixpence": self.tr("Binance, Nov–Dec 2022 audit (Silver Sixpence)"),
            "kucoin-silversixpence": self.tr("KuCoin, late-2022 audit (Silver Sixpence)"),
            "silversixpence": self.tr("Another Silver Sixpence / Mazars audit (e.g. Crypto.com)"),
            GATEIO_RECORD: self.tr("Gate.io leaf list (2020–2022): my hashed UID and balance"),
            TNF_RECORD: self.tr("The Network Firm leaf list (e.g. Bitso): my account ID and balances"),
            HTX_UID: self.tr("HTX zk proof (Sep 2023 →): my UID"),
            POLONIEX_UID: self.tr("Poloniex zk proof: my UID"),
        }
        for index, kind in enumerate(_KINDS):
            self.kind_combo.setItemText(index, kinds[kind])
        self.set_label(self.kind_combo, self.tr("&Audit:"))
        for name, (label, placeholder) in self._row_texts().items():
            edit = self.edits[name]
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(self.tr("Path steps") if name == "path" else plain_label(label))
            self.set_label(edit, label)
        self._show_hint()

    def _show_rows(self) -> None:
        self.show_rows(self.edits, _ROWS[self.kind()])
        self._show_hint()

    def _show_hint(self) -> None:
        kind = self.kind()
        if kind == GATEIO_RECORD:
            self.hint.setText(self.tr("Open the published leaf list as your proof file above, then enter your "
                                      "record. The published root is required."))
        elif kind == TNF_RECORD:
            self.hint.setText(self.tr("Open the published leaf list as your proof file above, then enter your "
                                      "account ID and balances to find your own leaf. Left empty, only the list is "
                                      "checked and the result says your leaf was not looked for."))
        elif kind in (HTX_UID, POLONIEX_UID):
            self.hint.setText(self.tr("Open your user_config.json as your proof file above, then enter your UID: it "
                                      "is checked against the file's AccountIdHash. Left empty, the result says "
                                      "the proof was not tied to your account."))
        else:
            self.hint.setText(self.tr("No file is needed: enter what the audit page showed. The published root "
                                      "is required."))

    # -- what the window reads ---------------------------------------------------------------------------------

    def is_active(self) -> bool:
        return self.isChecked()

    def needs_proof_file(self) -> bool:
        return self.kind() in RECORD_FORMATS

    def record_format(self) -> str | None:
        """The format the proof file is read as when this form's values go with it (None for the typed kinds)."""
        return RECORD_FORMATS.get(self.kind())

    def set_value(self, name: str, text: str) -> None:
        edit = self.edits[name]
        if isinstance(edit, QPlainTextEdit):
            edit.setPlainText(text)
        else:
            edit.setText(text)

    def fields(self) -> dict[str, str]:
        """The visible fields' text (hidden rows belong to the other kinds)."""
        out = {}
        for name in _ROWS[self.kind()]:
            edit = self.edits[name]
            out[name] = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        return out
