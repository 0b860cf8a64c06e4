"""The numerical backend of the pipeline's matrix products, chosen at run time by a timed probe.

thinc's NumpyOps multiplies matrices with BLIS, single-threaded. NumPy's own `matmul` uses the
BLAS NumPy was built with (OpenBLAS in the wheels), multi-threaded as the machine's OPENBLAS_*
settings allow (dyads leaves them alone): on an idle machine it parses faster in wall time,
for a little more CPU time; on a machine whose cores are busy, or with one coding process per
core, its threads compete and BLIS is faster. So neither is always best, and the choice is
measured: `probe` parses a sample with each, in as many processes as will code, alternating,
and keeps NumPy's only when it is faster and gives exactly the same annotations. The answer
is cached per machine (`cache.cached`), so the probe runs once.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import platform
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from importlib import resources

import numpy
from spacy.language import Language
from thinc.api import NumpyOps

from .. import cache
from ..errors import ConfigError

BLIS = "blis"
MATMUL = "numpy-matmul"
AUTO = "auto"
BACKENDS = (BLIS, MATMUL)
# The probe parses the package's sample story this many times in one batch: about the size of
# a batch of short stories, on which the backends compare as they do on a corpus.
_PROBE_COPIES = 8
# NumPy's backend is kept only when the probe finds it at least this much faster.
_MARGIN = 0.97


class MatmulOps(NumpyOps):
    """thinc's NumpyOps with float32 matrix products by `numpy.matmul` instead of BLIS."""

    name = "dyads-numpy-matmul"

    def gemm(self, x, y, out=None, trans1=False, trans2=False):  # type: ignore[no-untyped-def]
        if x.dtype != numpy.float32 or y.dtype != numpy.float32:
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out


def choose_backend(nlp: Language, setting: str, jobs: int = 1) -> str:
    """Set `nlp`'s backend by `setting` (`blis`, `numpy-matmul`, or `auto`: the faster for
    `jobs` coding processes, by the cached `probe`) and return it.

    Raises ConfigError for an unknown setting.
    """
    backend = backend_for(nlp, setting, jobs)
    if backend_of(nlp) != backend:
        use_backend(nlp, backend)
    return backend


def backend_for(nlp: Language, setting: str, jobs: int = 1) -> str:
    """The backend `choose_backend` sets, without setting it.

    Raises ConfigError for an unknown setting.
    """
    if setting not in (AUTO, *BACKENDS):
        raise ConfigError(
            f"setting numeric_backend={setting!r} is unknown; use auto, {', '.join(BACKENDS)}"
        )
    return setting if setting != AUTO else _probed(nlp, max(1, jobs))


def _probed(nlp: Language, jobs: int) -> str:
    """The backend the probe chooses for `nlp` and `jobs` on this machine: asked once per
    process, and kept in the start-up cache directory for later processes."""
    key = (*machine_key(), nlp.meta.get("name", ""), nlp.meta.get("version", ""), str(jobs))
    return _probed_once(nlp, key)


@functools.lru_cache(maxsize=8)
def _probed_once(nlp: Language, key: tuple[str, ...]) -> str:
    path = cache.cache_dir() / f"backend-{cache.digest(key)}.pickle"
    found = cache.load(path)
    if isinstance(found, Probe):
        return found.chosen
    if threading.active_count() > 1:
        # A process with other threads (a server's) may be parsing with this pipeline now:
        # switching its backend to time it is not safe, so it keeps thinc's default.
        return BLIS
    sample = resources.files("dyads").joinpath("data/backend_probe.txt").read_text("utf-8")
    result = probe(nlp, [sample] * _PROBE_COPIES, jobs=int(key[-1]))
    cache.store(path, result)
    return result.chosen


def use_backend(nlp: Language, backend: str) -> None:
    """Make every model of `nlp`'s components multiply matrices with `backend`."""
    ops = MatmulOps() if backend == MATMUL else NumpyOps()
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            node.ops = ops


def backend_of(nlp: Language) -> str:
    """The backend `nlp`'s models use now."""
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "ops"):
            return MATMUL if isinstance(model.ops, MatmulOps) else BLIS
    return BLIS


@dataclass(frozen=True, slots=True)
class Probe:
    """What the probe measured: median seconds of the sample's parse per backend (in each of
    `jobs` processes at once), whether NumPy's gave the same annotations, and the choice."""

    jobs: int
    seconds: dict[str, float]
    same: bool
    chosen: str


def probe(nlp: Language, sample: list[str], jobs: int = 1, rounds: int = 3) -> Probe:
    """Parse `sample` with each backend, alternating for `rounds` rounds, in `jobs` processes
    at once (forked, so the load is the one coding will put on the machine), and choose."""
    jobs = max(1, jobs)
    if jobs == 1 or "fork" not in multiprocessing.get_all_start_methods():
        results = [_timed_backends(nlp, sample, rounds)]
    else:
        global _probed_nlp
        _probed_nlp = nlp
        try:
            with ProcessPoolExecutor(
                max_workers=jobs, mp_context=multiprocessing.get_context("fork")
            ) as pool:
                futures = [pool.submit(_timed_forked, sample, rounds) for _ in range(jobs)]
                results = [f.result() for f in futures]
        finally:
            _probed_nlp = None
    seconds = {b: max(r[0][b] for r in results) for b in BACKENDS}
    same = all(r[1] for r in results)
    faster = seconds[MATMUL] < seconds[BLIS] * _MARGIN
    return Probe(jobs, seconds, same, MATMUL if same and faster else BLIS)


@functools.cache
def machine_key() -> tuple[str, ...]:
    """What tells this machine's cores apart, for caching the probe's answer per machine."""
    cpu = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as file:
            cpu = next((line for line in file if line.startswith("model name")), "")
    except OSError:
        cpu = platform.processor()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (platform.node(), platform.machine(), cpu.strip(), str(cores), numpy.__version__)


# The pipeline of a forked probe process (`probe`).
_probed_nlp: Language | None = None


def _timed_forked(sample: list[str], rounds: int) -> tuple[dict[str, float], bool]:
    assert _probed_nlp is not None, "a probe process is forked from a probe"
    return _timed_backends(_probed_nlp, sample, rounds)


def _timed_backends(
    nlp: Language, sample: list[str], rounds: int
) -> tuple[dict[str, float], bool]:
    """Median seconds per backend and whether both annotate `sample` alike; `nlp` is left with
    the backend it had."""
    before = backend_of(nlp)
    times: dict[str, list[float]] = {b: [] for b in BACKENDS}
    annotations: dict[str, list[tuple]] = {}
    try:
        for _ in range(rounds):
            for backend in BACKENDS:
                use_backend(nlp, backend)
                started = time.perf_counter()
                docs = list(nlp.pipe(sample))
                times[backend].append(time.perf_counter() - started)
                annotations[backend] = [_annotations(doc) for doc in docs]
    finally:
        use_backend(nlp, before)
    medians = {b: sorted(t)[len(t) // 2] for b, t in times.items()}
    return medians, annotations[BLIS] == annotations[MATMUL]


def _annotations(doc) -> tuple:  # type: ignore[no-untyped-def]
    return tuple(
        (t.tag, t.pos, t.dep, t.head.i, t.lemma, t.ent_iob, t.ent_type, t.is_sent_start)
        for t in doc
    )
