"""Language: non-English articles are skipped with a reason; short English notes are not misjudged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.ingest import article_from_input, article_from_record

FRENCH = (
    "Des hommes armés ont attaqué lundi soir un poste de police dans le nord du pays, tuant "
    "trois agents et blessant plusieurs civils, selon des sources sécuritaires. Les assaillants, "
    "arrivés à moto, ont pris la fuite avant l'arrivée des renforts. Une enquête a été ouverte "
    "par le parquet et les autorités locales ont décrété un couvre-feu dans la ville."
)


def test_french_article_is_skipped_with_reason() -> None:
    """French article is skipped with reason."""
    article = article_from_input(FRENCH)
    assert article.status == "skipped"
    assert article.reason.startswith("not English (detected 'fr')")
    assert article.language == "fr"
    assert article.text == FRENCH  # not mangled, just not coded


def test_french_jsonl_line_is_skipped_and_keeps_its_id() -> None:
    """French JSONL line is skipped and keeps its id."""
    article = article_from_record({"id": "fr1", "text": FRENCH}, origin="in.jsonl:1")
    assert article.status == "skipped"
    assert article.id == "fr1"
    assert article.reason.startswith("in.jsonl:1: not English")


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram militants raided Dikwa.",
        "Al Shabaab attacked AMISOM in Mogadishu.",
        "Chadian army helicopters strike a Boko Haram camp near Bol, nine dead.",
        "Herders attack and kill a farmer, torch his barn in Agatu on 11/03.",
    ],
)
def test_short_name_heavy_english_is_not_skipped(text: str) -> None:
    """Short English text heavy with names is not skipped as another language."""
    article = article_from_input(text)
    assert article.status == "ok"
    assert article.language == "en"


def test_english_seed_is_english(seed_txt: str) -> None:
    """The seed article is detected as English."""
    assert article_from_input(seed_txt).language == "en"


def test_no_dev_line_is_skipped(shared_dir: Path) -> None:
    """No dev line is skipped."""
    lines = (shared_dir / "eval/acled_dev.jsonl").read_text("utf-8").splitlines()[:300]
    skipped = [
        r["id"]
        for r in map(json.loads, lines)
        if article_from_record({"id": r["id"], "text": r["text"]}).status != "ok"
    ]
    assert skipped == []


# Prose written for these tests, one report each, in the languages most often met beside English.
OTHER_LANGUAGES = [
    FRENCH,
    "Hombres armados atacaron el lunes un puesto de policía en el norte del país y mataron a tres "
    "agentes, según fuentes de seguridad. Los atacantes huyeron en motocicletas antes de la "
    "llegada de los refuerzos y las autoridades decretaron un toque de queda en la ciudad.",
    "Homens armados atacaram na segunda-feira um posto da polícia no norte do país, matando três "
    "agentes e ferindo vários civis, segundo fontes de segurança. Os atacantes fugiram de mota "
    "antes da chegada dos reforços e foi aberto um inquérito pelas autoridades locais.",
    "Bewaffnete Männer haben am Montagabend eine Polizeiwache im Norden des Landes angegriffen "
    "und drei Beamte getötet, wie Sicherheitskreise mitteilten. Was die Angreifer wollten, ist "
    "unklar; sie flohen auf Motorrädern, bevor Verstärkung eintraf, und die Behörden verhängten "
    "eine Ausgangssperre.",
    "Gewapende mannen hebben maandagavond een politiepost in het noorden van het land aangevallen "
    "en drie agenten gedood, zo meldden veiligheidsbronnen. Of de daders gepakt worden is de "
    "vraag; zij vluchtten op motoren voordat er versterking was en de burgemeester kondigde een "
    "avondklok af.",
    "Watu wenye silaha walishambulia kituo cha polisi kaskazini mwa nchi Jumatatu usiku na kuua "
    "maafisa watatu, kwa mujibu wa vyanzo vya usalama. Washambuliaji walikimbia kwa pikipiki "
    "kabla ya msaada kufika na mamlaka zimetangaza amri ya kutotoka nje mjini.",
]
ENGLISH_PROSE = [
    "Gunmen attacked a police post in the north of the country on Monday evening and killed three "
    "officers, security sources said. The attackers, who arrived on motorcycles, fled before "
    "reinforcements came, and the local authorities declared a curfew in the town.",
    "Police in Kisumu fired tear gas at protesters who had blocked the main road to the airport "
    "on Tuesday. They were demanding the release of a local councillor arrested after a rally "
    "that turned violent, witnesses told the Daily Nation.",
    "Security forces in Balochistan said that militants from a banned group had ambushed a convoy "
    "near Turbat, killing two soldiers. The army spokesman said the attackers were pursued into "
    "the hills, where a search was still under way when this report was filed.",
]


@pytest.mark.parametrize("text", OTHER_LANGUAGES)
def test_other_languages_are_not_taken_for_plain_english(text: str) -> None:
    """The word-share shortcut never claims a report in another language."""
    from eventcoder.ingest.language import plainly_english

    assert not plainly_english(text)


@pytest.mark.parametrize("text", ENGLISH_PROSE)
def test_english_prose_is_plainly_english_and_the_model_agrees(text: str) -> None:
    """English prose takes the shortcut, and the n-gram model would have said English too."""
    from eventcoder.ingest.language import ENGLISH_LIKE, detect_language, plainly_english

    assert plainly_english(text)
    assert detect_language(text)[0] in ENGLISH_LIKE
    assert article_from_input(text).language == "en"


def test_french_with_an_english_quote_still_goes_to_the_model() -> None:
    """A French report quoting a sentence of English is still read by the model and skipped."""
    text = FRENCH + ' « We will not leave », a déclaré un habitant du quartier aux journalistes.'
    assert article_from_input(text).status == "skipped"
