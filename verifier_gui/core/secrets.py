"""What a user holds besides the proof file and must keep to themselves: a SwissBorg audit credential, a BitMEX
nonce, a River account key. The command line's options and the app's secrets form fill one :class:`UserSecrets`;
the formats that need them read it from ``VerifyOptions.secrets``.

These values are never written anywhere: not to settings, receipts, reports or logs. ``repr`` hides them, so a
traceback or a debug print of the options cannot leak one.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

#: The field names, shared by the command line (``--account-id`` …) and the app's form.
SECRET_FIELDS = ("credential", "account_id", "nonce", "account_nonce", "account_key", "email")


@dataclass(frozen=True, repr=False)
class UserSecrets:
    credential: str | None = None  # SwissBorg: the audit credential shown in the app
    account_id: str | None = None  # BitMEX: the numeric account id; River: the account UID (base32) or number
    nonce: str | None = None  # BitMEX: the per-snapshot nonce (64 hex digits), the HMAC key itself
    account_nonce: str | None = None  # BitMEX: the account's master nonce (64 hex digits)
    account_key: str | None = None  # River: the account key (64 hex digits)
    email: str | None = None  # River: the account's e-mail address

    def __repr__(self) -> str:
        given = [f.name for f in fields(self) if getattr(self, f.name)]
        return f"UserSecrets(given={given})"

    def given(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @classmethod
    def from_fields(cls, values: dict[str, str | None]) -> UserSecrets | None:
        """From text fields (stripped; empty means not given); None when nothing was given."""
        cleaned = {name: (values.get(name) or "").strip() or None for name in SECRET_FIELDS}
        secrets = cls(**cleaned)
        return secrets if secrets.given() else None
