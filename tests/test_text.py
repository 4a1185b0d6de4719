"""The translatable sentences of the core (core/text.py)."""

import json
import pickle

from verifier_gui.core.text import Text, render, sentences, text


def test_text_is_the_english_sentence_and_keeps_its_template():
    t = text("Leaf {index:,} of {file}.", index=12345, file="a.json")
    assert t == "Leaf 12,345 of a.json."
    assert t.template == "Leaf {index:,} of {file}."
    assert t.values == {"index": 12345, "file": "a.json"}
    assert json.dumps({"m": t}) == '{"m": "Leaf 12,345 of a.json."}'


def test_text_survives_pickling_with_its_template():
    back = pickle.loads(pickle.dumps(text("Root {root}.", root="ab")))
    assert isinstance(back, Text) and back.template == "Root {root}." and back == "Root ab."


def test_render_translates_nested_texts_and_leaves_data_alone():
    inner = text("the file {name}", name="{not a placeholder}")
    outer = text("Root taken from {origin}.", origin=inner)
    table = {"Root taken from {origin}.": "根取自{origin}。", "the file {name}": "文件 {name}"}
    assert render(outer, lambda s: table.get(s, s)) == "根取自文件 {not a placeholder}。"
    assert render("plain", lambda s: "X") == "plain"


def test_render_falls_back_to_english_when_a_translation_breaks_a_placeholder():
    t = text("Leaf {index}.", index=3)
    assert render(t, lambda s: "叶子 {索引}") == "Leaf 3."


def test_sentences_join_and_stay_translatable():
    joined = sentences(text("One."), "", text("Two {n}.", n=2))
    assert joined == "One. Two 2."
    assert render(joined, lambda s: {"One.": "一。", "Two {n}.": "二{n}。"}.get(s, s)) == "一。 二2。"
    assert sentences() == "" and sentences("only") == "only"


def test_listing_joins_with_a_translatable_separator():
    from verifier_gui.core.text import listing

    items = [text("a {x}", x=1), "plain", text("c")]
    joined = listing(items)
    assert joined == "a 1; plain; c"
    table = {"a {x}": "甲{x}", "c": "丙", "{first}; {rest}": "{first}；{rest}"}
    assert render(joined, lambda s: table.get(s, s)) == "甲1；plain；丙"
    assert listing(items, commas=True) == "a 1, plain, c"
    assert listing([]) == "" and listing(["", "only"]) == "only"


def test_adding_plain_text_keeps_the_translatable_part():
    t = text("Root {r}.", r="ab")
    for joined, expected in ((t + " More.", "Root ab. More."), ("See: " + t, "See: Root ab.")):
        assert joined == expected and isinstance(joined, Text)
        assert render(joined, lambda s: {"Root {r}.": "根 {r}。"}.get(s, s)) == expected.replace("Root ab.", "根 ab。")
    more = "x"
    more += t
    assert isinstance(more, Text) and more == "xRoot ab."


def test_the_names_of_files_in_error_messages_are_translatable() -> None:
    """``validate(model, doc, name, what)`` and ``load_assets(options, model, what)`` put ``what`` ("Bybit proof")
    into the error the user reads; a plain string literal there stays English in the Chinese app."""
    import ast
    from pathlib import Path

    core = Path(__file__).resolve().parents[1] / "verifier_gui" / "core"
    plain = []
    for path in core.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            position = {"validate": 3, "load_assets": 2}.get(name or "")
            if position is not None and len(node.args) > position:
                arg = node.args[position]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    plain.append(f"{path.name}:{node.lineno} {arg.value!r}")
    assert not plain, plain
