"""Poseidon over BN254: the round constants and MDS matrices, regenerated from the Grain LFSR, and the
"optimized" tables derived from them.

Nothing here is shipped as data: every number comes from the generator of the Poseidon reference script
(IAIK ``hadeshash``, ``generate_parameters_grain``), as described in specs/binance.md §5 and gateio.md §2.3.
These are the constants circomlib and go-iden3-crypto ship and the bnb-chain / gatechain gnark-crypto forks
store in their optimized form; tests/test_poseidon_bn254.py checks them against published hash values.

The generator, for a width t (= number of inputs + 1):

* an 80-bit register seeded with: field type 1 (prime field, 2 bits), S-box type 0 (x^alpha, 4 bits),
  field size 254 (12 bits), t (12 bits), R_F = 8 (10 bits), R_P (10 bits), then thirty 1 bits;
* each clock makes the bit b[62] ^ b[51] ^ b[38] ^ b[23] ^ b[13] ^ b[0] and shifts it in; the first 160 bits
  are thrown away;
* output is self-shrinking: of each pair of bits (a, b), b is kept when a is 1;
* round constants: (R_F + R_P) * t numbers of 254 bits (most significant first), each redrawn while >= r;
* MDS: 2t more numbers, reduced mod r (no redraw): x_0..x_{t-1}, y_0..y_{t-1}; M[i][j] = 1 / (x_i + y_j).

Generating a width takes 0.1-0.3 s, so the derived tables are stored (see "the stored tables" below) and
checked against a fresh derivation by the tests.

The optimized tables (see :class:`Tables`) are exact algebraic rewrites of the plain rounds; the plain rounds
are kept too (:func:`permute_reference`) and tests compare the two on random states.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

#: The BN254 scalar field modulus r.
R = 21888242871839275222246405745257275088548364400416034343698204186575808495617
#: Full rounds (4 before the partial rounds, 4 after).
FULL_ROUNDS = 8
#: Partial rounds by width t = 2..17 (the Poseidon paper's table for x^5 over a 254-bit field, as in
#: circomlib and the gnark-crypto forks).
PARTIAL_ROUNDS = {2: 56, 3: 57, 4: 56, 5: 60, 6: 60, 7: 63, 8: 64, 9: 63, 10: 60, 11: 66, 12: 60, 13: 65,
                  14: 70, 15: 60, 16: 64, 17: 68}  # fmt: skip
MIN_WIDTH, MAX_WIDTH = 2, 17
_FIELD_BITS = 254


def _shrink_table() -> list[str]:
    """For each 16-bit block of raw LFSR bits (bit 0 = earliest), the bits the self-shrinking rule keeps."""
    table = []
    for block in range(1 << 16):
        kept = []
        for pair in range(8):
            if (block >> (2 * pair)) & 1:
                kept.append("1" if (block >> (2 * pair + 1)) & 1 else "0")
        table.append("".join(kept))
    return table


_SHRINK: list[str] | None = None


class Grain:
    """The Grain LFSR of the Poseidon reference script, producing field elements."""

    def __init__(self, width: int, partial_rounds: int) -> None:
        global _SHRINK
        if _SHRINK is None:
            _SHRINK = _shrink_table()
        seed = "01" + "0000" + format(_FIELD_BITS, "012b") + format(width, "012b")
        seed += format(FULL_ROUNDS, "010b") + format(partial_rounds, "010b") + "1" * 30
        # window bit j = the j-th oldest bit of the register
        self._window = sum(1 << j for j, bit in enumerate(seed) if bit == "1")
        self._bits = ""
        for _ in range(10):  # 160 warm-up bits thrown away
            self._clock16()

    def _clock16(self) -> int:
        """16 new register bits at once (the nearest tap is 18 bits back, so 16 never read each other)."""
        w = self._window
        block = ((w >> 62) ^ (w >> 51) ^ (w >> 38) ^ (w >> 23) ^ (w >> 13) ^ w) & 0xFFFF
        self._window = (w >> 16) | (block << 64)
        return block

    def bits(self, n: int) -> int:
        """The next n output bits as an integer, the first bit most significant."""
        while len(self._bits) < n:
            assert _SHRINK is not None
            self._bits += "".join(_SHRINK[self._clock16()] for _ in range(32))
        out, self._bits = self._bits[:n], self._bits[n:]
        return int(out, 2)

    def field_element(self) -> int:
        """A uniformly drawn element: 254-bit numbers redrawn while >= r."""
        while True:
            x = self.bits(_FIELD_BITS)
            if x < R:
                return x


def _inverse_matrix(m: list[list[int]]) -> list[list[int]]:
    """Inverse mod r by Gauss-Jordan elimination (the matrices here are small and invertible)."""
    n = len(m)
    a = [row[:] + [int(i == j) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if a[r][col] % R)
        a[col], a[pivot] = a[pivot], a[col]
        inv = pow(a[col][col], -1, R)
        a[col] = [v * inv % R for v in a[col]]
        for r in range(n):
            if r != col and a[r][col]:
                f = a[r][col]
                a[r] = [(v - f * p) % R for v, p in zip(a[r], a[col], strict=True)]
    return [row[n:] for row in a]


def _mat_mul(a: list[list[int]], b: list[list[int]]) -> list[list[int]]:
    cols = list(zip(*b, strict=True))
    return [[sum(x * y for x, y in zip(row, col, strict=True)) % R for col in cols] for row in a]


def _mat_pow(m: list[list[int]], e: int) -> list[list[int]]:
    result = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while e:
        if e & 1:
            result = _mat_mul(result, m)
        m = _mat_mul(m, m)
        e >>= 1
    return result


def _mat_vec(m: list[list[int]], v: list[int]) -> list[int]:
    return [sum(x * y for x, y in zip(row, v, strict=True)) % R for row in m]


@dataclass(frozen=True)
class Plain:
    """The constants as the reference script makes them: round constants by round, and the MDS matrix."""

    width: int
    partial_rounds: int
    round_constants: tuple[tuple[int, ...], ...]  # [round][lane]
    mds: tuple[tuple[int, ...], ...]  # new_i = sum_j mds[i][j] * s_j


@dataclass(frozen=True)
class Tables:
    """The same permutation rewritten so that each partial round costs O(t) instead of O(t^2).

    Plain round: s <- M . S(s + c), with S the S-box on every lane (full) or lane 0 only (partial).

    * Constants of lanes 1..t-1 of a partial round commute with its S-box, so they are pushed forward through
      M into the next round's constants; in the end each partial round adds one constant, to lane 0
      (``partial_constants``), and the accumulated rest lands in the first full round after the partial ones.
    * M = A . B with B = diag(1, M^) (M^ = M without its first row and column) and A = [[m00, v^],[w, I]]
      where v^ = v . M^^-1: sparse. B leaves lane 0 alone, so it commutes with the partial S-box and with a
      lane-0 constant and moves to the round before, where B . M is split again. Round i from the end uses
      A_i = [[m00, v . (M^^-1)^i], [M^^(i-1) . w, I]], and the matrix left over after the first partial round
      joins the last full round before them (``pre_partial``).
    """

    width: int
    partial_rounds: int
    first_constants: tuple[tuple[int, ...], ...]  # the 4 full rounds before the partial ones, [round][lane]
    partial_constants: tuple[int, ...]
    last_constants: tuple[tuple[int, ...], ...]  # the 4 full rounds after
    mds_rows: tuple[tuple[int, ...], ...]
    pre_partial_rows: tuple[tuple[int, ...], ...]  # replaces the MDS in the 4th full round
    m00: int
    sparse_first_row: tuple[tuple[int, ...], ...]  # per partial round: v^ for lanes 1..t-1
    sparse_column: tuple[tuple[int, ...], ...]  # per partial round: w for lanes 1..t-1


@lru_cache(maxsize=None)
def plain(width: int) -> Plain:
    """The reference constants for width t (2..17)."""
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        raise ValueError(f"Poseidon width must be {MIN_WIDTH}..{MAX_WIDTH}, not {width}")
    rp = PARTIAL_ROUNDS[width]
    grain = Grain(width, rp)
    flat = [grain.field_element() for _ in range((FULL_ROUNDS + rp) * width)]
    constants = tuple(tuple(flat[r * width : (r + 1) * width]) for r in range(FULL_ROUNDS + rp))
    draws = [grain.bits(_FIELD_BITS) % R for _ in range(2 * width)]
    xs, ys = draws[:width], draws[width:]
    mds = tuple(tuple(pow((x + y) % R, -1, R) for y in ys) for x in xs)
    return Plain(width, rp, constants, mds)


@lru_cache(maxsize=None)
def tables(width: int) -> Tables:
    """The optimized tables for width t: read from the stored file when it is there (fast), else derived."""
    stored = _read_stored(width)
    return stored if stored is not None else derive_tables(width)


def derive_tables(width: int) -> Tables:
    """The optimized tables for width t, derived from :func:`plain` (see :class:`Tables`)."""
    p = plain(width)
    t, rp, half = width, p.partial_rounds, FULL_ROUNDS // 2
    mds = [list(row) for row in p.mds]
    consts = [list(c) for c in p.round_constants]

    # 1. push the lane 1..t-1 constants of each partial round into the next round
    for r in range(half, half + rp):
        rest = [0] + consts[r][1:]
        consts[r] = [consts[r][0]] + [0] * (t - 1)
        carried = _mat_vec(mds, rest)
        consts[r + 1] = [(a + b) % R for a, b in zip(consts[r + 1], carried, strict=True)]

    # 2. sparse factorization of the partial rounds' MDS
    m00 = mds[0][0]
    v = mds[0][1:]
    w = [row[0] for row in mds[1:]]
    m_hat = [row[1:] for row in mds[1:]]
    m_hat_inv = _inverse_matrix(m_hat)
    first_rows: list[tuple[int, ...]] = []
    columns: list[tuple[int, ...]] = []
    v_acc, w_acc = v, w  # for the last partial round: v . M^^-1 and w
    for _ in range(rp):  # from the last partial round backwards
        v_acc = [sum(v_acc[k] * m_hat_inv[k][j] for k in range(t - 1)) % R for j in range(t - 1)]
        first_rows.append(tuple(v_acc))
        columns.append(tuple(w_acc))
        w_acc = _mat_vec(m_hat, w_acc)
    first_rows.reverse()
    columns.reverse()
    # B_1 = diag(1, M^^rp) joins the MDS of the last full round before the partial rounds
    b_hat = _mat_pow(m_hat, rp)
    b1 = [[1] + [0] * (t - 1)] + [[0] + row for row in b_hat]
    pre_partial = _mat_mul(b1, mds)

    return Tables(
        width=t,
        partial_rounds=rp,
        first_constants=tuple(tuple(c) for c in consts[:half]),
        partial_constants=tuple(consts[r][0] for r in range(half, half + rp)),
        last_constants=tuple(tuple(c) for c in consts[half + rp :]),
        mds_rows=tuple(tuple(row) for row in mds),
        pre_partial_rows=tuple(tuple(row) for row in pre_partial),
        m00=m00,
        sparse_first_row=tuple(first_rows),
        sparse_column=tuple(columns),
    )


# --- the stored tables ----------------------------------------------------------------------------------
#
# Deriving a width costs 0.1-0.3 s (the LFSR and the matrix algebra), and a user check needs four to twelve widths,
# so the derived tables of every width are stored in ``resources/poseidon/bn254_tables.bin`` (written by
# ``python -m verifier_gui.core.hashing.poseidon_constants``). The file is nothing but :func:`derive_tables`'
# output: tests/test_poseidon_bn254.py regenerates every width from the Grain LFSR and compares byte for byte.
# Layout: for t = 2..17 in order, 32-byte big-endian numbers: first_constants (4t), partial_constants (R_P),
# last_constants (4t), mds (t*t), pre_partial (t*t), m00 (1), sparse_first_row (R_P*(t-1)),
# sparse_column (R_P*(t-1)).


def _numbers_per_width(t: int) -> int:
    rp = PARTIAL_ROUNDS[t]
    half = FULL_ROUNDS // 2
    return 2 * half * t + rp + 2 * t * t + 1 + 2 * rp * (t - 1)


def stored_tables_path() -> Path:
    return Path(str(resources.files("verifier_gui") / "resources" / "poseidon" / "bn254_tables.bin"))


def serialise(t: Tables) -> bytes:
    numbers: list[int] = []
    for rnd in t.first_constants:
        numbers += rnd
    numbers += t.partial_constants
    for rnd in t.last_constants:
        numbers += rnd
    for row in t.mds_rows:
        numbers += row
    for row in t.pre_partial_rows:
        numbers += row
    numbers.append(t.m00)
    for row in t.sparse_first_row:
        numbers += row
    for row in t.sparse_column:
        numbers += row
    assert len(numbers) == _numbers_per_width(t.width)
    return b"".join(x.to_bytes(32, "big") for x in numbers)


def _deserialise(width: int, data: bytes) -> Tables:
    it = iter(int.from_bytes(data[i : i + 32], "big") for i in range(0, len(data), 32))
    t, rp, half = width, PARTIAL_ROUNDS[width], FULL_ROUNDS // 2

    def take(n: int) -> tuple[int, ...]:
        return tuple(next(it) for _ in range(n))

    first = tuple(take(t) for _ in range(half))
    partial = take(rp)
    last = tuple(take(t) for _ in range(half))
    mds = tuple(take(t) for _ in range(t))
    pre = tuple(take(t) for _ in range(t))
    (m00,) = take(1)
    first_rows = tuple(take(t - 1) for _ in range(rp))
    columns = tuple(take(t - 1) for _ in range(rp))
    return Tables(t, rp, first, partial, last, mds, pre, m00, first_rows, columns)


def _read_stored(width: int) -> Tables | None:
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        raise ValueError(f"Poseidon width must be {MIN_WIDTH}..{MAX_WIDTH}, not {width}")
    offset = 32 * sum(_numbers_per_width(t) for t in range(MIN_WIDTH, width))
    size = 32 * _numbers_per_width(width)
    try:
        with stored_tables_path().open("rb") as f:
            f.seek(offset)
            data = f.read(size)
    except OSError:
        return None
    if len(data) != size:
        return None
    return _deserialise(width, data)


def write_stored_tables(path: Path | None = None) -> Path:
    """(Re)write the stored tables from the Grain LFSR."""
    target = path or stored_tables_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"".join(serialise(derive_tables(t)) for t in range(MIN_WIDTH, MAX_WIDTH + 1)))
    return target


def permute_reference(state: list[int]) -> list[int]:
    """The plain, round-by-round permutation (slow; the yardstick for the optimized one in tests)."""
    p = plain(len(state))
    half = FULL_ROUNDS // 2
    s = list(state)
    for r, c in enumerate(p.round_constants):
        s = [(x + k) % R for x, k in zip(s, c, strict=True)]
        if r < half or r >= half + p.partial_rounds:
            s = [pow(x, 5, R) for x in s]
        else:
            s[0] = pow(s[0], 5, R)
        s = _mat_vec([list(row) for row in p.mds], s)
    return s


if __name__ == "__main__":
    print(write_stored_tables())
