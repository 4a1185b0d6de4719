"""Mutants of the passing test vectors, and the oracle that says which verdicts would be a false pass.

A verifier fails its users worst when it says pass for a file whose hashed or summed values were changed. This
module makes, from every manifest vector that passes, seeded mutants of two kinds:

* **value edits** (JSON proofs): every scalar in the document changed in a way that keeps it well-formed
  (a hex digit flipped, the last digit of an amount raised, a string extended, a boolean negated), one at a
  time, written back as JSON;
* **byte edits** (every proof file, and the tree file where there is one): a byte flipped, inserted or
  deleted at a seeded position.

The oracle: a mutant may pass only if it says the same thing as the original. For JSON that means it parses
to an equal document (so the mutation hit whitespace, or made an invalid file that must be an error anyway),
or it changed only a field listed in :data:`UNBOUND_FIELDS` with the reason the format does not hash it.
For text files, the same text once letter case and whitespace are normalised (hex is case-insensitive).

Used by ``tests/test_mutation.py`` (a bounded count in ``make test``) and ``build_scripts/mutation_report.py``
(any count, and the table of verdicts the README quotes).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from verifier_gui.core.errors import InputError
from verifier_gui.core.loading import Source, parse_json
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.result import Result
from verifier_gui.core.roots import parse_root_argument, read_root_file
from verifier_gui.core.verify import verify_source

#: JSON fields a format reads but does not hash or sum, so that changing them cannot change the verdict.
#: Keyed by format id; each pattern matches a field path as :func:`scalar_paths` writes it. Every entry says
#: why, from the format's spec.
UNBOUND_FIELDS: dict[str, dict[str, str]] = {
    "htx-merkle-v1": {
        r"data\[\d+\]\.(type|uhash|depth)": "htx_poloniex.md §2.3: informational, hashed nowhere",
        r"data\[0\]\.r": "htx_poloniex.md §2.3: the root's side flag is never read",
    },
}
UNBOUND_FIELDS["poloniex-merkle-v1"] = UNBOUND_FIELDS["htx-merkle-v1"]  # one layout (htx_poloniex.md §3.2)
UNBOUND_FIELDS["bybit-merkle"] = {
    r"(self|path\[\d+\])\.auditId": "others.md §2.1: the leaf hashes userHash and balances, parents hash children, "
    "sums and height; auditId is hashed nowhere (the 'audit id' check only says the nodes that name one agree)",
    r"(self|path\[\d+\])\.nonce": "others.md §2.1: userHash is given, not derived from the nonce; the nonce is "
    "hashed nowhere",
}

#: Like :data:`UNBOUND_FIELDS`, for one vector only (a field a format binds in some files and not in others).
UNBOUND_IN_VECTOR: dict[str, dict[str, str]] = {
    # others.md §2.5 and the vector's SOURCES note: the Dec 2022 files give the leaf digest in `nonce`, so without
    # the credential the leaf is taken from the file and user_id is hashed nowhere (the result warns
    # leaf-not-recomputable and says the user id was not verified).
    "swissborg-sbpol20221207-user1": {r"user_id": "Dec 2022 layout: nonce is the leaf digest; user_id not hashed"},
}

#: Formats whose file holds no root of its own: the user compares the rebuilt root with the auditor's
#: (others.md §2.2, "the root separately"), so their mutants are verified against the manifest's expected root,
#: as a user would. Without one, any edited list rebuilds into a (different, reported) root and passes.
ROOTLESS_FORMATS = {"tnf-merkle"}

_HEX = re.compile(r"[0-9a-fA-F]{8,}")


@dataclass(frozen=True)
class Mutant:
    kind: str  # "value" or "byte"
    where: str  # the field path (value edits) or "proof@123"/"tree@123" (byte edits)
    proof: bytes
    tree: bytes | None
    #: True when the mutant says something different from the original, so that pass would be false.
    changes_meaning: bool


@dataclass(frozen=True)
class Case:
    """One passing manifest vector, ready to be mutated and re-verified."""

    vector_id: str
    format_id: str
    proof_name: str
    proof: bytes
    tree_name: str | None
    tree: bytes | None
    options: VerifyOptions


def load_case(vector: dict[str, Any], base: Path) -> Case:
    root = vector["root"]
    if isinstance(root, str):
        published = parse_root_argument(root)
    elif isinstance(root, dict):
        published = read_root_file(str(base / root["file"]))
    elif vector["format"] in ROOTLESS_FORMATS and vector.get("expect_root"):
        published = parse_root_argument(vector["expect_root"])
    else:
        published = None
    tree_name = vector.get("tree")
    return Case(
        vector_id=vector["id"],
        format_id=vector["format"],
        proof_name=vector["proof"],
        proof=(base / vector["proof"]).read_bytes(),
        tree_name=tree_name,
        tree=(base / tree_name).read_bytes() if tree_name else None,
        options=VerifyOptions(
            root=published,
            assets=str(base / vector["assets"]) if vector.get("assets") else None,
        ),
    )


def verify_mutant(case: Case, mutant: Mutant, tree_path: Path | None) -> Result:
    """The result on the mutant, verified as the original was (same options, format detection included)."""
    options = case.options
    if mutant.tree is not None and tree_path is not None:
        tree_path.write_bytes(mutant.tree)
        options = VerifyOptions(root=options.root, assets=options.assets, tree=str(tree_path))
    return verify_source(Source(name=case.proof_name, data=mutant.proof), options)


# --- value edits ---------------------------------------------------------------------------------------------


def scalar_paths(doc: Any, prefix: str = "") -> Iterator[tuple[str, tuple[Any, ...]]]:
    """Every scalar in a parsed JSON document: its readable path (``path[3].balances.BTC``) and its key path."""
    stack: list[tuple[str, tuple[Any, ...], Any]] = [(prefix, (), doc)]
    while stack:
        name, keys, value = stack.pop()
        if isinstance(value, dict):
            for k in reversed(list(value)):
                stack.append((f"{name}.{k}" if name else str(k), (*keys, k), value[k]))
        elif isinstance(value, list):
            for i in reversed(range(len(value))):
                stack.append((f"{name}[{i}]", (*keys, i), value[i]))
        else:
            yield name, keys


def edited(value: Any) -> Any:
    """A well-formed, different value of the same kind; None when there is nothing sensible to change."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, Decimal):
        return value + Decimal(1).scaleb(value.as_tuple().exponent)  # one unit in the last place
    if isinstance(value, str):
        if _HEX.fullmatch(value) or (value[:2] in ("0x", "0X") and _HEX.fullmatch(value[2:])):
            last = value[-1]
            return value[:-1] + ("1" if last == "0" else "0")
        try:
            amount = Decimal(value)
        except InvalidOperation:
            return value + "x"
        if not amount.is_finite():
            return value + "x"
        digits = value.rstrip()
        last = digits[-1]
        if last.isdigit():
            return digits[:-1] + str((int(last) + 1) % 10) + ("" if last != "9" else "")
        return value + "1"
    return None


