"""Keccak-256 (original padding) and plonky2's Poseidon over Goldilocks, against published vectors."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest

from verifier_gui.core.hashing import poseidon_goldilocks as pg
from verifier_gui.core.hashing import poseidon_goldilocks_constants as consts
from verifier_gui.core.hashing.keccak import keccak256, keccak256_hex

# Keccak-256 known answers. The empty string and "abc" are the Keccak team's / Ethereum's well-known values
# (e.g. Ethereum's empty code hash c5d2…a470 in the Yellow Paper); "The quick brown fox…" is from the Keccak
# test list reproduced on Wikipedia's SHA-3 page ("Keccak-256 … 4d741b6f…").
KECCAK_VECTORS = [
    (b"", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"),
    (b"abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"),
    (
        b"The quick brown fox jumps over the lazy dog",
        "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15",
    ),
]


@pytest.mark.parametrize(("data", "digest"), KECCAK_VECTORS)
def test_keccak256_known_answers(data: bytes, digest: str) -> None:
    assert keccak256_hex(data) == digest
    assert keccak256(data) == bytes.fromhex(digest)


def test_keccak256_is_not_sha3_256() -> None:
    # The padding differs (0x01 vs 0x06): Python's sha3_256 gives a different digest for the same input.
    assert keccak256_hex(b"") != hashlib.sha3_256(b"").hexdigest()


def params(vectors: Path) -> dict:
    return json.loads((vectors / "okx" / "plonky2_v2" / "poseidon_goldilocks_params.json").read_text())


def test_embedded_constants_equal_the_extracted_plonky2_constants(vectors: Path) -> None:
    p = params(vectors)
    assert consts.P == int(p["field_modulus"]) == 2**64 - 2**32 + 1
    assert [int(x, 16) for x in p["all_round_constants_hex"]] == list(consts.ALL_ROUND_CONSTANTS)
    assert list(consts.MDS_CIRC) == [int(x) for x in p["mds_circ"]]
    assert list(consts.MDS_DIAG) == [int(x) for x in p["mds_diag"]]
    assert (p["width"], p["half_full_rounds"], p["partial_rounds"], p["sbox_exponent"]) == (12, 4, 22, 7)


def test_permutation_matches_plonky2_test_vectors(vectors: Path) -> None:
    cases = params(vectors)["permutation_test_vectors"]
    assert len(cases) == 5
    for case in cases:
        state = [int(x) for x in case["input"]]
        expected = [int(x) for x in case["output"]]
        assert pg.permute(state) == expected
        assert pg.permute_reference(state) == expected


def test_fast_permutation_equals_the_plain_one_on_random_states() -> None:
    rng = random.Random(7)
    for _ in range(30):
        state = [rng.choice([0, 1, consts.P - 1, rng.randrange(consts.P)]) for _ in range(12)]
        assert pg.permute(state) == pg.permute_reference(state)


def test_hash_no_pad_is_an_overwrite_sponge_without_padding() -> None:
    # Hand-built from the permutation: 7 inputs overwrite words 0..6 of a zero state, one permutation.
    seven = list(range(1, 8))
    assert pg.hash_no_pad(seven) == tuple(pg.permute_reference([*seven, 0, 0, 0, 0, 0])[:4])
    # 10 inputs: the second chunk overwrites words 0..1 only, words 2..11 keep the first permutation's values.
    ten = list(range(1, 11))
    first = pg.permute_reference([*ten[:8], 0, 0, 0, 0])
    assert pg.hash_no_pad(ten) == tuple(pg.permute_reference([*ten[8:], *first[2:]])[:4])
    # No length tag: a trailing zero after 7 inputs changes nothing (the state word was zero already).
    assert pg.hash_no_pad([*seven, 0]) == pg.hash_no_pad(seven)


def test_digest_hex_is_little_endian_words(vectors: Path) -> None:
    root = json.loads((vectors / "okx" / "plonky2_v2" / "testvector_expected_root.json").read_text())
    words = tuple(int(x) for x in root["root_elements"])
    assert pg.digest_to_hex(words) == root["root_hex_le"]
    assert pg.digest_from_hex(root["root_hex_le"]) == words
