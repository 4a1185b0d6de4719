"""Poseidon over the Goldilocks field, as plonky2 defines it (OKX zk-STARK v2). Spec: specs/okx.md §5.3.

* Field p = 2^64 - 2^32 + 1; state of 12 words; S-box x^7.
* 4 full rounds, 22 partial rounds (S-box on word 0 only), 4 full rounds. Each round adds its 12 constants,
  applies the S-box, then the MDS layer ``out[r] = Σ_i s[(i + r) mod 12]·CIRC[i] + s[r]·DIAG[r]``.
  This is the plain form; plonky2's "fast partial rounds" compute the same permutation.
* ``hash_no_pad``: a sponge of rate 8 in overwrite mode. Each chunk of up to 8 inputs overwrites
  state[0..len) (a short last chunk leaves the other words as they were), then the state is permuted.
  No padding, no length tag; the digest is state[0..4).

Speed (a v2 user needs about 107 permutations): the full rounds apply the circulant MDS as one big-integer
multiplication, and the 22 partial rounds run as precomputed affine maps (see below). That is about three times
faster than the plain form, :func:`permute_reference`, which is kept to test against; a permutation takes a few
hundred microseconds in CPython (benchmarks/bench_okx_zkstark.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from .poseidon_goldilocks_constants import (
    ALL_ROUND_CONSTANTS,
    HALF_FULL_ROUNDS,
    MDS_CIRC,
    MDS_DIAG,
    P,
    PARTIAL_ROUNDS,
    WIDTH,
)

RATE = 8
#: Words of a digest (a plonky2 HashOut).
DIGEST_WORDS = 4

_ROUND_CONSTANTS = tuple(tuple(ALL_ROUND_CONSTANTS[WIDTH * r : WIDTH * (r + 1)]) for r in range(30))
_FIRST_FULL = _ROUND_CONSTANTS[:HALF_FULL_ROUNDS]
_PARTIAL = _ROUND_CONSTANTS[HALF_FULL_ROUNDS : HALF_FULL_ROUNDS + PARTIAL_ROUNDS]
_LAST_FULL = _ROUND_CONSTANTS[HALF_FULL_ROUNDS + PARTIAL_ROUNDS :]

# --- the MDS layer as one big-integer multiplication -------------------------------------------------------------
#
# The matrix is circulant (plus a diagonal on word 0), so applying it is a cyclic convolution of the state with
# the constants. Packing the 12 words into one integer, ``slot`` bits apart, turns the convolution into a single
# multiplication by the packed (reversed) constants: coefficient n of the product is Σ_{j+m=n} s_j·Q_m, and
# out[r] = coefficient r + coefficient r+12. The slots must be wide enough that no coefficient carries into the
# next one; the plain rule in the module docstring is what this computes (tests check it against the upstream
# permutation vectors and against :func:`permute_reference`).


def _packed_circulant(slot: int) -> int:
    return sum(MDS_CIRC[(WIDTH - m) % WIDTH] << (slot * m) for m in range(WIDTH))


# Full rounds work on reduced words (< 2^64): a coefficient is < 12·41·2^64 < 2^73, so 80-bit slots (10 bytes).
_FULL_SLOT_BYTES = 10
_FULL_Q = _packed_circulant(8 * _FULL_SLOT_BYTES)
_DIAG0 = MDS_DIAG[0]
assert all(d == 0 for d in MDS_DIAG[1:])  # the packed forms add the diagonal to word 0 only


def _mds_full(s: list[int]) -> list[int]:
    """The MDS layer on 12 reduced words; returns reduced words."""
    n = _FULL_SLOT_BYTES
    packed = int.from_bytes(b"".join(x.to_bytes(n, "little") for x in s), "little")
    raw = (packed * _FULL_Q).to_bytes(2 * WIDTH * n, "little")
    half = WIDTH * n
    low, high = raw[:half], raw[half:]
    out = [
        int.from_bytes(low[n * r : n * r + n], "little") + int.from_bytes(high[n * r : n * r + n], "little")
        for r in range(WIDTH)
    ]
    out[0] += _DIAG0 * s[0]
    return [x % P for x in out]


def _full_round(s: list[int], constants: tuple[int, ...]) -> list[int]:
    return _mds_full([(x + c) ** 7 % P for x, c in zip(s, constants)])


# --- the 22 partial rounds as precomputed affine maps ------------------------------------------------------------
#
# In a partial round only word 0 goes through the S-box; everything else is affine. So the input of the k-th
# S-box is an affine function of the round's input words v and of the earlier S-box outputs y_1..y_{k-1}, and
# the output of the 22 rounds is an affine function of v and y_1..y_22. The coefficients are found once by
# running the rounds on symbolic affine forms; applying them then costs about 900 multiplications instead of
# 22 full MDS layers (the same idea as plonky2's "fast partial rounds", derived more simply).


@cache
def _partial_plan() -> tuple[tuple[tuple[int, ...], ...], tuple[tuple[int, ...], ...]]:
    """(S-box input forms, output forms). A form lists coefficients over (v_0..v_11, y_1..y_22, 1)."""
    size = WIDTH + PARTIAL_ROUNDS + 1
    const = size - 1

    def unit(i: int) -> list[int]:
        form = [0] * size
        form[i] = 1
        return form

    words = [unit(i) for i in range(WIDTH)]
    sbox_inputs: list[tuple[int, ...]] = []
    for k, constants in enumerate(_PARTIAL):
        for i in range(WIDTH):
            words[i][const] = (words[i][const] + constants[i]) % P
        sbox_inputs.append(tuple(words[0]))
        words[0] = unit(WIDTH + k)
        words = [
            [
                (sum(words[(i + row) % WIDTH][t] * MDS_CIRC[i] for i in range(WIDTH)) + words[row][t] * MDS_DIAG[row])
                % P
                for t in range(size)
            ]
            for row in range(WIDTH)
        ]
    return tuple(sbox_inputs), tuple(tuple(w) for w in words)


def _partial_rounds(v: list[int]) -> list[int]:
    inputs, outputs = _partial_plan()
    values = [*v]
    for form in inputs:
        # Only the first WIDTH + k coefficients can be non-zero (later y's do not exist yet), then the constant.
        x = sum(map(int.__mul__, form, values)) + form[-1]
        values.append((x % P) ** 7 % P)
    return [(sum(map(int.__mul__, form, values)) + form[-1]) % P for form in outputs]


def permute(state: Sequence[int]) -> list[int]:
    """The Poseidon permutation of 12 field elements (reduced mod p first)."""
    if len(state) != WIDTH:
        raise ValueError(f"Poseidon state must have {WIDTH} words, got {len(state)}")
    s = [x % P for x in state]
    for constants in _FIRST_FULL:
        s = _full_round(s, constants)
    s = _partial_rounds(s)
    for constants in _LAST_FULL:
        s = _full_round(s, constants)
    return s


def permute_reference(state: Sequence[int]) -> list[int]:
    """The same permutation written plainly, word by word (slow; kept to test the packed form against)."""
    s = [x % P for x in state]
    for r, constants in enumerate(_ROUND_CONSTANTS):
        full = r < HALF_FULL_ROUNDS or r >= HALF_FULL_ROUNDS + PARTIAL_ROUNDS
        s = [(x + c) % P for x, c in zip(s, constants)]
        s = [pow(x, 7, P) for x in s] if full else [pow(s[0], 7, P), *s[1:]]
        s = [
            (sum(s[(i + row) % WIDTH] * MDS_CIRC[i] for i in range(WIDTH)) + s[row] * MDS_DIAG[row]) % P
            for row in range(WIDTH)
        ]
    return s


def hash_no_pad(inputs: Sequence[int]) -> tuple[int, int, int, int]:
    """plonky2 ``PoseidonHash::hash_no_pad``: overwrite-mode sponge, rate 8, no padding; 4 output words."""
    state = [0] * WIDTH
    for start in range(0, len(inputs), RATE):
        chunk = inputs[start : start + RATE]
        state[: len(chunk)] = [x % P for x in chunk]
        state = permute(state)
    return (state[0], state[1], state[2], state[3])


def two_to_one(left: Sequence[int], right: Sequence[int]) -> tuple[int, int, int, int]:
    """The hash of two digests side by side (8 inputs, one permutation), as the batch tree uses."""
    return hash_no_pad([*left, *right])


def digest_to_hex(digest: Sequence[int]) -> str:
    """plonky2's hash text: each word as 8 little-endian bytes, concatenated, in lower-case hex."""
    return b"".join((w % P).to_bytes(8, "little") for w in digest).hex()


def digest_from_hex(text: str) -> tuple[int, int, int, int]:
    """The inverse of :func:`digest_to_hex` for 64 hex digits: four little-endian u64 words (not reduced)."""
    raw = bytes.fromhex(text)
    if len(raw) != 8 * DIGEST_WORDS:
        raise ValueError("a Poseidon digest is 32 bytes (64 hex digits)")
    words = [int.from_bytes(raw[8 * k : 8 * k + 8], "little") for k in range(DIGEST_WORDS)]
    return (words[0], words[1], words[2], words[3])
