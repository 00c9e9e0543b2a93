"""The language model read from the disk cache (its big table mapped) answers as the packaged one."""

from __future__ import annotations

import pytest

from eventcoder.ingest import language

# Written for this test: news sentences in several languages, and an English one full of names.
TEXTS = [
    "Gunmen killed five farmers in Gwoza, Borno State, on Sunday, residents told reporters.",
    "Des hommes armés ont tué cinq agriculteurs dimanche près de Gao, selon des habitants.",
    "Hombres armados asesinaron a cinco campesinos el domingo en Tumaco, informó el ejército.",
    "Bewaffnete haben am Sonntag fünf Bauern in einem Dorf im Norden des Landes getötet.",
    "Watu wenye silaha waliwaua wakulima watano siku ya Jumapili karibu na mji wa Beni.",
    "Homens armados mataram cinco agricultores no domingo em Cabo Delgado, disse a polícia.",
    "Al-Shabaab fighters attacked a base near Afgooye; two AMISOM soldiers died.",
]


@pytest.fixture()
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTCODER_CACHE", str(tmp_path / "cache"))
    language._identifier.cache_clear()
    yield tmp_path / "cache"
    language._identifier.cache_clear()


def _packaged_ranks() -> list[list[tuple[str, float]]]:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    packaged = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    return [packaged.rank(t) for t in TEXTS]


def test_the_cached_model_ranks_languages_as_the_packaged_model(fresh_cache) -> None:
    expected = _packaged_ranks()
    built = [language._identifier().rank(t) for t in TEXTS]  # cache miss: unpacks and writes
    assert sorted(p.name.split("-")[0] for p in fresh_cache.iterdir()) == ["langid_ptc", "langid_rest"]
    language._identifier.cache_clear()
    mapped = [language._identifier().rank(t) for t in TEXTS]  # cache hit: the table is mapped
    assert built == expected
    assert mapped == expected
    assert [r[0][0] for r in mapped[:6]] == ["en", "fr", "es", "de", "sw", "pt"]
