"""The bundled demo snapshot: a small OKX Merkle v1 tree made by our own builder (see
``build_scripts/make_demo.py``), with one user's proof and the published root. It shows a first-time user
what a successful verification looks like."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from .builders.okx_merkle_v1 import Account, Tree, deterministic_nonce

DEMO_PROOF_NAME = "demo_okx_merkle_v1_proof.json"
DEMO_ROOT_NAME = "demo_published_root.txt"
DEMO_SEED = "reserve-verifier demo snapshot 2026"
DEMO_USER_INDEX = 6
DEMO_AUDIT_ID = "demo-2026-11"
# Balances of the demo's thirteen made-up accounts (BTC, ETH, USDT), written as OKX writes amounts.
DEMO_BALANCES = [
    ("0.5", "2.25", "1200"),
    ("0", "0", "35.10276"),
    ("12.03000001", "0", "0"),
    ("0.00001", "0.1", "98765.4321"),
    ("3", "41.5", "0"),
    ("0", "0.00000001", "7.5"),
    ("1.000069", "0.99908176", "19398.33550812"),
    ("0.25", "0", "250000"),
    ("0", "17.7", "3.3"),
    ("8.8", "8.8", "8.8"),
    ("0.12345678", "0.87654321", "0.5"),
    ("0", "0", "0.01"),
    ("42", "0", "1000000"),
]


def demo_dir() -> Path:
    return Path(str(resources.files("verifier_gui") / "resources" / "demo"))


def demo_proof_path() -> Path:
    return demo_dir() / DEMO_PROOF_NAME


def demo_root_path() -> Path:
    return demo_dir() / DEMO_ROOT_NAME


def build_demo() -> tuple[dict[str, Any], str]:
    """The demo user's proof document and the published root, rebuilt from scratch."""
    accounts = [Account(deterministic_nonce(DEMO_SEED, i), b) for i, b in enumerate(DEMO_BALANCES)]
    tree = Tree(accounts)
    return tree.proof(DEMO_USER_INDEX, DEMO_AUDIT_ID), tree.root.hash


def render_demo_files() -> dict[str, str]:
    """The exact text of the files shipped in resources/demo (a test checks they are up to date)."""
    proof, root = build_demo()
    return {DEMO_PROOF_NAME: json.dumps(proof, indent=2) + "\n", DEMO_ROOT_NAME: root + "\n"}
