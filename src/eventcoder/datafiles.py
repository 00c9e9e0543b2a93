"""The one reader of ``eventcoder/data/*.yaml``: every file is read here and its shape checked.

Each file has a :class:`Shape`: the top-level keys it may hold and their types, or, for files keyed
by free names (country codes, target categories), the type of every value and the keys allowed
inside it. A misspelt key is a :class:`DataFileError` naming the file and the key when the file is
first read, not a silent miss.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from eventcoder.disk_cache import cached_table, files_key
from eventcoder.errors import EventcoderError
from eventcoder.yaml_fast import load_yaml


class DataFileError(EventcoderError):
    """A bundled data file does not have the shape its readers expect."""


@dataclass(frozen=True)
class Shape:
    """What a data file's top level may hold."""

    keys: dict[str, type | tuple[type, ...]] = field(default_factory=dict)  # fixed keys → type
    optional: frozenset[str] = frozenset()  # fixed keys that may be absent
    values: type | None = None  # free keys: the type of every value
    value_keys: frozenset[str] = frozenset()  # free keys with dict values: keys allowed inside


_NUM = (int, float)
_LISTS = ("duration_prefixes duration_words anchor_words announcement_verbs background_verbs "
          "publishing_verbs statement_nouns")

SHAPES: dict[str, Shape] = {
    "actor_countries.yaml": Shape(values=dict, value_keys=frozenset({"acled", "names", "demonyms"})),
    "actor_terms.yaml": Shape(keys={
        "classes": dict, "terms": dict, "implied_by_event_type": dict, "implied_perpetrator": list,
        "implied_perpetrator_except": list, "target_only": list, "unnamed_means": list, "metonymy_verbs": list,
        "group_words": list, "communities": list, "titles": dict, "agencies": list, "missions": dict,
    }),
    "actors.yaml": Shape(keys={"actors": list}),
    "armed_sites.yaml": Shape(keys={"sites": list}),
    "actors_past.yaml": Shape(keys={"actors": list}),
    "political_parties.yaml": Shape(keys={"actors": list}),
    "place_prior.yaml": Shape(keys={"places": dict}),
    "word_prior.yaml": Shape(keys={"words": dict}),
    "geo_admin1_names.yaml": Shape(keys={"admin1": dict}),
    "geo_admin1_former.yaml": Shape(keys={"former": list}),
    "geo_admin1_acled.yaml": Shape(keys={"acled": list}),
    "geo_admin1_split.yaml": Shape(keys={"split": list}),
    "geo_features.yaml": Shape(keys={"features": list}),
    "actor_theatres.yaml": Shape(keys={"actors": dict, "country_lines": dict}),
    "actor_periods.yaml": Shape(keys={"authorities": list, "names": list, "fronts": list}),
    "state_periods.yaml": Shape(keys={"periods": dict, "gendarmerie": dict, "units": list}),
    "boilerplate.yaml": Shape(keys={
        "trailing_phrases": list, "whole_paragraphs": list, "signoff_words": list, "agencies": list,
        "cut_markers": list, "appeal_topics": list, "appeal_asks": list,
    }),
    "count_words.yaml": Shape(keys={
        "vague": dict, "articles": dict, "lower_bound": list, "upper_bound": list, "around": list,
        "exact_prefix": list, "cues": dict, "death_words": list, "abbreviations": dict,
        "other_states": list, "passive_only": list, "particle_required": dict,
        "object_required": dict,
        "perpetrator_nouns": list, "collective_nouns": list, "generic_victims": list,
        "additive_words": list, "subset_words": list, "result_verbs": list, "update_nouns": list,
        "incident_nouns": list,
        "update_verbs": list, "protest_words": list,
    }),
    "date_rules.yaml": Shape(keys=dict.fromkeys(_LISTS.split(), list)),
    "event_cues.yaml": Shape(keys=dict.fromkeys((
        "modals intent background habitual quant_subjects partitive_heads regions country_aliases "
        "span_units span_lead span_adj since_period modified_heads intransitive_protest munitions agent_nouns "
        "habitual_adj denial report_nouns vague_quantifiers prevention calls speech_nouns "
        "speaking_roles speaking_venues order_nouns citing_verbs sport_words").split(), list)),
    "event_roles.yaml": Shape(keys=dict.fromkeys((
        "state_forces armed_groups civilians protesters crowds intervention excessive_force "
        "violent_demo separators air_assets off_duty nonviolent_transfer withdrawal_transfer communal role_heads "
        "civilian_sites civil_functions suspects"
    ).split(), list)),
    "event_triggers.yaml": Shape(keys={"gap": int, "triggers": list}),
    "geo_additions.yaml": Shape(keys=dict.fromkeys((
        "country_aliases country_display admin1_abbreviations admin1_aliases admin1_display"
    ).split(), dict)),
    "geo_demonyms.yaml": Shape(keys={"countries": dict, "continents": dict}),
    "geo_leaders.yaml": Shape(keys={"leaders": list, "alone": list}),
    "geo_missions.yaml": Shape(keys={"missions": list}),
    "geo_currencies.yaml": Shape(keys={"currencies": list}),
    "geo_unit_words.yaml": Shape(keys={"units": list}),
    "geo_peoples.yaml": Shape(keys={"peoples": list, "across_borders": list},
                               optional=frozenset({"across_borders"})),
    "geo_city_districts.yaml": Shape(keys={"districts": list}),
    "weights.yaml": Shape(keys={"generic": dict, "event_place": dict, "toponym": dict,
                                 "violence_typing": dict}),
    "publisher_prior.yaml": Shape(keys={"international": list, "outlets": dict,
                                         "country_lines": dict},
                                   optional=frozenset({"country_lines"})),
    "merge.yaml": Shape(keys={
        "threshold": _NUM, "linkage_threshold": _NUM, "pair_floor": _NUM, "context_share": _NUM,
        "content_weights": dict, "neutral": _NUM, "date_slack_days": int, "max_window_days": int,
        "max_candidates": int, "max_undated_candidates": int, "geo_tolerance_km": dict,
        "compatible_types": list, "compatible_type_score": _NUM, "followup_sub_types": list,
        "generic_actor_prefixes": list, "followup_window_days": int, "followup_min_text": _NUM,
        "official_cues": list, "revision_cues": list, "undated_min_content": _NUM,
        "undated_min_toll_ratio": _NUM,
    }),
    "relations.yaml": Shape(keys={"cues": dict, "place_cues": dict}),
    "targets.yaml": Shape(values=list),
    "weapons.yaml": Shape(values=list),
    "words.yaml": Shape(keys={
        "speech_verbs": list, "address_verbs": list, "reply_verbs": list, "admin_unit_nouns": list,
        "campaign_nouns": list, "site_nouns": list, "hyphen_name_particles": list,
        "doer_nouns": list, "fighter_nouns": list}),
}


