"""Tables derived from installed data packages, kept on disk between runs to cut start-up.

A table is rebuilt when its key (the source packages' versions and the build parameters) changes
or the cached file is unreadable; a cache that cannot be written only costs the rebuild next time.
Location: $EVENTCODER_CACHE, else $XDG_CACHE_HOME/eventcoder, else ~/.cache/eventcoder.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """The directory cached tables live in."""
    explicit = os.environ.get("EVENTCODER_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventcoder"


def package_versions(*names: str) -> str:
    """'name=version' of each installed distribution ('name=?' when missing)."""
    out = []
    for name in names:
        try:
            out.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}=?")
    return ",".join(out)


def files_key(*paths: Path) -> str:
    """A key that changes with the bytes of any of ``paths`` (data files and the code reading
    them) and with the Python build; a missing file counts as empty."""
    digest = hashlib.sha1(sys.version.encode("utf-8"))
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError:
            data = b""
        digest.update(f"{Path(path).name}:{len(data)}:".encode() + data)
    return digest.hexdigest()


def cached_table(name: str, key: str, build: Callable[[], T]) -> T:
    """The table ``build()`` returns, read from the disk cache when built before with ``key``."""
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    path = cache_dir() / f"{name}-{digest}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)  # noqa: S301 - our own cache file, written below
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as tmp:
            pickle.dump(value, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)  # readers never see a half-written file
    except OSError:
        pass
    return value


def cached_array(name: str, key: str, build: Callable[[], Any]) -> Any:
    """The numpy array ``build()`` returns, mapped read-only from the disk cache when built
    before with ``key``: pages are read as they are used instead of copied in at start-up."""
    import numpy as np

    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    path = cache_dir() / f"{name}-{digest}.npy"
    try:
        return np.load(path, mmap_mode="r", allow_pickle=False)
    except (OSError, ValueError):
        pass
    value = np.asarray(build())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, suffix=".npy",
                                         delete=False) as tmp:
            np.save(tmp, value, allow_pickle=False)
        os.replace(tmp.name, path)  # readers never see a half-written file
    except OSError:
        pass
    return value