def dump(doc: Any) -> str:
    """JSON text that keeps Decimal digits exactly as parsed (json.dumps would go through float)."""
    if isinstance(doc, dict):
        return "{" + ",".join(f"{json.dumps(k)}:{dump(v)}" for k, v in doc.items()) + "}"
    if isinstance(doc, list):
        return "[" + ",".join(dump(v) for v in doc) + "]"
    if isinstance(doc, bool) or doc is None:
        return json.dumps(doc)
    if isinstance(doc, (int, Decimal)):
        return str(doc)
    return json.dumps(doc, ensure_ascii=False)


def _replace(doc: Any, keys: tuple[Any, ...], value: Any) -> Any:
    if not keys:
        return value
    head, rest = keys[0], keys[1:]
    if isinstance(doc, dict):
        return {k: (_replace(v, rest, value) if k == head else v) for k, v in doc.items()}
    return [(_replace(v, rest, value) if i == head else v) for i, v in enumerate(doc)]


def _unbound(format_id: str, where: str, vector_id: str = "") -> bool:
    patterns = {**UNBOUND_FIELDS.get(format_id, {}), **UNBOUND_IN_VECTOR.get(vector_id, {})}
    return any(re.fullmatch(p, where) for p in patterns)


# --- format-specific normalisers: spellings a format reads as the same value ---------------------------------


def _numeric(value: Any) -> Any:
    try:
        return Decimal(value).normalize() if isinstance(value, str) else value
    except InvalidOperation:
        return value


def _bybit_same(doc: Any) -> Any:
    """Bybit (others.md §2.1): a sibling's balances are only summed as numbers (its hash is given), so
    "0.0000000" and "0.00000000" there are one value. Your own leaf's strings (hashed as written) and the root's
    (compared as strings) stay exact."""
    if not (isinstance(doc, dict) and isinstance(doc.get("path"), list)):
        return doc
    path = doc["path"]
    siblings = [
        {**n, "balance": {k: _numeric(v) for k, v in n["balance"].items()}}
        if isinstance(n, dict) and isinstance(n.get("balance"), dict) and k < len(path) - 1
        else n
        for k, n in enumerate(path)
    ]
    return {**doc, "path": siblings}


