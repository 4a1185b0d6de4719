"""Single-user latency of the OKX zk-STARK formats, and the Poseidon permutation they rest on.

Run:  PYTHONPATH=. .venv/bin/python benchmarks/bench_okx_zkstark.py [--repeat N]

* v2: a production-shaped inclusion proof (batch of 1024 → 10 sum-tree siblings, three 64-way recursive layers of
  63 siblings each: 11 + 3·32 = 107 Poseidon permutations), with random sibling hashes; the root is the one the
  first run computes, so the timed runs pass.
* v1: OKX's sample a0_user_0 (151 coins, 13-entry paths) against its published sum_proof.json, and a synthetic
  user of the later layout (156 coins as strings with config, uts 32, 14-entry paths) from the builder.
* One Poseidon permutation: the fast form the verifier uses and the plain word-by-word form.

Prints medians with the machine it ran on. The README figures come from this script.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from verifier_gui.core.builders.okx_zkstark_v1 import random_snapshot
from verifier_gui.core.formats import okx_zkstark_v2
from verifier_gui.core.hashing.poseidon_goldilocks import P, digest_to_hex, permute, permute_reference
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.roots import PublishedRoot, parse_root_argument
from verifier_gui.core.verify import verify_source

VECTORS = Path(os.environ.get("RESERVE_VECTORS", Path(__file__).resolve().parents[2] / "shared" / "vectors"))


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def production_v2_proof(rng: random.Random) -> dict:
    def digest() -> str:
        return digest_to_hex([rng.randrange(P) for _ in range(4)])

    layers = []
    for _ in range(3):
        position = rng.randrange(64)
        left = [digest() for _ in range(position)]
        layers.append({"left_hashes": left, "right_hashes": [digest() for _ in range(63 - position)]})
    # The index must agree with the layer positions: batch = Σ position_k · 64^k, user anywhere in the batch.
    batch = sum(len(layer["left_hashes"]) * 64**k for k, layer in enumerate(layers))
    return {
        "account": {
            "id": rng.randbytes(32).hex(),
            "equity": [str(rng.randrange(10**12)) for _ in range(200)],
            "debt": ["0"] * 200,
        },
        "index": batch * 1024 + rng.randrange(1024),
        "sum_tree_siblings": [digest() for _ in range(10)],
        "recursive_tree_siblings": layers,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}; load average {os.getloadavg()[0]:.2f} at start"
    )

    state = [random.Random(1).randrange(P) for _ in range(12)]
    print(f"Poseidon permutation, fast form:  {median_ms(lambda: permute(state), args.repeat * 20) * 1000:8.1f} µs")
    plain = median_ms(lambda: permute_reference(state), args.repeat) * 1000
    print(f"Poseidon permutation, plain form: {plain:8.1f} µs")

    doc = production_v2_proof(random.Random(2))
    source_bytes = json.dumps(doc).encode()
    first = verify_source(Source("v2.json", source_bytes), VerifyOptions(root=PublishedRoot("00" * 32, "bench")))
    assert first.root_computed is not None
    options = VerifyOptions(root=PublishedRoot(first.root_computed, "bench"))
    assert verify_source(Source("v2.json", source_bytes), options).verdict == "pass"

    def cold() -> None:
        okx_zkstark_v2._layer_hash.cache_clear()  # a single user: nothing computed before
        verify_source(Source("v2.json", source_bytes), options)

    ms = median_ms(cold, args.repeat)
    print(f"okx-zkstark-v2, one user (10 batch levels, 3 × 64-way layers, 107 permutations): {ms:7.1f} ms")
    ms = median_ms(lambda: verify_source(Source("v2.json", source_bytes), options), args.repeat)
    print(f"okx-zkstark-v2, a further user of the same batch in one process (layers cached): {ms:7.1f} ms")

    a0 = VECTORS / "okx/zkstark_v1/run_2023-04-25/a0_user_0_inclusion_proof.json"
    root = parse_root_argument(str(VECTORS / "okx/zkstark_v1/run_2023-04-25/sum_proof_data/trunk/sum_proof.json"))
    a0_bytes = a0.read_bytes()
    v1_options = VerifyOptions(root=root)
    assert verify_source(Source("a0.json", a0_bytes), v1_options).verdict == "pass"
    ms = median_ms(lambda: verify_source(Source("a0.json", a0_bytes), v1_options), args.repeat)
    print(f"okx-zkstark-v1, OKX's a0_user_0 (151 coins, first layout, with the report folder): {ms:7.1f} ms")

    coins = [f"C{k}" for k in range(156)]
    snapshot = random_snapshot(coins, [(16, 2), (32, 6)], layout="config", seed=3)
    later = json.dumps(snapshot.proof(1, 5)).encode()
    later_options = VerifyOptions(root=PublishedRoot(snapshot.trunk_root, "bench"))
    assert verify_source(Source("later.json", later), later_options).verdict == "pass"
    ms = median_ms(lambda: verify_source(Source("later.json", later), later_options), args.repeat)
    print(f"okx-zkstark-v1, synthetic later-layout user (156 coins as strings, uts 32): {ms:7.1f} ms")


if __name__ == "__main__":
    main()
