"""Every bundled data file is read by one loader that checks its shape: a misspelt key fails loudly."""

from __future__ import annotations

import pytest

from eventcoder.datafiles import (
    SHAPES,
    DataFileError,
    Shape,
    check_shape,
    data_file_names,
    load_data,
)


def test_every_bundled_yaml_file_has_a_shape_and_passes_it() -> None:
    names = data_file_names()
    assert "actors.yaml" in names and len(names) >= 15
    assert sorted(SHAPES) == names
    for name in names:
        assert isinstance(load_data(name), dict)


def test_a_misspelt_key_names_the_file_and_the_key() -> None:
    data = dict(load_data("date_rules.yaml"))
    data["anchor_wrods"] = data.pop("anchor_words")
    with pytest.raises(DataFileError, match=r"date_rules\.yaml: unknown key 'anchor_wrods'"):
        check_shape("date_rules.yaml", data, SHAPES["date_rules.yaml"])


def test_a_missing_key_and_a_wrong_type_are_errors() -> None:
    shape = Shape(keys={"gap": int, "triggers": list})
    with pytest.raises(DataFileError, match="missing key"):
        check_shape("event_triggers.yaml", {"gap": 3}, shape)
    with pytest.raises(DataFileError, match="'gap' holds a str"):
        check_shape("event_triggers.yaml", {"gap": "3", "triggers": []}, shape)


def test_a_bare_yaml_boolean_in_a_word_list_is_an_error() -> None:
    # "needs_child: [at, on]" parses "on" as True: the trigger "fired on" then never matched
    from eventcoder.datafiles import check_word_lists
    from eventcoder.yaml_fast import load_yaml

    data = load_yaml("triggers:\n  - {lemmas: [fire], needs_child: [at, on, into]}\n")
    with pytest.raises(DataFileError, match=r"event_triggers\.yaml: .*triggers\[0\]/needs_child"):
        check_word_lists("event_triggers.yaml", data)
    check_word_lists("event_triggers.yaml", load_yaml("w: [at, 'on', into]\n"))


def test_free_keys_check_the_keys_inside_their_values() -> None:
    shape = SHAPES["actor_countries.yaml"]
    check_shape("actor_countries.yaml", {"NG": {"demonyms": ["Nigerian"]}}, shape)
    with pytest.raises(DataFileError, match="'NG' has unknown key"):
        check_shape("actor_countries.yaml", {"NG": {"demonym": ["Nigerian"]}}, shape)


def test_an_undeclared_file_is_refused() -> None:
    with pytest.raises(DataFileError, match="no shape"):
        load_data("no_such_file.yaml")
