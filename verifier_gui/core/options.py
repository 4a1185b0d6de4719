"""What the caller supplies besides the proof file itself."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .progress import Progress
from .roots import PublishedRoot
from .secrets import UserSecrets


@dataclass(frozen=True)
class VerifyOptions:
    root: PublishedRoot | None = None  # the root the exchange published; None = fall back to the file's
    tree: str | None = None  # path of a full-tree or leaf-list file, for formats that publish one
    assets: str | None = None  # path of the snapshot's asset list or configuration
    format_id: str | None = None  # skip detection and use this format
    # Values the user copied from the exchange's page, for formats whose file alone does not identify the
    # user (Gate.io v1: hashed_uid, balance, token; The Network Firm / Bitso lists: account and
    # account_balances, "TOKEN=amount" pairs). None when not given.
    record: Mapping[str, str] | None = None
    # Long verifications report here and stop when it is cancelled; None for quick ones and plain calls.
    progress: Progress | None = None
    # What the user holds and keeps secret (SwissBorg credential, BitMEX nonce, River key); None when not given.
    secrets: UserSecrets | None = None
