"""The shared depth-28 sparse Merkle tree walk and the shared leaf pieces, against the official empty-leaf and
empty-root constants (specs/binance.md §3.5, §4.2, gateio.md §5, htx_poloniex.md §2.4) and an independent
tree builder (core/builders/zk_smt.py, which does not use the walker)."""

from __future__ import annotations

import base64

import pytest

from verifier_gui.core.builders.zk_smt import SparseTree
from verifier_gui.core.errors import InputError
from verifier_gui.core.formats import zk_leaf, zk_smt
from verifier_gui.core.hashing.poseidon_bn254 import W12, W16, hash_field, to_hex


def empty_leaf_v1(count: int, chunk: int) -> int:
    return zk_leaf.leaf4(0, 0, 0, zk_leaf.equity_debt_commitment({}, count, chunk))


@pytest.mark.parametrize(
    ("count", "chunk", "leaf", "root"),
    [
        # Binance Z1a = Gate.io AssetCounts 350
        (350, W12, "221970e0ba2d0b02a979e616cf186305372e73aab1e74f749772c9fef54dbf91",
         "0118925954da77d1a4b241fd163e4373e2265c515cfa60af7fcd28c8cb9ad58a"),
        # Binance Z1b
        (350, W16, "163607ac0eaf42c44a36448da92f3a29f1943659df740f2490d47ddcd40ee672",
         "0e85b74bfd43747cb5e18ecb067727243f2e919a91ef69d86b5a27ed74bea7c2"),
        # Gate.io AssetCounts 800
        (800, W12, "2853aadbbd06deb5d6a1389d23a89ff47658aaf4a45b287ecfd62df192bd91a4",
         "037bf6d8fe5b7cbaecf7b35604b57f82173f5c8155c1c750cef00afebcd65436"),
    ],
)  # fmt: skip
def test_official_empty_leaves_and_roots(count: int, chunk: int, leaf: str, root: str) -> None:
    e = empty_leaf_v1(count, chunk)
    assert to_hex(e) == leaf
    assert to_hex(zk_smt.empty_subtrees(e)[28]) == root


def test_htx_empty_constants_prefixes() -> None:
    """HTX v2 N = 168: empty leaf 05b03718…a43e, empty root 08030a56…dc24 (htx_poloniex.md §2.4)."""
    e = hash_field([0, 0, 0, hash_field([0] * 168, W12)])
    assert to_hex(e).startswith("05b03718") and to_hex(e).endswith("a43e")
    root = to_hex(zk_smt.empty_subtrees(e)[28])
    assert root.startswith("08030a56") and root.endswith("dc24")


@pytest.mark.parametrize("index", [0, 1, 5, (1 << 27) + 12345, (1 << 28) - 1])
def test_fold_reaches_the_independent_builders_root(index: int) -> None:
    tree = SparseTree(empty_leaf=7)
    tree.set(index, 1234567)
    tree.set(index ^ 1, 99)  # a real neighbour
    tree.set(index ^ (1 << 20), 5)  # and one far away
    siblings = tree.siblings(index)
    nodes = zk_smt.fold(1234567, index, siblings)
    assert nodes[-1] == tree.root()
    steps = zk_smt.path_steps(1234567, "leaf", index, siblings, nodes, zk_smt.empty_subtrees(7))
    assert len(steps) == 29 and steps[-1].computed == to_hex(tree.root())
    assert steps[1].sibling_side == ("left" if index & 1 else "right")
    assert steps[3].note is not None  # level 3's sibling is an empty subtree


def test_decode_siblings_rejects_bad_items() -> None:
    good = [base64.b64encode(bytes(32)).decode()] * 28
    assert zk_smt.decode_siblings(good, "f", "Proof") == [0] * 28
    for bad, where in [
        (good[:27], "exactly 28"),
        (good[:5] + ["AAAA"] + good[6:], "Proof[5]"),
        (good[:5] + ["not base64!"] + good[6:], "Proof[5]"),
        (good[:3] + [base64.b64encode(b"\xff" * 32).decode()] + good[4:], "Proof[3]"),
    ]:
        with pytest.raises(InputError) as exc:
            zk_smt.decode_siblings(bad, "f", "Proof")
        assert where in exc.value.message
    with pytest.raises(InputError):
        zk_smt.check_index(1 << 28, "f", "AccountIndex")
