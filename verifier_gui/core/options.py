"""What the caller supplies besides the proof file itself."""

from __future__ import annotations

from dataclasses import dataclass

from .roots import PublishedRoot


@dataclass(frozen=True)
class VerifyOptions:
    root: PublishedRoot | None = None  # the root the exchange published; None = fall back to the file's
    tree: str | None = None  # path of a full-tree or leaf-list file, for formats that publish one
    assets: str | None = None  # path of the snapshot's asset list or configuration
    format_id: str | None = None  # skip detection and use this format
