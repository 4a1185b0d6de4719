"""Resource caps on what a proof may hold: path steps and assets (issue 9, hostile input).

The file sizes, JSON nesting and number lengths are capped where files are read (``loading.py``). This module caps
the two counts that make a verifier loop: how many steps a path has and how many assets a node or an asset list
names. The limits are far above every real format, so that only a hostile or broken file reaches them:

* path steps: the zk formats use depth-28 trees (gateio.md §2.5, binance.md), OKX Merkle v1 about 25 levels,
  SwissBorg a witness per level; a tree of 2^64 leaves has 64. The cap is 256.
* assets: Bybit lists 50 (others.md §2.1), OKX zk-STARK 156, HTX 168, Gate.io's config up to 800, Binance 500+.
  The cap is 4096.

:func:`check_document` walks a parsed JSON proof or asset file once (before any format reads it) and raises
``InputError`` naming the file and the place (``path``, ``self.balance``, ``CexAssetsInfo``) when a count is over.
Formats that read text tables call :func:`check_path_steps` / :func:`check_asset_count` themselves.
"""

from __future__ import annotations

from typing import Any

from .errors import InputError
from .text import text

MAX_PATH_STEPS = 256
MAX_ASSETS = 4096
#: Any JSON object with more fields than this is refused as well: the first OKX zk-STARK layout writes its coins
#: as fields of the entry (151 of them), so a node's fields are its assets plus a few of the format's own.
MAX_OBJECT_FIELDS = MAX_ASSETS + 64

#: The names under which the formats keep a path (a list of steps): Merkle-sum formats, zk formats, SwissBorg.
PATH_KEYS = frozenset({
    "path", "pathList", "merkle_path", "Proof", "MerkleProofEncode", "witnesses", "right_hashes", "left_hashes",
    "siblings", "proof", "data", "merkleProof", "auditPath",
})  # fmt: skip
#: The names under which the formats keep their assets (an object per asset name or a list of asset entries).
ASSET_KEYS = frozenset({
    "balance", "balances", "totalBalances", "Assets", "AssetDetails", "CexAssetsInfo", "coins", "equity", "debt",
    "liabilities", "assets",
})  # fmt: skip


def check_path_steps(count: int, file: str, place: str) -> None:
    if count > MAX_PATH_STEPS:
        raise InputError(
            "path-too-long",
            text("{file}: {place} has {count} path steps; no real proof has more than {limit}.",
                 file=file, place=place, count=count, limit=MAX_PATH_STEPS),  # fmt: skip
        )


def check_asset_count(count: int, file: str, place: str) -> None:
    if count > MAX_ASSETS:
        raise InputError(
            "too-many-assets",
            text("{file}: {place} names {count} assets; no real proof has more than {limit}.",
                 file=file, place=place, count=count, limit=MAX_ASSETS),  # fmt: skip
        )


def check_document(doc: Any, file: str) -> None:
    """Every path list and asset collection of a parsed JSON document within the caps (iterative: the nesting
    is already capped by the loader, but a walk without recursion needs no such promise)."""
    stack: list[tuple[str, str | None, Any]] = [("", None, doc)]
    while stack:
        place, key, value = stack.pop()
        if isinstance(value, dict):
            if len(value) > MAX_OBJECT_FIELDS:
                check_asset_count(len(value), file, place or text("the top level"))
            if key in ASSET_KEYS:
                check_asset_count(len(value), file, place)
            for k, v in value.items():
                stack.append((f"{place}.{k}" if place else str(k), str(k), v))
        elif isinstance(value, list):
            if key in PATH_KEYS:
                check_path_steps(len(value), file, place)
            elif key in ASSET_KEYS:
                check_asset_count(len(value), file, place)
            for i, v in enumerate(value):
                stack.append((f"{place}[{i}]", key, v))
