"""A per-user cache of what start-up builds from the package's data (the actor lexicon, the
tokens of its patterns), so that a second `dyads` process loads in a fraction of the time.

A cached file is named by a fingerprint of everything that could change what it holds: the
source and data files of the dyads package, the versions of Python and of the libraries that
build it, and the contents of the user's own files. Any change gives a new name, so a stale
file is never read, and a file of the same kind left unused for `STALE_AFTER` is deleted
when a new one is stored; an unreadable or unwritable cache only costs the time it would save.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

# How long a cache file may go unread before a newer file of its kind replaces it: long enough
# for two installed versions used in turn, short enough that upgrades do not pile up files.
STALE_AFTER = 14 * 24 * 3600.0
# Libraries whose versions change what the cached objects hold.
_LIBRARIES = ("spacy", "pycountry", "PyYAML")


def cache_dir() -> Path:
    """DYADS_CACHE_DIR, else $XDG_CACHE_HOME/dyads, else ~/.cache/dyads."""
    if os.environ.get("DYADS_CACHE_DIR"):
        return Path(os.environ["DYADS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dyads"


@functools.cache
def package_fingerprint() -> str:
    """A digest of the dyads package's files (code and data) and of the library versions."""
    digest = hashlib.sha256(sys.version.encode())
    for name in _LIBRARIES:
        digest.update(f"{name}={library_version(name)}".encode())
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def cached(
    kind: str, build: Callable[[], T], key: Sequence[str] = (), files: Sequence[str | Path] = ()
) -> T:
    """What `build()` returns, read from the cache when a file of this `kind` was stored for
    the same package, `key` strings and `files` contents, else built and stored."""
    digest = hashlib.sha256(package_fingerprint().encode())
    for part in key:
        digest.update(b"\0" + part.encode())
    try:
        for file in files:
            digest.update(b"\0" + Path(file).read_bytes())
    except OSError:
        return build()  # which reports the unreadable file in its own words
    path = cache_dir() / f"{kind}-{digest.hexdigest()[:24]}.pickle"
    found = load(path)
    if found is not None:
        _touch(path)
        return found  # type: ignore[no-any-return]
    value = build()
    store(path, value)
    prune(kind, keep=path)
    return value


def prune(kind: str, keep: Path) -> None:
    """Delete the cache files of `kind` other than `keep` that no process has read for
    `STALE_AFTER` seconds: each upgrade of dyads or of its libraries names a new file, and the
    old one would never be read again."""
    cutoff = time.time() - STALE_AFTER
    for old in keep.parent.glob(f"{kind}-*.pickle"):
        try:
            if old != keep and old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError as e:
            log.debug("stale cache file %s not deleted (%s)", old, e)


def _touch(path: Path) -> None:
    """Mark a cache file as read now (its modification time), so that pruning keeps it."""
    try:
        os.utime(path)
    except OSError as e:
        log.debug("cache file %s not touched (%s)", path, e)


def digest(parts: Sequence[str]) -> str:
    """A short digest of `parts`, for naming a cache file by what it depends on."""
    found = hashlib.sha256()
    for part in parts:
        found.update(b"\0" + part.encode())
    return found.hexdigest()[:24]


def load(path: Path) -> object | None:
    """The object pickled at `path`, or None when there is none or it cannot be read."""
    try:
        with path.open("rb") as file:
            return pickle.load(file)  # noqa: S301 - a file this process's user wrote
    except FileNotFoundError:
        return None
    except Exception as e:  # a truncated or foreign file: rebuilding is always correct
        log.debug("cache file %s unreadable (%s); rebuilding", path, e)
        return None


def store(path: Path, value: object) -> None:
    """Pickle `value` to `path` atomically (a reader sees the old file or the whole new one);
    a cache that cannot be written is skipped."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as file:
            temporary = Path(file.name)
            pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError as e:
        log.debug("cache file %s not written (%s)", path, e)
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def library_version(name: str) -> str:
    """The installed version of the distribution `name` ("-" when not installed)."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"
