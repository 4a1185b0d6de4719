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
