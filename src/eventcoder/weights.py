"""The scorers' weights, read from one table (data/weights.yaml) and checked when first loaded.

Each block belongs to one scorer (``generic``, ``event_place``, ``violence_typing``) and says in a
comment how its numbers were set or fitted (``eventcoder fit weights``).
"""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path
from typing import Any

from eventcoder.datafiles import SHAPES, check_shape
from eventcoder.errors import ConfigError
from eventcoder.yaml_fast import load_yaml

FILE = "weights.yaml"
# The keys each block must hold: a missing or misspelt key is an error naming the file and key.
REQUIRED: dict[str, frozenset[str]] = {
    "generic": frozenset({
        "threshold", "adjectival_trigger", "modal", "infinitive", "conditional", "present_perfect",
        "simple_present", "span_statement", "gerund_argument", "side_remark", "habitual_adjective",
        "habitual_adverb", "inside_perfect_record", "since_clause", "intent_or_background",
        "bare_plural", "bare_plural_plural_ok", "partitive", "quantified_subject",
        "generic_object", "vague", "quoted", "own_date", "sentence_date", "own_place",
        "sentence_place", "victim_count", "past_tense", "definite"}),
    "event_place": frozenset({
        "intercept", "background_clause", "country_possessive", "locative", "governed_by_anchor",
        "governed_by_side_mention", "closeness", "kind_rank", "plain_mention"}),
    "toponym": frozenset({"population", "alternate", "alternate_large_city", "large_city"}),
    "violence_typing": frozenset({"military_words", "harm_lemmas", "assault_lemmas",
                                  "targeted_lemmas", "mob_hurt_lemmas"}),
}


@functools.cache
def _table() -> dict[str, Any]:
    # $EVENTCODER_WEIGHTS names another table: compare a freshly fitted one before adopting it
    override = os.environ.get("EVENTCODER_WEIGHTS")
    path = Path(override) if override else resources.files("eventcoder.data").joinpath(FILE)
    data = load_yaml(path.read_text(encoding="utf-8")) or {}
    check_shape(FILE, data, SHAPES[FILE])  # the same check as every bundled data file
    for block, keys in REQUIRED.items():
        got = data.get(block)
        if not isinstance(got, dict):
            raise ConfigError(f"{FILE}: block '{block}' is missing or not a mapping")
        missing, unknown = keys - set(got), set(got) - keys
        if missing or unknown:
            raise ConfigError(f"{FILE}: block '{block}': missing keys {sorted(missing)}, "
                              f"unknown keys {sorted(unknown)}")
    return data


def clear_cache() -> None:
    """Forget the loaded table (after $EVENTCODER_WEIGHTS or the file changed)."""
    _table.cache_clear()


def weights(block: str) -> dict[str, float]:
    """The numeric weights of one block (``generic`` or ``event_place``)."""
    return {k: float(v) for k, v in _table()[block].items()}


def word_sets(block: str) -> dict[str, frozenset[str]]:
    """The word lists of one block (``violence_typing``), as lower-case sets."""
    return {k: frozenset(str(w).lower() for w in v) for k, v in _table()[block].items()}
