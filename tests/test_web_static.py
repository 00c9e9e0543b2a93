"""The served UI: same-origin assets only, module imports resolvable, modules that parse."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from eventcoder.web import static_dir, vendor_ready

REPO = Path(__file__).resolve().parents[1]
STATIC = static_dir()
# Our own files; vendor/ holds third-party copies that `make -C web build` puts there.
OUR_FILES = sorted(p for p in STATIC.rglob("*") if p.is_file() and "vendor" not in p.relative_to(STATIC).parts)
MODULES = sorted((STATIC / "js").glob("*.js"))
EXTERNAL = re.compile(r"^(https?:)?//")


def test_index_html_is_in_the_package() -> None:
    """static_dir() holds the page the API serves at /, with its stylesheet and entry module."""
    assert (STATIC / "index.html").is_file()
    assert (STATIC / "css" / "app.css").is_file()
    assert (STATIC / "js" / "main.js").is_file()


def test_index_loads_only_from_its_own_origin() -> None:
    """No CDN: every script and stylesheet in index.html is a relative path to a file we serve."""
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert refs, "index.html references no assets"
    for ref in refs:
        assert not EXTERNAL.match(ref), f"external reference {ref}"
        if ref.startswith(("#", "data:")):
            continue
        # vendor/ exists only after the build; our own files must always be there.
        assert (STATIC / ref).is_file() or ref.startswith("vendor/"), f"index.html names missing {ref}"


def test_index_vendor_references_are_built() -> None:
    """After `make -C web build`, every vendor file index.html names is served from vendor/."""
    if not vendor_ready():
        pytest.skip("vendor files absent: `make -C web build` has not run here")
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    for ref in re.findall(r'(?:src|href)="(vendor/[^"]+)"', html):
        assert (STATIC / ref).is_file(), f"index.html names {ref}, which the build does not copy"


@pytest.mark.parametrize("path", [p for p in OUR_FILES if p.suffix in {".js", ".css"}], ids=lambda p: p.name)
def test_no_external_urls_in_code(path: Path) -> None:
    """Scripts and styles fetch nothing from another host (the map has no tile server)."""
    text = path.read_text(encoding="utf-8")
    loads = re.findall(r"""(?:fetch\(|from\s+|import\(|url\(|open\("\w+",\s*)\s*["']?((?:https?:)?//[^"')]*)""", text)
    assert not loads, f"{path.name} loads from another host: {loads}"


def test_module_imports_resolve() -> None:
    """Each relative ES module import names a file that exists."""
    assert MODULES, "no modules in static/js"
    for path in MODULES:
        for target in re.findall(r'from\s+"(\./[^"]+)"', path.read_text(encoding="utf-8")):
            assert (path.parent / target).is_file(), f"{path.name} imports missing {target}"


def test_vendor_files_are_built_when_node_modules_exist() -> None:
    """After `npm ci`, the build copies Leaflet, topojson-client and the outlines into vendor/."""
    if not (REPO / "web" / "node_modules").is_dir():
        pytest.skip("web/node_modules absent: `make -C web build` has not run here")
    assert vendor_ready(), "vendor files missing: run `make -C web build`"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_modules_parse_with_node(path: Path) -> None:
    """Every module is valid ES module JavaScript.

    Parsed from stdin as a module: nothing marks static/js as ES modules, and `node --check file`
    lets a broken file through when it guesses CommonJS.
    """
    node = shutil.which("node")
    if not node:
        pytest.skip("node is not installed")
    result = subprocess.run(
        [node, "--input-type=module", "--check"],
        input=path.read_text(encoding="utf-8"),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, f"{path.name}: {result.stderr}"
