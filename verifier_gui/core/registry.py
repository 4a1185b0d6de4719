"""The list of supported formats and auto-detection from a file's shape.

A file's name is never what makes a format match; it only breaks the tie between formats whose files are the same
bytes (Gate.io's and The Network Firm's leaf lists: see ``formats.gateio_merkle_v1.named_like``). Where nothing
tells formats apart, several match and the user chooses (``ambiguous-format``)."""

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
    # True for formats that read their file in a stream (full trees): they also accept files too large to read
    # whole, recognised from the file's head.
    streams: bool = False

    @property
    def info(self) -> FormatInfo:
        return FormatInfo(self.id, self.exchange, self.name)


def all_formats() -> list[FormatSpec]:
    # Imported here so that importing the registry stays cheap and free of import cycles.
    from .formats import bitget_merkle, gateio_merkle_v1, htx_merkle_v1, kucoin_merkle, okx_merkle_v1, okx_merkle_v2
    from .formats import bitmex_liabilities, bybit_merkle, coinex_merkle, mexc_merkle, okx_zkstark_v1, okx_zkstark_v2
    from .formats import silversixpence, swissborg, tnf_merkle
    from .formats import binance_zk, gateio_zk, htx_zk_v2

    return [
        okx_merkle_v1.SPEC,
        okx_merkle_v2.SPEC,
        okx_zkstark_v1.SPEC,
        okx_zkstark_v2.SPEC,
        htx_merkle_v1.SPEC,
        htx_merkle_v1.POLONIEX_SPEC,
        gateio_merkle_v1.SPEC,
        bitget_merkle.SPEC,
        kucoin_merkle.SPEC,
        silversixpence.SPEC_BINANCE,
        silversixpence.SPEC_KUCOIN,
        silversixpence.SPEC_GENERIC,
        bitmex_liabilities.SPEC,
        swissborg.SPEC,
        bybit_merkle.SPEC,
        mexc_merkle.SPEC,
        coinex_merkle.SPEC,
        tnf_merkle.SPEC,
        gateio_zk.SPEC,
        htx_zk_v2.SPEC,
        htx_zk_v2.POLONIEX_SPEC,
        binance_zk.SPEC_V1,
        binance_zk.SPEC_V2,
    ]


#: Formats whose files cannot be told apart by shape, and how to settle it by verifying: (preferred, other).
#: Gate.io's pre-release user files use Binance zk v1's key names and hash exactly like its 12-wide variant
#: (specs/gateio.md §2.2, binance.md §3.5). The key names are Binance's own, so a file is Binance's unless it
#: verifies only as Gate.io's; the pre-release files Gate published are told apart by their roots
#: (binance_zk.GATEIO_ROOTS, which Binance's sniffer leaves to Gate.io).
OVERLAPS: tuple[tuple[str, str], ...] = (("binance-zk-v1", "gateio-zk"),)


def overlap_order(candidates: list[FormatSpec]) -> tuple[FormatSpec, FormatSpec] | None:
    """(preferred, other) when the candidates are exactly one known overlapping pair, else None."""
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
