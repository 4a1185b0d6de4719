"""The list of supported formats and auto-detection from a file's shape (never its name)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .loading import Source
from .options import VerifyOptions
from .result import FormatInfo, Result


@dataclass(frozen=True)
class FormatSpec:
    id: str
    exchange: str
    name: str
    period: str
    needs: str  # what the user must supply, in words
    sniff: Callable[[Source], bool]
    verify: Callable[[Source, VerifyOptions], Result]

    @property
    def info(self) -> FormatInfo:
        return FormatInfo(self.id, self.exchange, self.name)


def all_formats() -> list[FormatSpec]:
    # Imported here so that importing the registry stays cheap and free of import cycles.
    from .formats import bitget_merkle, gateio_merkle_v1, htx_merkle_v1, kucoin_merkle, okx_merkle_v1, okx_merkle_v2
    from .formats import binance_zk, silversixpence

    return [
        okx_merkle_v1.SPEC,
        okx_merkle_v2.SPEC,
        htx_merkle_v1.SPEC,
        htx_merkle_v1.POLONIEX_SPEC,
        gateio_merkle_v1.SPEC,
        bitget_merkle.SPEC,
        kucoin_merkle.SPEC,
        silversixpence.SPEC_BINANCE,
        silversixpence.SPEC_KUCOIN,
        binance_zk.SPEC_V1,
        binance_zk.SPEC_V2,
    ]


#: Formats whose files cannot be told apart by shape, with the order to settle it by verifying. Gate.io's
#: pre-release user files use Binance zk v1's key names and hash exactly like its 12-wide variant
#: (specs/gateio.md §2.2, binance.md §3.5): a file that verifies as Gate.io is named Gate.io, any other is
#: Binance's (the key names are Binance's own; Gate used them only before its release).
OVERLAPS: tuple[tuple[str, str], ...] = (("gateio-zk", "binance-zk-v1"),)


def overlap_order(candidates: list[FormatSpec]) -> tuple[FormatSpec, FormatSpec] | None:
    """(try first, otherwise) when the candidates are exactly one known overlapping pair, else None."""
    ids = {c.id for c in candidates}
    for first, second in OVERLAPS:
        if ids == {first, second}:
            by_id = {c.id: c for c in candidates}
            return by_id[first], by_id[second]
    return None


def get_format(format_id: str) -> FormatSpec | None:
    return next((f for f in all_formats() if f.id == format_id), None)


def detect(source: Source) -> list[FormatSpec]:
    """Every format whose sniffer recognises the file's shape. Sniffers never raise."""
    return [f for f in all_formats() if f.sniff(source)]
