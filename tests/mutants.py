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


def _unbound(format_id: str, where: str) -> bool:
    return any(re.fullmatch(p, where) for p in UNBOUND_FIELDS.get(format_id, {}))


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
        data = dump(_replace(doc, keys, new)).encode("utf-8")
        yield Mutant("value", where, data, case.tree, changes_meaning=not _unbound(case.format_id, where))


# --- byte edits ----------------------------------------------------------------------------------------------


def _byte_edit(data: bytes, rng: random.Random) -> tuple[int, bytes]:
    at = rng.randrange(len(data))
    how = rng.randrange(3)
    if how == 0:  # flip one bit
        return at, data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1 :]
    if how == 1:  # insert a byte
        return at, data[:at] + bytes([rng.randrange(256)]) + data[at:]
    return at, data[:at] + data[at + 1 :]  # delete one


def _same_json(a: bytes, b: bytes, name: str, format_id: str = "") -> bool:
    """Both parse to the same document once the format's unbound fields are blanked out."""
    try:
        docs = [parse_json(Source(name, data).text, name) for data in (a, b)]
    except InputError:
        return False
    for i, doc in enumerate(docs):
        for where, keys in list(scalar_paths(doc)):
            if _unbound(format_id, where):
                docs[i] = doc = _replace(doc, keys, None)
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


def _same_text(a: bytes, b: bytes) -> bool:
    embedded = _embedded_json(a)
    if embedded is not None:
        return _hex_lower(embedded) == _hex_lower(_embedded_json(b))
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
            same = _same_json(case.proof, data, case.proof_name, case.format_id)
        else:
            same = _same_text(case.proof, data)
        yield Mutant("byte", f"proof@{at}", data, case.tree, changes_meaning=not same)


def mutants(case: Case, values: int, byte_count: int, seed: int) -> Iterator[Mutant]:
    rng = random.Random(f"{seed}:{case.vector_id}")
    yield from value_mutants(case, values, rng)
    yield from byte_mutants(case, byte_count, rng)
