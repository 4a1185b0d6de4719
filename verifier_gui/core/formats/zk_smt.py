"""The depth-28 sparse Merkle tree that every BN254 zk format shares (Binance zk v1/v2, Gate.io zk, HTX/Poloniex
zk v2; specs/binance.md §3.4, gateio.md §2.5, htx_poloniex.md §2.4).

* Leaves sit at positions 0 .. 2^28 - 1 (``AccountIndex`` / ``Arrangement``).
* The proof gives 28 siblings, leaf level first, each standard base64 (padded) of a 32-byte big-endian element.
* Level i (0..27): bit i of the index (least significant first) is 0 -> node = H(node, sibling_i), else
  H(sibling_i, node), with H the 2-input Poseidon (width 3, result state[1]).
* Empty positions hold the format's empty leaf E_0; empty subtrees are E_{h+1} = H(E_h, E_h).

This module only walks paths and describes them (no format knowledge): formats compute their leaf, call
:func:`decode_siblings`, :func:`fold` and :func:`path_steps`, and compare the root with ResultBuilder.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..errors import InputError
from ..hashing.poseidon_bn254 import R, hash2, to_hex
from ..result import PathStep
from ..text import text
from .zk_hash import decode_b64_32

DEPTH = 28
MAX_INDEX = (1 << DEPTH) - 1


def decode_siblings(items: Sequence[str], file: str, field: str) -> list[int]:
    """The 28 base64 siblings as field elements; InputError naming ``field[k]`` for a bad one."""
    if len(items) != DEPTH:
        raise InputError(
            "invalid-proof",
            text(
                "{file}: {field} must hold exactly {depth} siblings (one per tree level), not {count}.",
                file=file,
                field=field,
                depth=DEPTH,
                count=len(items),
            ),
        )
    out = []
    for k, item in enumerate(items):
        value = decode_b64_32(item)
        if value is None:
            raise InputError(
                "invalid-proof",
                text(
                    "{file}: {field}[{k}] is not a 32-byte value in base64.",
                    file=file,
                    field=field,
                    k=k,
                ),
            )
        if value >= R:
            raise InputError(
                "invalid-proof",
                text(
                    "{file}: {field}[{k}] is not a BN254 field element (it is not below the modulus r).",
                    file=file,
                    field=field,
                    k=k,
                ),
            )
        out.append(value)
    return out


def check_index(index: int, file: str, field: str) -> None:
    if not 0 <= index <= MAX_INDEX:
        raise InputError(
            "invalid-proof",
            text(
                "{file}: {field} is {index}; a leaf position in a depth-{depth} tree is 0 to {top}.",
                file=file,
                field=field,
                index=index,
                depth=DEPTH,
                top=MAX_INDEX,
            ),
        )


def fold(leaf: int, index: int, siblings: Sequence[int]) -> list[int]:
    """The node above each level: ``fold(...)[i]`` is the node at height i + 1; the last one is the root."""
    nodes = []
    node = leaf
    for level, sibling in enumerate(siblings):
        node = hash2(sibling, node) if (index >> level) & 1 else hash2(node, sibling)
        nodes.append(node)
    return nodes


@lru_cache(maxsize=32)
def empty_subtrees(empty_leaf: int, depth: int = DEPTH) -> tuple[int, ...]:
    """E_0 (the empty leaf) .. E_depth (the empty tree's root)."""
    out = [empty_leaf]
    for _ in range(depth):
        out.append(hash2(out[-1], out[-1]))
    return tuple(out)


def path_steps(
    leaf: int,
    leaf_preimage: str,
    index: int,
    siblings: Sequence[int],
    nodes: Sequence[int],
    empties: Sequence[int] | None = None,
) -> list[PathStep]:
    """One PathStep for the leaf and one per level, for the path picture and the experts' details.

    ``leaf_preimage`` says what the leaf hashes (formats word it). ``empties`` (E_0..E_27 of the format in use)
    lets a step say when its sibling is an empty subtree, which tells the user how full that part of the tree is.
    """
    steps = [PathStep(text("your leaf"), 0, to_hex(leaf), preimage=leaf_preimage)]
    below = leaf
    for level, (sibling, node) in enumerate(zip(siblings, nodes, strict=True)):
        on_right = (index >> level) & 1
        left, right = (sibling, below) if on_right else (below, sibling)
        note = None
        if empties is not None and level < len(empties) and sibling == empties[level]:
            note = text("the sibling is an empty subtree (no accounts there)")
        steps.append(
            PathStep(
                text("level {level}", level=level + 1),
                level + 1,
                to_hex(node),
                preimage=text("Poseidon({left}, {right})", left=to_hex(left), right=to_hex(right)),
                sibling=to_hex(sibling),
                sibling_side="left" if on_right else "right",
                note=note,
            )
        )
        below = node
    return steps
