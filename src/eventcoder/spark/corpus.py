"""A reproducible synthetic news corpus for the equality test and ``bench-spark``.

Incidents are drawn at random (place, type, date, toll) and each is reported by one to three
outlets in different words, so merging has real work: repeated reports, neighbours of the same
type on other days, undated reports, arrests that follow an earlier bombing. A few inputs are
broken on purpose (bad JSON, empty text, not English) and must come out as error/skipped rows.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

# (place, admin1, country): towns the bundled gazetteer knows.
PLACES = (
    ("Maiduguri", "Borno", "Nigeria"), ("Konduga", "Borno", "Nigeria"), ("Kano", "Kano", "Nigeria"),
    ("Mogadishu", "Banaadir", "Somalia"), ("Baidoa", "Bay", "Somalia"),
    ("Gao", "Gao", "Mali"), ("Mopti", "Mopti", "Mali"), ("Djibo", "Sahel", "Burkina Faso"),
    ("Goma", "North Kivu", "Democratic Republic of the Congo"), ("Beni", "North Kivu", "Democratic Republic of the Congo"),
    ("Kandahar", "Kandahar", "Afghanistan"), ("Peshawar", "Khyber Pakhtunkhwa", "Pakistan"),
    ("Mosul", "Nineveh", "Iraq"), ("Garissa", "Garissa", "Kenya"), ("Marawi", "Lanao del Sur", "Philippines"),
)
GROUPS = ("Boko Haram", "al-Shabaab", "ISWAP", "the Islamic State", "JNIM", "ADF rebels", "M23 rebels")
OUTLETS = ("Daily Monitor", "Sahel Wire", "Horn Observer", "Frontline Post")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Each kind: several wordings of one incident ({n} dead, {m} hurt, {g} group, {p} place, {d} day).
REPORTS: dict[str, tuple[str, ...]] = {
    "bombing": (
        "A suicide bomber blew himself up at a crowded market in {p}, {a}, on {d}, killing {n} people and wounding {m}, police said.",
        "At least {n} people were killed when a bomber detonated explosives at the main market in {p} on {d}. Officials said {m} others were injured. {g} was suspected.",
        "Witnesses described chaos in {p} after an explosion tore through the market on {d}. The death toll rose to {n}, a hospital official said.",
    ),
    "clash": (
        "Soldiers clashed with {g} fighters near {p} in {a} on {d}, and {n} soldiers were killed in the fighting, the army said.",
        "Heavy fighting broke out between troops and {g} militants on the outskirts of {p} on {d}. A military spokesman said {n} soldiers died.",
    ),
    "attack": (
        "Gunmen attacked a village near {p} on {d}, killing {n} civilians and burning homes, local officials said.",
        "Armed men stormed a village outside {p} in {a} on {d} and shot dead {n} villagers, residents told reporters.",
        "{n} villagers were killed when gunmen raided their community near {p} on {d}, a local leader said.",
    ),
    "protest": (
        "Police fired tear gas at thousands of protesters in {p} on {d} as they marched against rising fuel prices.",
        "Security forces used tear gas to disperse demonstrators in {p} on {d}; {m} people were injured, organisers said.",
    ),
    "kidnap": (
        "Gunmen abducted {n} aid workers on the road outside {p} on {d}, their organisation said.",
        "Armed men kidnapped {n} humanitarian workers near {p} in {a} on {d}, officials said.",
    ),
}
ARREST = (
    "Police in {p} said on {d} they had arrested {n} suspects in connection with the market "
    "bombing in the town last week."
)
UNDATED = "Residents of {p} say attacks by {g} on farmers have become common, and {n} people were killed in the latest raid."


def _incident(rng: random.Random, start: dt.date) -> dict[str, Any]:
    place, admin1, country = rng.choice(PLACES)
    return {
        "kind": rng.choice(tuple(REPORTS)),
        "place": place, "admin1": admin1, "country": country,
        "group": rng.choice(GROUPS),
        "date": start + dt.timedelta(days=rng.randrange(0, 120)),
        "dead": rng.randrange(2, 40), "hurt": rng.randrange(3, 60),
    }


def _article(rng: random.Random, inc: dict[str, Any], template: str, k: int, lag: int) -> dict[str, Any]:
    published = inc["date"] + dt.timedelta(days=lag)
    day = WEEKDAYS[inc["date"].weekday()] if 0 < lag < 6 else inc["date"].strftime("%B %-d")
    text = template.format(
        p=inc["place"], a=inc["admin1"], d=day, n=inc["dead"], m=inc["hurt"], g=inc["group"]
    )
    outlet = OUTLETS[k % len(OUTLETS)]
    return {
        "id": f"syn-{inc['id']}-{k}",
        "text": f"{text} The area has seen repeated violence this year.",
        "url": f"https://news.example.org/{inc['id']}/{k}",
        "published": published.isoformat(),
        "source": outlet,
        "title": f"{inc['kind'].title()} in {inc['place']}",
    }


def synthetic_articles(n: int, seed: int = 16) -> list[dict[str, Any]]:
    """About ``n`` article records (JSON-ready), deterministic for a seed."""
    rng = random.Random(seed)
    start = dt.date(2024, 3, 1)
    out: list[dict[str, Any]] = []
    number = 0
    while len(out) < n:
        number += 1
        inc = {**_incident(rng, start), "id": f"{number:05d}"}
        templates = list(REPORTS[inc["kind"]])
        rng.shuffle(templates)
        for k, template in enumerate(templates[: rng.randint(1, 3)]):
            out.append(_article(rng, inc, template, k, rng.randrange(0, 3)))
        if inc["kind"] == "bombing" and rng.random() < 0.5:
            later = {**inc, "date": inc["date"] + dt.timedelta(days=rng.randrange(2, 6))}
            out.append({**_article(rng, later, ARREST, 9, 0), "title": "Arrests"})
        if rng.random() < 0.08:
            record = _article(rng, inc, UNDATED, 8, 0)
            record.pop("published")
            out.append(record)
    return out[:n]


def broken_lines() -> list[str]:
    """Inputs that must become error or skipped rows, never a failed job."""
    return [
        '{"id": "broken-1", "text": "Gunmen attacked',  # cut-off JSON
        json.dumps({"id": "empty-1", "text": "   "}),
        json.dumps({"id": "french-1", "text": "Des hommes armés ont attaqué mardi un village "
                    "près de Gao, dans le nord du Mali, tuant cinq personnes et incendiant des "
                    "maisons, selon des sources locales. Les habitants ont fui vers la ville, où "
                    "les autorités ont renforcé la sécurité autour du marché et des écoles."}),
        json.dumps({"id": "html-1", "url": "https://news.example.org/html-1", "html":
                    "<html><head><title>Clash</title></head><body><article><p>Troops clashed "
                    "with JNIM fighters near Mopti on Monday, and four soldiers were killed, "
                    "the army said.</p></article></body></html>", "published": "2024-04-02"}),
    ]


def write_corpus(folder: str | Path, n: int, seed: int = 16, parquet_share: float = 0.3) -> Path:
    """Write ~n articles as a folder of JSONL (with broken lines) and Parquet; return it."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    records = synthetic_articles(n, seed)
    cut = int(len(records) * (1 - parquet_share))
    lines = [json.dumps(r, ensure_ascii=False) for r in records[:cut]]
    lines[len(lines) // 2 : len(lines) // 2] = broken_lines()
    lines.append(lines[0])  # the same article twice: one row out, the first
    (out / "part-1.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if records[cut:]:
        keys = ("id", "text", "url", "published", "source", "title")
        table = pa.Table.from_pylist([{k: r.get(k) for k in keys} for r in records[cut:]])
        pq.write_table(table, out / "part-2.parquet")
    return out
