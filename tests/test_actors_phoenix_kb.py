"""The Phoenix-derived actor entries: merged with the curated KB, no false matches in plain text."""

from __future__ import annotations

import pytest

from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.phoenix_build import alias_kind, build_entries, readable
from eventcoder.text.casing import casing_of


@pytest.mark.parametrize(
    ("name", "canonical"),
    [("Daesh", "Islamic State"), ("ISIL", "Islamic State"), ("Sendero Luminoso", "Shining Path"),
     ("Harakat al-Shabaab al-Mujahideen", "Al-Shabaab"), ("Hizbul Shabaab", "Al-Shabaab"),
     ("FMLN", "Farabundo Marti National Liberation Front"),
     ("Tupac Amaru Revolutionary Movement", "Tupac Amaru Revolutionary Movement"),
     ("Abu Nidal Organization", "Abu Nidal Organization"), ("Montoneros", "Montoneros")],
)
def test_names_and_transliterations_resolve_to_one_entry(name: str, canonical: str) -> None:
    entry = actor_kb.lookup(name)
    assert entry is not None and entry.name == canonical


def test_merged_entries_cite_both_sources() -> None:
    entry = actor_kb.lookup("Shining Path")
    assert entry is not None and "Wikipedia" in entry.source and "Phoenix" in entry.source


def test_generic_aliases_need_the_country() -> None:
    # "National Liberation Movement" is a Phoenix alias of the Tupamaros (Uruguay) only.
    assert actor_kb.lookup("National Liberation Movement", "UY") is not None
    assert actor_kb.lookup("National Liberation Movement", "KE") is None


@pytest.mark.parametrize(
    "text",
    ["The group has carried out attacks in the past, the army said.",
     "Members of the resistance and the popular front met the national council on Monday.",
     "Protesters marched to the liberation monument; the movement said the march was peaceful."],
)
def test_ordinary_text_names_no_phoenix_group(text: str) -> None:
    phoenix = [h for h in actor_kb.find_known(text) if "Phoenix" in h.entry.source
               and "Wikipedia" not in h.entry.source]
    assert phoenix == []


def test_build_sorts_aliases() -> None:
    blocks = [{"raw": "FARABUNDO_MARTI_NATIONAL_LIBERATION_FRONT_", "code": "SLV",
               "aliases": ["FMLN-FDR", "NATIONAL_RESISTANCE", "AHMED_ABDI_GODANE", "FRONT"]}]
    entry = build_entries(blocks, casing_of)[0]
    assert entry["name"] == "Farabundo Marti National Liberation Front"
    assert entry["country"] == "SV" and entry["acronyms"] == ["FMLN-FDR"]
    assert entry["weak"] == ["National Resistance"]
    assert "Ahmed Abdi Godane" not in entry.get("aliases", [])
    assert alias_kind("Front", casing_of) is None
    assert readable("AL-GAMA'A_AL-ISLAMIYYA".replace("_", " ")) == "Al-Gama'a al-Islamiyya"
