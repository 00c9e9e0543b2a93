"""The built UI: same-origin assets only, sources and package copy in sync, modules resolvable."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from eventcoder.web import static_dir, vendor_ready

REPO = Path(__file__).resolve().parents[1]
WEB_SRC = REPO / "web" / "src"
OUR_FILES = sorted(p for p in WEB_SRC.rglob("*") if p.is_file())


def test_index_html_is_in_the_package() -> None:
    """static_dir() holds the page the API serves at /."""
    assert (static_dir() / "index.html").is_file()


@pytest.mark.parametrize("path", OUR_FILES, ids=lambda p: str(p.relative_to(WEB_SRC)))
def test_package_copy_matches_sources(path: Path) -> None:
    """`make -C web build` was run after the last edit of web/src (the package ships the copy)."""
    copy = static_dir() / path.relative_to(WEB_SRC)
    assert copy.is_file(), f"{copy} missing: run `make -C web build`"
    assert copy.read_bytes() == path.read_bytes(), f"{copy} is stale: run `make -C web build`"


def test_index_loads_only_from_its_own_origin() -> None:
    """No CDN: every script and stylesheet in index.html is a relative path."""
    html = (WEB_SRC / "index.html").read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert refs, "index.html references no assets"
    for ref in refs:
        assert not re.match(r"^(https?:)?//", ref), f"external reference {ref}"
        assert ref.startswith(("#", "data:")) or (WEB_SRC / ref).is_file() or ref.startswith("vendor/"), ref


@pytest.mark.parametrize("path", [p for p in OUR_FILES if p.suffix in {".js", ".css"}], ids=lambda p: p.name)
def test_no_external_urls_in_code(path: Path) -> None:
    """Scripts and styles fetch nothing from another host (the map has no tile server)."""
    text = path.read_text(encoding="utf-8")
    loads = re.findall(r"""(?:fetch\(|from\s+|import\(|url\(|open\("\w+",\s*)\s*["']?((?:https?:)?//[^"')]*)""", text)
    assert not loads, f"{path.name} loads from another host: {loads}"


def test_module_imports_resolve() -> None:
    """Each relative ES module import names a file that exists."""
    for path in (WEB_SRC / "js").glob("*.js"):
        for target in re.findall(r'from\s+"(\./[^"]+)"', path.read_text(encoding="utf-8")):
            assert (path.parent / target).is_file(), f"{path.name} imports missing {target}"


def test_vendor_files_are_built_when_node_modules_exist() -> None:
    """After `npm ci`, the build copies Leaflet, topojson-client and the outlines into vendor/."""
    if not (REPO / "web" / "node_modules").is_dir():
        pytest.skip("web/node_modules absent: `make -C web build` has not run here")
    assert vendor_ready(), "vendor files missing: run `make -C web build`"


def test_modules_parse_with_node() -> None:
    """Every module is valid JavaScript (node --check; web/package.json makes .js ES modules)."""
    node = shutil.which("node")
    if not node:
        pytest.skip("node is not installed")
    for path in sorted((WEB_SRC / "js").glob("*.js")):
        result = subprocess.run([node, "--check", str(path)], capture_output=True, text=True, timeout=30)
        assert result.returncode == 0, f"{path.name}: {result.stderr}"
