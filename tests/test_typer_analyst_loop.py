"""The analyst loop end to end: correct types over HTTP, retrain from the store, follow suit.

An analyst desk codes every raid on livestock in which nobody is hurt as looting (Strategic
developments / Looting/property destruction). The bundled typer reads some such notes another
way. The analyst corrects a handful of them through the API (and verifies a protest, and
rejects a report that is no event); ``eventcoder train --from-store`` refines the bundled model;
*other* raid notes, never stored or trained on, are then typed as the analyst codes them (all
but at most one), while notes of other kinds keep their types.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_server import serve

from eventcoder.api import create_app
from eventcoder.api.auth import create_token
from eventcoder.cli import main
from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline
from eventcoder.store import Store
from eventcoder.typer import looting_kept
from eventcoder.typer import stage as typer_stage
from eventcoder.typer.model import TyperModel

pytestmark = pytest.mark.slow  # runs the full pipeline (spaCy) and trains a model

WANTED = ("Strategic developments", "Looting/property destruction")

# Reports the analyst corrects (several countries, outlets and wordings).
TAUGHT = [
    "On 4 March 2024, armed herders raided Kakuma village in Turkana and drove away 300 head of "
    "cattle. No one was hurt.",
    "On 2 March 2024, cattle rustlers stole about 150 goats and 40 cows from a homestead near "
    "Baragoi, Samburu. No injuries were reported.",
    "Suspected bandits made off with 80 camels from herders at Wajir on Sunday, police said. "
    "Nobody was injured.",
    "On 1 March 2024, gunmen rustled more than 200 cattle from Fulani herders in Zamfara state. "
    "There were no casualties.",
    "On 5 March 2024, armed men stole 60 cows from a kraal in Mokhotlong district. No one was "
    "harmed.",
    "Cattle raiders attacked a kraal near Lodwar on Thursday and took 120 animals; no injuries "
    "were reported.",
    "On 3 March 2024, bandits seized 90 head of cattle from herders near Kapoeta. The herders "
    "escaped unhurt.",
    "On 6 March 2024, cattle raiders attacked herders near Loima and drove off 300 goats. No "
    "injuries were reported.",
]
# Other reports of the same kind, never stored: the retrained model must type them as taught.
UNSEEN = [
    "On 6 March 2024, armed raiders drove away 250 head of cattle from Lokichoggio. No one was "
    "injured.",
    "On 7 March 2024, gunmen made off with 100 cattle from herders in Katsina state. There were "
    "no casualties.",
    "On 7 March 2024, armed bandits raided a homestead near Kotido and took away 180 head of "
    "cattle. No one was hurt.",
    "Armed men stole 45 cows from herders grazing near Marsabit on Saturday; the herders were "
    "unharmed.",
    "Gunmen raided a cattle camp near Rumbek on Monday and took 400 cows; the herders escaped "
    "unhurt.",
]
# Reports of other kinds: their types must not move.
OTHERS = [
    ("On 6 March 2024, hundreds of teachers marched in Nairobi to demand unpaid salaries.",
     "Protests"),
    ("Troops clashed with al Shabaab fighters near Jowhar on Tuesday; four soldiers died.",
     "Battles"),
    ("A roadside bomb exploded under a military vehicle near Gao on Monday.",
     "Explosions/Remote violence"),
    ("Gunmen shot dead a farmer in his field near Jos on Wednesday.",
     "Violence against civilians"),
]


def _types(texts: list[str]) -> list[tuple[str | None, str | None]]:
    out = []
    articles = (Article(id=f"t{n}", text=t, published="2024-03-08") for n, t in enumerate(texts))
    for doc in Pipeline().pipe(articles):
        event = primary_event(doc)
        out.append((event.event_type, event.sub_event_type) if event else (None, None))
    return out


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[httpx.Client, str, str]]:
    """A real HTTP server over a fresh SQLite store; its client, a token and the store URL."""
    path: Path = tmp_path_factory.mktemp("loop") / "loop.db"
    url = f"sqlite:///{path}"
    store = Store(url)
    token = create_token(store, "analyst")
    with serve(create_app(store)) as base, httpx.Client(base_url=base, timeout=300) as client:
        yield client, token, url
    store.close()


def test_corrections_through_the_api_teach_the_typer(
    served: tuple[httpx.Client, str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Corrections through the API teach the typer."""
    client, token, url = served
    auth = {"Authorization": f"Bearer {token}"}
    # the model is what the corrections teach: the codebook's date-bound looting rule, which
    # gives these notes their looting reading after the model, is switched off to measure it
    monkeypatch.setattr(looting_kept, "CODEBOOK_SINCE", "9999-12-31")
    before_unseen = _types(UNSEEN)
    # the error to correct: such notes are read another way, at least two of them (the rules read
    # some wordings, "drove away 250 head of cattle", as looting, and a retrained model keeps
    # their reading: the typer-358d67c8cf reads two of the five as attacks on civilians)
    assert sum(t != WANTED for t in before_unseen) >= 2, before_unseen

    arts = [{"id": f"raid{n}", "text": t, "published": "2024-03-08"} for n, t in enumerate(TAUGHT)]
    arts.append({"id": "march", "text": OTHERS[0][0], "published": "2024-03-07"})
    arts.append({"id": "notice", "published": "2024-03-07",
                 "text": "The ministry said it would publish the report on attacks next week."})
    arts.append({"id": "drill", "published": "2024-03-07",
                 "text": "Police held a drill on riot control in Nakuru on Monday, a spokesman said."})
    body = client.post("/api/articles", headers=auth, json=arts).json()
    incidents = {a["id"]: a["incidents"] for a in body["articles"]}
    bundled = TyperModel.load(typer_stage.BUNDLED_MODEL).version
    # every stored record keeps the model version that typed it: document and event rows
    assert client.get("/api/articles/raid0").json()["events"][0]["typing"]["model"] == bundled
    report = client.get(f"/api/incidents/{incidents['raid0'][0]}").json()["reports"][0]
    assert report["event"]["typing"]["model"] == bundled

    for n in range(len(TAUGHT)):
        for inc in incidents[f"raid{n}"]:
            for field, value in zip(("event_type", "sub_event_type"), WANTED, strict=True):
                r = client.patch(f"/api/incidents/{inc}", headers=auth,
                                 json={"field": field, "value": value, "reason": "desk rule"})
                assert r.status_code == 200, r.text
    for inc in incidents["march"]:
        client.post(f"/api/incidents/{inc}/status", headers=auth, json={"status": "verified"})
    for inc in incidents["notice"] + incidents["drill"]:
        client.post(f"/api/incidents/{inc}/status", headers=auth, json={"status": "rejected"})

    out = tmp_path / "retrained"
    assert incidents["notice"] and incidents["drill"]  # records of no event, to reject
    assert main(["train", "--from-store", "--db", url, "--out", str(out)]) == 0
    retrained = TyperModel.load(out)
    assert retrained.version != bundled and retrained.meta["n_store"] >= len(TAUGHT)

    monkeypatch.setenv(typer_stage.MODEL_ENV, str(out))
    # the refit is pulled hard towards the bundled model (its figures on the dev sets hold), so
    # a note whose words the corrections barely share may keep its old reading
    followed = [t == WANTED for t in _types(UNSEEN)]
    assert sum(followed) >= len(UNSEEN) - 1, followed
    assert sum(followed) > sum(t == WANTED for t in before_unseen), (before_unseen, followed)
    assert [t for t, _ in _types([text for text, _ in OTHERS])] == [t for _, t in OTHERS]
