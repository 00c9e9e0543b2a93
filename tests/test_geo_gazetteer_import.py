"""`eventcoder gazetteer import`: GeoNames dump files (written here, in GeoNames' own format) add
villages, districts and alternate names to a copy of the index."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from eventcoder.cli import main
from eventcoder.geoparser.gazetteer import Gazetteer, get_gazetteer

# geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, cc2, admin1..4, population,
# elevation, dem, timezone, modified: the 19 columns of allCountries.txt / XX.txt.
_ROWS = [
    # a neighbourhood of Karachi (Sindh is PK.05) that the PyPI cities lack
    ("90000001", "Safoora Goth", "Safoora Goth", "Safura Goth,Safoorah Goth", "24.9450", "67.1530",
     "P", "PPL", "PK", "", "05", "", "", "", "0"),
    # a district (ADM3) of Punjab, Pakistan (PK.04), and a village inside it
    ("90000002", "Kharian Tehsil", "Kharian Tehsil", "", "32.8110", "73.8650", "A", "ADM3", "PK",
     "", "04", "", "90", "", "0"),
    ("90000003", "Dhakki Wal", "Dhakki Wal", "", "32.7700", "73.9000", "P", "PPL", "PK", "", "04",
     "91", "90", "", "0"),
    # an abandoned place: no event location today
    ("90000004", "Old Qaryat Zed", "Old Qaryat Zed", "", "33.0", "44.0", "P", "PPLQ", "IQ", "",
     "07", "", "", "", "0"),
    # a stream: not a place an event is placed at
    ("90000005", "Wadi Zed", "Wadi Zed", "", "33.1", "44.1", "H", "STM", "IQ", "", "07", "", "",
     "", "0"),
]


def _table(rows) -> str:
    return "".join("\t".join(r + ("", "", "Asia/Karachi", "2024-01-01")) + "\n" for r in rows)


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("geonames")
    with zipfile.ZipFile(folder / "PK.zip", "w") as zf:
        zf.writestr("readme.txt", "GeoNames readme\n")
        zf.writestr("PK.txt", _table(_ROWS))
    # alternateNamesV2: id, geonameid, language, name, preferred, short, colloquial, historic
    alternates = "\n".join([
        "1\t1168873\ten\tNorth-West Frontier Province\t\t\t\t1\t\t",
        "2\t1168873\tlink\thttps://en.wikipedia.org/wiki/Khyber_Pakhtunkhwa\t\t\t\t\t\t",
        "3\t1164807\ten\tSindh Zed Colloquial\t\t\t1\t\t\t",
    ]) + "\n"
    with zipfile.ZipFile(folder / "alternateNamesV2.zip", "w") as zf:
        zf.writestr("alternateNamesV2.txt", alternates)
        zf.writestr("iso-languagecodes.txt", "ISO 639-3\tISO 639-2\n")
    # admin2Codes.txt: code, name, ascii name, geonameid (plain text, as downloaded)
    (folder / "admin2Codes.txt").write_text("PK.04.91\tGujrāt District\tGujrat District\t90000009\n")
    out = folder / "gazetteer.sqlite"
    files = [str(folder / "PK.zip"), str(folder / "alternateNamesV2.zip"),
             str(folder / "admin2Codes.txt")]
    assert main(["gazetteer", "import", *files, "--out", str(out)]) == 0
    return out, {"folder": folder}


def test_import_adds_villages_and_districts_linked_to_their_province(imported):
    gaz = Gazetteer(imported[0])
    village = gaz.lookup("Safoora Goth")[0].place
    assert (village.kind, village.cc, village.admin1, village.precision) == (
        "city", "PK", "Sindh", "city")
    assert gaz.lookup("Safura Goth")[0].place.gid == village.gid  # its alternate spelling
    tehsil = next(c.place for c in gaz.lookup("Kharian Tehsil"))
    assert (tehsil.kind, tehsil.admin1) == ("adm2", "Punjab")
    village = gaz.lookup("Dhakki Wal")[0].place
    assert (village.admin1, village.admin2, village.a2) == ("Punjab", "Gujrat District", 90000009)
    assert gaz.lookup("Old Qaryat Zed") == () and gaz.lookup("Wadi Zed") == ()
    # the places the packages already had are still there, unchanged
    assert gaz.lookup("Karachi")[0].place == get_gazetteer().lookup("Karachi")[0].place


def test_import_adds_historical_names_but_no_links_or_colloquial_names(imported):
    gaz = Gazetteer(imported[0])
    assert [c.place.name for c in gaz.lookup("North-West Frontier Province")] == [
        "Khyber Pakhtunkhwa"]
    assert gaz.lookup("Sindh Zed Colloquial") == ()
    assert not get_gazetteer().lookup("Safoora Goth")  # the default index is left as it was


def test_geocode_command_finds_a_village_only_the_import_knows(imported):
    env = dict(os.environ, EVENTCODER_GAZETTEER=str(imported[0]))
    text = "Gunmen shot dead two men in Safoora Goth, Karachi on Monday."
    proc = subprocess.run([sys.executable, "-m", "eventcoder", "geocode", text, "--json"],
                          capture_output=True, text=True, env=env, check=True, timeout=300)
    found = {item["text"]: item["choice"] for item in json.loads(proc.stdout)}
    assert found.get("Safoora Goth") == "Safoora Goth"
    assert found.get("Karachi") == "Karachi"