def check_shape(name: str, data: Any, shape: Shape) -> None:
    """Raise :class:`DataFileError` naming ``name`` and the key when ``data`` breaks ``shape``."""
    if not isinstance(data, dict):
        raise DataFileError(f"data file {name}: expected a mapping at the top, got {type(data).__name__}")
    if shape.keys:
        for key, value in data.items():
            if key not in shape.keys:
                raise DataFileError(f"data file {name}: unknown key {key!r} "
                                    f"(known: {', '.join(sorted(shape.keys))})")
            if not isinstance(value, shape.keys[key]):
                raise DataFileError(f"data file {name}: key {key!r} holds a {type(value).__name__}")
        missing = set(shape.keys) - set(data) - shape.optional
        if missing:
            raise DataFileError(f"data file {name}: missing key(s) {', '.join(sorted(missing))}")
        return
    for key, value in data.items():
        if shape.values is not None and not isinstance(value, shape.values):
            raise DataFileError(f"data file {name}: key {key!r} holds a {type(value).__name__}")
        if shape.value_keys and isinstance(value, dict):
            unknown = set(value) - shape.value_keys
            if unknown:
                raise DataFileError(f"data file {name}: key {key!r} has unknown key(s) "
                                    f"{', '.join(sorted(unknown))}")


@functools.cache
def load_data(name: str) -> Any:
    """The parsed content of ``eventcoder/data/<name>``, read once and checked against its shape."""
    if name not in SHAPES:
        raise DataFileError(f"data file {name}: no shape is declared for it in eventcoder.datafiles")
    text = resources.files("eventcoder.data").joinpath(name).read_text(encoding="utf-8")
    if len(text) < CACHED_YAML_CHARS:
        return _parsed(name, text)
    # A large file's parse (place_prior.yaml: about 0.15 s) is kept on disk, keyed by its bytes.
    return cached_table(f"data-{name}", files_key() + hashlib.sha1(text.encode()).hexdigest(),
                        lambda: _parsed(name, text))


# Files at least this long are parsed once and then read from the disk cache.
CACHED_YAML_CHARS = 20_000


def _parsed(name: str, text: str) -> Any:
    """The YAML ``text`` of data file ``name``, parsed and checked against its shape."""
    data = load_yaml(text)
    check_shape(name, data, SHAPES[name])
    check_word_lists(name, data)
    return data


def check_word_lists(name: str, data: Any, where: str = "") -> None:
    """Raise :class:`DataFileError` when a list of words holds a boolean: YAML reads a bare
    ``on``, ``off``, ``yes`` or ``no`` as one, so the word would silently never match."""
    if isinstance(data, dict):
        for key, value in data.items():
            check_word_lists(name, value, f"{where}/{key}")
    elif isinstance(data, list):
        if any(isinstance(v, str) for v in data) and any(isinstance(v, bool) for v in data):
            raise DataFileError(f"data file {name}: the word list at {where or '/'} holds a "
                                "boolean; quote a bare on/off/yes/no ('on') to keep it a word")
        for i, value in enumerate(data):
            check_word_lists(name, value, f"{where}[{i}]")


def data_file_names() -> list[str]:
    """Every YAML file bundled in ``eventcoder/data``."""
    return sorted(p.name for p in resources.files("eventcoder.data").iterdir() if p.name.endswith(".yaml"))
