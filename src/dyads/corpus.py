"""Coding a corpus in parallel: batches of articles coded in this process, in N local processes,
or on a Dask cluster, streamed so that memory does not grow with the corpus.

Each worker loads the spaCy pipeline and the lexicons once and codes the batches it is sent;
at most a few batches per worker are in flight, so the input is read only as fast as it is
coded. Results come back as they are done, not in input order: the caller's single writer
keys articles by their text, so order does not matter.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from .coder import Coder, end_with_parent, sized_batches
from .config import Settings
from .errors import ConfigError
from .records import Article, CodedArticle, Rejection

# Batches in flight per worker: enough to keep each busy while the writer stores results.
_IN_FLIGHT_PER_WORKER = 2

_CONNECT_TIMEOUT = "10s"
_worker_coder: Coder | None = None


def _code_on_worker(settings: Settings, batch: list[Article]) -> list[CodedArticle | Rejection]:
    """Code one batch in a worker process, loading the coder on the worker's first batch."""
    global _worker_coder
    if _worker_coder is None or _worker_coder.settings != settings:
        # Workers already use the cores (or run in a threaded Dask worker, where forking is
        # unsafe): each parses a long article's pieces itself.
        _worker_coder = Coder(dataclasses.replace(settings, piece_jobs=1))
    return list(_worker_coder.code_many(batch))


def code_corpus(
    articles: Iterable[Article],
    settings: Settings,
    workers: int = 1,
    scheduler: str | None = None,
) -> Iterator[list[CodedArticle | Rejection]]:
    """Coded batches of `articles`: in this process (workers=1), in `workers` local processes,
    or on the Dask cluster whose scheduler is at `scheduler` ("tcp://host:8786"). An article
    that cannot be coded is a Rejection in its batch (`Coder.code_many`)."""
    chunks = sized_batches(articles, settings.batch_size, settings.batch_chars)
    if scheduler is not None:
        yield from _on_dask(chunks, settings, scheduler)
    elif workers <= 1:
        coder = Coder(settings)
        for batch in chunks:
            yield list(coder.code_many(batch))
    else:
        # Spawned, not forked: a fork would copy the writer's open DuckDB connection and threads.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=end_with_parent,
            initargs=(os.getpid(),),
        ) as pool:
            yield from _bounded(
                chunks, lambda b: pool.submit(_code_on_worker, settings, b), workers, _wait_any
            )


def _wait_any(futures: set[Any]) -> tuple[set[Any], set[Any]]:
    done, pending = wait(futures, return_when=FIRST_COMPLETED)
    return done, pending


def _bounded(
    chunks: Iterator[list[Article]],
    submit: Callable[[list[Article]], Any],
    workers: int,
    wait_some: Callable[[set[Any]], tuple[set[Any], set[Any]]],
) -> Iterator[list[CodedArticle | Rejection]]:
    """Keep at most a few batches per worker in flight, yielding results as they finish."""
    limit = max(1, workers) * _IN_FLIGHT_PER_WORKER
    pending: set[Future[list[CodedArticle | Rejection]]] = set()
    for batch in chunks:
        pending.add(submit(batch))
        if len(pending) >= limit:
            done, pending = wait_some(pending)
            for future in done:
                yield future.result()
    while pending:
        done, pending = wait_some(pending)
        for future in done:
            yield future.result()


def _on_dask(
    chunks: Iterator[list[Article]], settings: Settings, scheduler: str
) -> Iterator[list[CodedArticle | Rejection]]:
    try:
        from distributed import Client
        from distributed import wait as dask_wait
        from distributed.comm import parse_address
        from distributed.comm.registry import backends as comm_backends
    except ImportError:
        raise ConfigError(
            "coding on a Dask cluster (--scheduler) needs Dask: pip install 'dyads[dask]'"
        ) from None

    def wait_some(futures: set[Any]) -> tuple[set[Any], set[Any]]:
        result = dask_wait(list(futures), return_when="FIRST_COMPLETED")
        return set(result.done), set(result.not_done)

    def refuse(reason: str) -> ConfigError:
        return ConfigError(
            f"cannot use the Dask scheduler {scheduler!r} ({reason}); give its address as "
            "tcp://host:8786"
        )

    # An address Dask cannot use is refused before a client starts: a client that fails to
    # start can leave this process waiting on its event loop.
    scheme, location = parse_address(scheduler)
    if scheme not in comm_backends or ":" not in location:
        raise refuse(f"no {scheme}:// address Dask can reach")
    try:
        client = Client(scheduler, timeout=_CONNECT_TIMEOUT)
    except (OSError, ValueError) as e:
        raise refuse(str(e).splitlines()[0]) from e
    with client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from _bounded(
            chunks,
            lambda b: client.submit(_code_on_worker, settings, b, pure=False),
            workers,
            wait_some,
        )
