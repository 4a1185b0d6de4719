"""An independent depth-28 sparse Merkle tree (Poseidon parents) for tests: it builds the tree level by level from
the leaves it holds and reads siblings out of it, without the verifier's path walker (core/formats/zk_smt.py).
Only the Poseidon hash itself is shared, and that is checked against published vectors on its own."""

from __future__ import annotations

from ..hashing.poseidon_bn254 import hash2

DEPTH = 28


class SparseTree:
    def __init__(self, empty_leaf: int, depth: int = DEPTH) -> None:
        self.depth = depth
        self.leaves: dict[int, int] = {}
        # the value of an empty subtree of each height, 0 (a leaf) to depth (the root)
        self.empty = [empty_leaf]
        while len(self.empty) <= depth:
            self.empty.append(hash2(self.empty[-1], self.empty[-1]))
        self._levels: list[dict[int, int]] | None = None

    def set(self, index: int, leaf: int) -> None:
        assert 0 <= index < 1 << self.depth
        self.leaves[index] = leaf
        self._levels = None

    def _build(self) -> list[dict[int, int]]:
        if self._levels is None:
            levels = [dict(self.leaves)]
            for height in range(self.depth):
                below = levels[-1]
                above: dict[int, int] = {}
                for parent in {pos // 2 for pos in below}:
                    left = below.get(2 * parent, self.empty[height])
                    right = below.get(2 * parent + 1, self.empty[height])
                    above[parent] = hash2(left, right)
                levels.append(above)
            self._levels = levels
        return self._levels

    def root(self) -> int:
        return self._build()[self.depth].get(0, self.empty[self.depth])

    def siblings(self, index: int) -> list[int]:
        levels = self._build()
        return [levels[h].get((index >> h) ^ 1, self.empty[h]) for h in range(self.depth)]
