"""silversixpence: any Silver Sixpence / Mazars audit (Crypto.com and others) on the same code as the Binance and
KuCoin audits. No published vector exists for it; the trees come from the independent builder
core/builders/silversixpence.py, and Silver Sixpence's demo tree (vectors/kucoin/silversixpence_synthetic_tree)
is used through the command line.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from verifier_gui import cli
from verifier_gui.core.builders.silversixpence import AuditTree, sample_accounts
from verifier_gui.core.entry import document_from_fields
from verifier_gui.core.formats import silversixpence as ss
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.registry import all_formats, get_format
from verifier_gui.core.roots import PublishedRoot
from verifier_gui.core.verify import verify_source

from .tamper import other_hex_digit
from .test_cli import _ss_demo_path

GENERIC = "silversixpence"
SCHEME = ("no-liability-totals", "no-domain-separation", "no-separators", "identity-not-verifiable")


def run(doc: dict, root: str):  # type: ignore[no-untyped-def]
    return verify_source(Source("entered", json.dumps(doc).encode()), VerifyOptions(root=PublishedRoot(root, "t")))


def test_registered_with_its_period() -> None:
    spec = get_format(GENERIC)
    assert spec is not None and spec.period and "Crypto.com" in spec.name


def test_every_user_of_a_built_audit_passes() -> None:
    tree = AuditTree(sample_accounts(11, audit_id="CDC2022", seed="cdc"), "dec")
    for i in range(11):
        for leaf, record in ((True, True), (False, True), (True, False)):
            r = run(tree.document(i, GENERIC, leaf=leaf, record=record), tree.root)
            assert r.verdict == "pass", (i, r.failure)
            assert r.format is not None and r.format.id == GENERIC
            assert all(code in r.warning_codes() for code in SCHEME)
            assert ("leaf-not-recomputable" in r.warning_codes()) == (not record)


def test_duplicated_last_node_rule_is_recognised() -> None:
    tree = AuditTree(sample_accounts(5, seed="dup"), "dec", odd="duplicate")
    r = run(tree.document(4, GENERIC), tree.root)
    assert r.verdict == "pass" and "duplicated-last-node" in r.warning_codes()


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_a_changed_sibling_or_balance_fails(data: st.DataObject) -> None:
    tree = AuditTree(sample_accounts(6, seed="t"), "dec")
    doc = tree.document(data.draw(st.integers(0, 5)), GENERIC, leaf=False)
    if data.draw(st.booleans()):
        steps = [k for k, s in enumerate(doc["path"]) if s.get("hash")]
        k = data.draw(st.sampled_from(steps))
        doc["path"][k]["hash"] = other_hex_digit(doc["path"][k]["hash"], data)
    else:
        doc["record"]["balances"] = doc["record"]["balances"].replace("=", "=1", 1)
    assert run(doc, tree.root).verdict == "fail"


def test_typed_fields_and_detection() -> None:
    tree = AuditTree(sample_accounts(3, seed="f"), "dec")
    account = tree.accounts[1]
    fields = {**account.record_fields(), "path": "\n".join(
        "promoted" if s["side"] == "promoted" else f"{s['side']} {s['hash']}" for s in tree.tree.path(1))}
    doc = document_from_fields(GENERIC, fields)
    source = Source("x", json.dumps(doc).encode())
    assert [f.id for f in all_formats() if f.sniff(source)] == [GENERIC]
    assert run(doc, tree.root).verdict == "pass"
    assert ss.SPEC_GENERIC.id == GENERIC


def test_command_line_with_the_demo_tree(vectors: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    leaf, path, root = _ss_demo_path(vectors, 1234)
    code = cli.main(["check", "--format", GENERIC, "--leaf", leaf, "--path", path, "--root", root, "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["format"]["id"] == GENERIC and out["root"]["computed"] == root