def _mexc_same(doc: Any) -> Any:
    """MEXC (others.md §2.6): an empty sibling (hash "") carries nothing up; the verifier requires its balances
    to be zero, and then their names and spellings say nothing."""
    if not (isinstance(doc, dict) and isinstance(doc.get("pathList"), list)):
        return doc
    def empty(n: Any) -> bool:
        return (isinstance(n, dict) and n.get("hash") == "" and isinstance(n.get("balances"), dict)
                and all(_numeric(v) == 0 for v in n["balances"].values()))  # fmt: skip
    return {**doc, "pathList": [{**n, "balances": {}} if empty(n) else n for n in doc["pathList"]]}


def _kucoin_same(doc: Any) -> Any:
    """KuCoin (kucoin.md §2): a sibling's balances are only added as exact decimals (its hash is given), so a
    trailing zero there is the same value; your own leaf (hashed as written) and the root stay exact."""
    if not (isinstance(doc, dict) and isinstance(doc.get("path"), list)):
        return doc
    path = doc["path"]
    return {**doc, "path": [
        {**n, "balances": {k: _numeric(v) for k, v in n["balances"].items()}}
        if isinstance(n, dict) and isinstance(n.get("balances"), dict) and k < len(path) - 1 else n
        for k, n in enumerate(path)
    ]}  # fmt: skip


_B64_32 = re.compile(r"[A-Za-z0-9+/]{43}=")


def _base64_same(doc: Any) -> Any:
    """The zk user files write 32-byte values in base64: two spellings that decode to the same bytes (the last
    character's unused low bits differ) are one value, and the verifier reads the bytes."""
    import base64

    if isinstance(doc, dict):
        return {k: _base64_same(v) for k, v in doc.items()}
    if isinstance(doc, list):
        return [_base64_same(v) for v in doc]
    if isinstance(doc, str) and _B64_32.fullmatch(doc):
        return ("b64", base64.b64decode(doc))
    return doc


def _mexc_root_same(doc: Any) -> Any:
    """MEXC (others.md §2.6): the root's balances are compared by value with a missing coin read as 0, so a
    zero entry there says nothing whatever its name (a sibling's zero entry is hashed into its parent: kept)."""
    doc = _mexc_same(doc)
    if not (isinstance(doc, dict) and isinstance(doc.get("pathList"), list) and doc["pathList"]):
        return doc
    *rest, root = doc["pathList"]
    if isinstance(root, dict) and isinstance(root.get("balances"), dict):
        root = {**root, "balances": {k: v for k, v in root["balances"].items() if _numeric(v) != 0}}
    return {**doc, "pathList": [*rest, root]}


NORMALISERS: dict[str, Any] = {
    "bybit-merkle": _bybit_same,
    "mexc-merkle": _mexc_root_same,
    "kucoin-merkle": _kucoin_same,
    "htx-zk-v2": _base64_same,
    "gateio-zk": _base64_same,
    "poloniex-zk-v2": _base64_same,
}


def value_mutants(case: Case, limit: int, rng: random.Random) -> Iterator[Mutant]:
    try:
        doc = parse_json(Source(case.proof_name, case.proof).text, case.proof_name)
    except InputError:
        return  # not JSON: byte edits only
    paths = list(scalar_paths(doc))
    if len(paths) > limit:
        paths = rng.sample(paths, limit)
    for where, keys in paths:
        node = doc
        for k in keys:
            node = node[k]
        new = edited(node)
        if new is None:
            continue
        mutated = _replace(doc, keys, new)
        data = dump(mutated).encode("utf-8")
        same = _unbound(case.format_id, where, case.vector_id) or _same_docs(doc, mutated, case)
        yield Mutant("value", where, data, case.tree, changes_meaning=not same)


# --- byte edits ----------------------------------------------------------------------------------------------


def _byte_edit(data: bytes, rng: random.Random) -> tuple[int, bytes]:
    at = rng.randrange(len(data))
    how = rng.randrange(3)
    if how == 0:  # flip one bit
        return at, data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1 :]
    if how == 1:  # insert a byte
        return at, data[:at] + bytes([rng.randrange(256)]) + data[at:]
    return at, data[:at] + data[at + 1 :]  # delete one


def _same_json(a: bytes, b: bytes, case: Case) -> bool:
    """Both parse to the same document once the format's unbound fields are blanked out."""
    try:
        first, second = (parse_json(Source(case.proof_name, data).text, case.proof_name) for data in (a, b))
    except InputError:
        return False
    return _same_docs(first, second, case)


def _same_docs(first: Any, second: Any, case: Case) -> bool:
    docs = [first, second]
    for i, doc in enumerate(docs):
        for where, keys in list(scalar_paths(doc)):
            if _unbound(case.format_id, where, case.vector_id):
                docs[i] = doc = _replace(doc, keys, None)
        docs[i] = NORMALISERS.get(case.format_id, lambda d: d)(docs[i])
    return _hex_lower(docs[0]) == _hex_lower(docs[1])


