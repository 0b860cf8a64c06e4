"""`dyads ingest`: code input articles and store them, skipping what the store holds already."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Settings
from ..corpus import code_corpus
from ..ingest import read_inputs
from ..records import Article, CodedArticle, Rejection
from .db import Store, content_hash


@dataclass(slots=True)
class IngestReport:
    """What one ingest did: articles read, stored, skipped as already stored, and rejected;
    events stored; clusters in the store after it."""

    read: int = 0
    added: int = 0
    skipped: int = 0
    rejected: int = 0
    events: int = 0
    clusters: int = 0
    seconds: float = 0.0
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Articles coded per second."""
        return self.added / self.seconds if self.seconds else 0.0


def ingest(
    paths: Iterable[str],
    db: str | Path,
    settings: Settings,
    workers: int = 1,
    scheduler: str | None = None,
    on_progress: Callable[[IngestReport], None] | None = None,
    on_rejection: Callable[[Rejection], None] | None = None,
) -> IngestReport:
    """Code the articles of `paths` and store them in the DuckDB file `db`; articles already
    stored (same text) are not coded again, and bad inputs are recorded as rejections. The
    event clusters are rebuilt at the end."""
    report = IngestReport()
    started = time.monotonic()
    with Store.open(db) as store:
        events_before = store.counts()["events"]

        def reject(rejection: Rejection) -> None:
            report.rejected += 1
            report.rejections.append(rejection)
            store.add_rejections([rejection])
            if on_rejection is not None:
                on_rejection(rejection)

        def fresh() -> Iterator[Article]:
            for item in read_inputs(paths, settings.max_article_bytes):
                if isinstance(item, Rejection):
                    reject(item)
                    continue
                report.read += 1
                if store.known([content_hash(item.text)]):
                    report.skipped += 1
                    continue
                yield item

        for batch in code_corpus(fresh(), settings, workers=workers, scheduler=scheduler):
            coded = [item for item in batch if isinstance(item, CodedArticle)]
            for item in batch:
                if isinstance(item, Rejection):
                    reject(item)
            report.added += store.add(coded)
            report.seconds = time.monotonic() - started
            if on_progress is not None:
                on_progress(report)
        report.clusters = store.rebuild_clusters(settings.cluster_window_days)
        report.events = store.counts()["events"] - events_before
    report.seconds = time.monotonic() - started
    return report
