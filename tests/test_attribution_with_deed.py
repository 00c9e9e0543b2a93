"""An attack given as the means of the subject's act names its doer ("marked its emergence
with three bomb explosions"); other "with" phrases do not; a part of a group (its brigade, "the
Camilist Union of the ELN") acts for the group (sentences for several countries)."""

from __future__ import annotations

import functools

import pytest

from eventcoder.document import Article, Document
from eventcoder.pipeline import Pipeline, default_pipeline


@functools.cache
def _pipeline() -> Pipeline:
    return default_pipeline()


def run(text: str) -> Document:
    """The whole pipeline on ``text``."""
    return _pipeline()(Article(id="t", text=text, published="2024-05-10"))


def perpetrators(doc: Document) -> set[str]:
    """Names of the perpetrators of every event."""
    return {a.name for e in doc.events for a in e.actors if a.role == "perpetrator"}


@pytest.mark.parametrize(("text", "doer"), [
    ("A new armed group calling itself the Kasai Liberation Front marked its emergence on "
     "Monday with three bomb explosions in Kananga.", "Kasai Liberation Front"),
    ("The Taliban greeted the start of the elections on Saturday with a wave of rocket attacks "
     "on polling stations in Kandahar.", "Taliban"),
])
def test_attack_as_means_names_the_subject(text: str, doer: str) -> None:
    assert any(doer in name for name in perpetrators(run(text)))


def test_other_with_phrases_name_no_doer() -> None:
    doc = run("The Mombasa Republican Council welcomed the report on Monday with a statement, "
              "two days after gunmen killed a trader in Mombasa.")
    assert not any("Mombasa Republican" in name for name in perpetrators(doc))


@pytest.mark.parametrize(("text", "group"), [
    ("The Domingo Lain Front of the National Liberation Army dynamited two power pylons near "
     "Saravena on Sunday.", "National Liberation Army"),
    ("THE ARMY SAID THE NORTHERN WAR FRONT OF THE ARMY OF NATIONAL LIBERATION (ELN) BOMBED AN "
     "OIL PIPELINE NEAR TIBU.", "National Liberation Army"),
    ("The 3rd Brigade of the Sudanese army shelled the village of Tawila on Monday, killing five "
     "civilians.", "Sudanese Armed Forces"),
])
def test_a_part_of_a_group_acts_for_the_group(text: str, group: str) -> None:
    assert any(group in name for name in perpetrators(run(text)))