def _hex_lower(doc: Any) -> Any:
    """Hex strings in lower case: a hash's letter case is not part of its value."""
    if isinstance(doc, dict):
        return {k: _hex_lower(v) for k, v in doc.items()}
    if isinstance(doc, list):
        return [_hex_lower(v) for v in doc]
    if isinstance(doc, str) and _HEX.fullmatch(doc.removeprefix("0x")):
        return doc.lower()
    return doc


def _embedded_json(data: bytes) -> Any:
    """The JSON object that starts at the first ``{`` (KuCoin's pasted text: a prompt line before it and the
    checker's output after it, both ignored by the format); None when there is none."""
    try:
        text = data.decode("utf-8-sig")
        start = text.index("{")
        doc, _ = json.JSONDecoder(parse_float=Decimal, object_pairs_hook=_pairs).raw_decode(text, start)
        return doc
    except (ValueError, UnicodeDecodeError):
        return None


def _pairs(pairs: list[tuple[str, Any]]) -> Any:
    keys = [k for k, _ in pairs]
    return dict(pairs) if len(set(keys)) == len(keys) else {"<duplicate keys>": keys}


#: The columns of a zk batch table (gateio.md §2.6, htx_poloniex.md) that the chain binds. id, the timestamps
#: and proof_info are hashed nowhere: the Groth16 proof in proof_info cannot be checked (no verifying key was
#: published) and every result says so with zk-proof-not-verified.
BATCH_TABLE_BOUND = ("cex_asset_list_commitments", "account_tree_roots", "batch_commitment", "batch_number")
BATCH_TABLE_FORMATS = {"gateio-zk", "htx-zk-v2"}


def _batch_rows(data: bytes) -> Any:
    """The bound columns of every row, with base64 values decoded (two spellings of the same 32 bytes are one
    value) and the JSON pairs parsed (their spacing is not part of them). A table the verifier could not read
    normalises to itself, byte for byte."""
    import base64
    import csv
    import io

    def b64(v: str) -> Any:
        try:
            return base64.b64decode(v.strip(), validate=True)
        except ValueError:
            return v

    try:
        rows = []
        for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")):
            out: list[Any] = []
            for col in BATCH_TABLE_BOUND:
                v = row.get(col)
                if v is not None and col in ("cex_asset_list_commitments", "account_tree_roots"):
                    try:
                        pair = json.loads(v)
                        v = [b64(x) for x in pair] if isinstance(pair, list) and all(isinstance(x, str) for x in pair) else v
                    except ValueError:
                        pass
                elif v is not None and col == "batch_commitment":
                    v = b64(v)
                elif v is not None:
                    v = v.strip()
                out.append(v)
            rows.append(out)
        return rows
    except (UnicodeDecodeError, csv.Error):
        return data


def _same_text(a: bytes, b: bytes, format_id: str = "") -> bool:
    if format_id in BATCH_TABLE_FORMATS:
        return _batch_rows(a) == _batch_rows(b)
    if format_id == "bitmex-liabilities":
        # others.md §2.4: the block height enters only the user's key; the mutation test gives no secrets, and
        # the result then says the height is not verified. The rest of the text must be the same.
        a, b = (re.sub(rb"^\s*block_height:[^\n]*", b"", x, count=1) for x in (a, b))
    embedded = _embedded_json(a)
    if embedded is not None:
        normalise = NORMALISERS.get(format_id, lambda d: d)
        other = _embedded_json(b)
        return _hex_lower(normalise(embedded)) == _hex_lower(normalise(other) if other is not None else None)
    try:
        return a.decode("utf-8-sig").lower().split() == b.decode("utf-8-sig").lower().split()
    except UnicodeDecodeError:
        return False


def byte_mutants(case: Case, count: int, rng: random.Random) -> Iterator[Mutant]:
    try:
        parse_json(Source(case.proof_name, case.proof).text, case.proof_name)
        proof_is_json = True
    except InputError:
        proof_is_json = False
    for _ in range(count):
        on_tree = case.tree is not None and rng.random() < 0.3
        if on_tree:
            assert case.tree is not None
            at, data = _byte_edit(case.tree, rng)
            same = _same_text(case.tree, data)
            yield Mutant("byte", f"tree@{at}", case.proof, data, changes_meaning=not same)
            continue
        at, data = _byte_edit(case.proof, rng)
        if proof_is_json:
            same = _same_json(case.proof, data, case)
        else:
            same = _same_text(case.proof, data, case.format_id)
        yield Mutant("byte", f"proof@{at}", data, case.tree, changes_meaning=not same)


def mutants(case: Case, values: int, byte_count: int, seed: int) -> Iterator[Mutant]:
    rng = random.Random(f"{seed}:{case.vector_id}")
    yield from value_mutants(case, values, rng)
    yield from byte_mutants(case, byte_count, rng)
