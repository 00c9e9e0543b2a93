"""Curated ACLED labels agree with how the training records write the same actor: a KB label whose
name (after the acronym, without "the") is a training label's must be written as that label
("HTS: Hayat Tahrir al Sham", not "Hayat Tahrir al Sham")."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from eventcoder.eval.metrics import norm_actor
from eventcoder.resolve.actors.kb import load_kb


def _core(label: str) -> str:
    name = norm_actor(label)
    name = name.split(": ", 1)[1] if ": " in name else name
    return re.sub(r"\bthe\b ", "", name).strip()


def test_kb_labels_are_written_as_in_training(shared_dir: Path) -> None:
    written: dict[str, set[str]] = defaultdict(set)
    with (shared_dir / "train/acled_train.jsonl").open(encoding="utf-8") as f:
        for line in f:
            gold = json.loads(line)["gold"]
            for field in (*gold["actors"], *(gold.get("associated_actors") or [])):
                for label in field.split("; "):
                    written[_core(label)].add(norm_actor(label))
    # state labels change with the government in power (data/state_periods.yaml)
    state = re.compile(r"^(?:Military|Police) Forces of ")
    differing = {
        e.acled: sorted(written[_core(e.acled)])
        for e in load_kb().entries
        if e.acled and "{" not in e.acled and not state.match(e.acled)
        and written.get(_core(e.acled)) and norm_actor(e.acled) not in written[_core(e.acled)]
    }
    # a single training record writes "Civilian JTF: ..."; one record does not settle a label
    differing.pop("CJTF: Civilian Joint Task Force", None)
    assert not differing, differing


def test_kb_labels_carry_the_country_the_training_writes(shared_dir: Path) -> None:
    """A KB label the training records write with its country ("Ambazonian Separatists
    (Cameroon)") carries it: the bare name matches no training label."""
    from eventcoder.geoparser.countries import country_name

    written: set[str] = set()
    with (shared_dir / "train/acled_train.jsonl").open(encoding="utf-8") as f:
        for line in f:
            gold = json.loads(line)["gold"]
            for field in (*gold["actors"], *(gold.get("associated_actors") or [])):
                written.update(norm_actor(label) for label in field.split("; "))
    bare = {
        e.acled: f"{e.acled} ({country_name(e.country)})"
        for e in load_kb().entries
        if e.acled and "{" not in e.acled and e.country and country_name(e.country)
        and norm_actor(e.acled) not in written
        and norm_actor(f"{e.acled} ({country_name(e.country)})") in written
    }
    assert not bare, bare
