"""Deeds a sentence names but does not assert: a trigger verb with its own modal ("should be
murdered", "might kill"), a deed after 'without' ("without a shot being fired"), a whole country
invaded (a war between states, not an incident), people described by a deed ("those who
murdered the journalist"), a kind of crime ("practices like kidnapping"). Sentences written for these tests (several
countries and outlets; the trigger reading runs on mixed case, as the pipeline
truecases capitals first)."""

from __future__ import annotations

import pytest

from eventcoder.extract import grammar
from eventcoder.extract.events.causes import country_invaded, tells_no_incident
from eventcoder.extract.events.triggers import find_mentions
from eventcoder.nlp.doc_cache import doc_text
from eventcoder.nlp.model import load_nlp


@pytest.fixture(scope="module")
def nlp():
    """The project's spaCy model."""
    return load_nlp()


def _reported(nlp, sentence: str, word: str) -> bool:
    """Whether the trigger `word` is read as an incident the sentence reports."""
    doc = nlp(sentence)
    mentions = find_mentions(doc)
    ids = {m.token.i for m in mentions}
    quotes = grammar.quote_spans(doc_text(doc))
    m = next((m for m in mentions if m.token.text == word), None)
    if m is None or tells_no_incident(m.token):
        return False
    return grammar.generic_score(m.token, ids, quotes, m.family) < grammar.GENERIC_THRESHOLD


@pytest.mark.parametrize(("sentence", "word"), [
    ("A columnist in Lahore wrote that the kidnappers said the hostages should be murdered if "
     "no ransom came.", "murdered"),
    ("Villagers near Kandahar fear that the militants might kill them all on Friday.", "kill"),
    ("The commander said on Tuesday that his troops would attack the rebel camps near Gulu.",
     "attack"),
    ("The town of Kindu fell to the rebels without a shot being fired.", "fired"),
    ("Police in Quito said the crowd dispersed without a single shot being fired.", "shot"),
    ("The president of Panama said his nation was like a country being invaded by an army.",
     "invaded"),
    ("Officials in Yerevan said on Monday that Azerbaijan had invaded Armenia.", "invaded"),
    # people described by a deed
    ("The bishop in Manila demanded that those who murdered the journalist be punished.",
     "murdered"),
    ("We are the ones who are being killed, a farmer in Benue told reporters.", "killed"),
    # a kind of crime, named without article, number or object
    ("The rebel envoy in Havana said the group must abandon practices like kidnapping.",
     "kidnapping"),
    ("Kidnapping is one of the most profitable industries in Sinaloa, police say.",
     "Kidnapping"),
])
def test_deed_not_asserted(nlp, sentence: str, word: str) -> None:
    assert not _reported(nlp, sentence, word)


@pytest.mark.parametrize(("sentence", "word"), [
    ("Gunmen killed two people without warning in Kaduna on Monday.", "killed"),
    ("Armed settlers invaded a farm near Harare on Monday.", "invaded"),
    ("Hundreds of squatters invaded a ranch in Laikipia county on Sunday.", "invaded"),
    ("Soldiers shot dead three smugglers near Cucuta on Saturday, the army said.", "shot"),
    ("Police in Kano arrested two men who killed a trader at the market on Monday.", "killed"),
    ("A businessman was kidnapped in Kaduna on Monday; the kidnapping was the third this month.",
     "kidnapping"),
])
def test_deed_reported(nlp, sentence: str, word: str) -> None:
    assert _reported(nlp, sentence, word)


def test_an_invaded_town_is_no_country(nlp) -> None:
    doc = nlp("Rebels invaded the town of Bunia on Friday.")
    assert not country_invaded(next(t for t in doc if t.text == "invaded"))
