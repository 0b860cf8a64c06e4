"""The `dyads` command: a thin layer over the Python API."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, NoReturn

import click

from .. import __version__
from ..coder import Coder
from ..config import Settings
from ..errors import DyadsError
from ..evaluation import evaluate
from ..ingest import read_inputs
from ..records import Article, CodedArticle, QueryResult, Rejection
from ..serialize import (
    article_dict,
    article_table,
    comparison_dict,
    comparison_table,
    format_table,
    rejection_dict,
)
from ..stances import compare as compare_stances
from ..store import DEFAULT_DB, Store
from ..store.export import FORMATS as EXPORT_FORMATS
from ..store.export import export as export_store
from ..store.ingest import IngestReport
from ..store.ingest import ingest as ingest_paths
from ..store.queries import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, run_query
from ..store.queries import pairs as top_pairs
from ..store.queries import timeline as pair_timeline

# Exit codes (README, "Exit codes").
EXIT_REJECTED = 1  # some inputs were rejected; the rest were coded
EXIT_ERROR = 2  # a usage or configuration error, or an input or output that cannot be used
EXIT_INTERNAL = 3  # a bug in dyads
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)

log = logging.getLogger("dyads")


class _Group(click.Group):
    """The `dyads` group: turns what escapes a command into one line and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("dyads: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except DyadsError as e:
            _fail(str(e))
        except OSError as e:  # the machine's refusal (a full disk, a permission), not a bug
            where = f"{e.filename}: " if e.filename else ""
            _fail(f"{where}{e.strerror or e}")
        except Exception as e:  # the last net: a bug, reported in one line, not a traceback
            log.debug("internal error", exc_info=True)
            detail = str(e).splitlines()[0][:200] if str(e) else ""
            click.echo(
                f"dyads: internal error ({type(e).__name__}: {detail}); this is a bug, please "
                "report it (DYADS_DEBUG=1 shows the traceback)",
                err=True,
            )
            sys.exit(EXIT_INTERNAL)


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _actor_code(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """A CAMEO actor code (USA, USAMIL, IGO) or an organisation's id (NATO, EU)."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9.\-]*", value.strip()):
        raise click.BadParameter(
            f"{value!r} is not an actor; use a CAMEO code such as USA, USAMIL or IGO, or an "
            "organisation's id such as NATO"
        )
    return value.strip().upper()


# Shared by every command that codes text.
config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False),
    help="Settings file (TOML); defaults, then this file, then DYADS_* variables.",
)


# Shared by the commands that write one report.
report_format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)


# Shared by the commands that read a corpus file.
query_format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
count_option = click.option(
    "--count",
    "unit",
    type=click.Choice(["events", "clusters"]),
    default="events",
    show_default=True,
    help="Count every report (events) or every event once (clusters).",
)


def _example(*lines: str) -> str:
    """An epilog, so that every command's --help ends with its example."""
    return "\b\nExample:\n" + "\n".join(f"  {line}" for line in lines)


@click.group(
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=_example("dyads code examples/jiji-2017-08-19-us-japan-two-plus-two.txt"),
)
@click.version_option(__version__, prog_name="dyads")
def cli() -> None:
    """dyads: political event data from English news.

    Exit codes: 0 all coded, 1 some inputs rejected, 2 usage or configuration error, 3 internal
    error, 130 interrupted.
    """
    if os.environ.get("DYADS_DEBUG"):
        logging.basicConfig(level=logging.DEBUG, format="dyads: %(name)s: %(message)s")


@cli.command(
    epilog=_example("dyads code --format json examples/jiji-2017-08-19-us-japan-two-plus-two.txt")
)
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--out", type=click.Path(dir_okay=False, writable=True), help="Write here, not stdout."
)
@click.option(
    "--date", callback=_parse_date, help="Article date YYYY-MM-DD, overriding the text's."
)
@click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Extra actor lexicon (YAML, the package's format); may be repeated.",
)
@config_option
@click.option(
    "--all-modalities", is_flag=True, help="Also output negated and hypothetical events, labelled."
)
def code(
    paths: tuple[str, ...],
    fmt: str,
    out: str | None,
    date: dt.date | None,
    actor_files: tuple[str, ...],
    config_path: str | None,
    all_modalities: bool,
) -> None:
    """Code articles: who did what to whom, as CAMEO and PLOVER events with evidence.

    PATHS are plain-text, JSONL or HTML files, directories of them, or - for stdin. Inputs that
    cannot be coded are reported on stderr, one line each, and the exit code is 1.
    """
    if out:
        _check_out(out, paths)
    try:
        settings = Settings.load(config_path)
        coder = Coder(settings, actor_files=actor_files, all_modalities=all_modalities)
    except DyadsError as e:
        _fail(str(e))
    batch = _Batch(paths, settings, coder, date)
    try:
        stream = open(out, "w", encoding="utf-8") if out else sys.stdout  # noqa: SIM115
    except OSError as e:
        _fail(f"{out}: cannot write ({e.strerror or e})")
    try:
        _write(batch.coded(), fmt, stream, batch.rejections)
        stream.flush()
    except OSError as e:
        _fail(f"{out or '<stdout>'}: cannot write ({e.strerror or e}); the output is incomplete")
    finally:
        if out:
            try:
                stream.close()
            except OSError as e:  # a full disk can surface only when the last bytes are flushed
                _fail(f"{out}: cannot write ({e.strerror or e}); the output is incomplete")
    batch.report()


def _check_out(out: str, paths: tuple[str, ...]) -> None:
    """Refuse an --out that would overwrite an input (opening it empties it before it is
    read) or that lies in a directory that does not exist."""
    target = Path(out)
    for path in paths:
        if path != "-" and Path(path).exists() and target.exists() and target.samefile(path):
            raise click.BadParameter(
                f"{out} is also an input; write to another file", param_hint="--out"
            )
    if not target.resolve().parent.is_dir():
        raise click.BadParameter(
            f"directory {target.parent} does not exist; create it first", param_hint="--out"
        )


@cli.command(
    epilog=_example(
        "dyads compare USA JPN --toward PRK examples/jiji-2017-08-19-us-japan-two-plus-two.txt"
    )
)
@click.argument("a", callback=_actor_code)
@click.argument("b", callback=_actor_code)
@click.argument("paths", nargs=-1)
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    help="Read the stances of a corpus stored by `dyads ingest` instead of coding PATHS.",
)
@click.option(
    "--toward", required=True, callback=_actor_code, help="The actor both stand toward (code)."
)
@click.option("--since", callback=_parse_date, help="Only articles dated on or after YYYY-MM-DD.")
@click.option("--until", callback=_parse_date, help="Only articles dated on or before YYYY-MM-DD.")
@report_format_option
@config_option
def compare(
    a: str,
    b: str,
    paths: tuple[str, ...],
    db: str | None,
    toward: str,
    since: dt.date | None,
    until: dt.date | None,
    fmt: str,
    config_path: str | None,
) -> None:
    """Compare where actors A and B stand toward another, over articles (PATHS) or a corpus
    (--db).

    A, B and --toward are CAMEO actor codes: a country (USA) covers all its actors, a code with
    sectors (USAMIL) only those. For each dimension (military, pressure, diplomacy, cooperation,
    criticism) it gives both scores in [-1, 1], their gap and the events and quotations behind
    them; then the agreement and the dimension where they differ most. The method is in
    docs/stances.md.
    """
    if a == b:
        raise click.BadParameter(f"A and B are both {a}; compare two actors", param_hint="B")
    if since and until and since > until:
        raise click.BadParameter(f"{since} is after --until {until}", param_hint="--since")
    if bool(paths) == bool(db):
        raise click.UsageError("give either PATHS to code or --db FILE, not both or neither")
    try:
        if db:
            with Store.open(db, read_only=True) as store:
                comparison = compare_stances(
                    store.stance_articles(), a, b, toward, since=since, until=until
                )
            batch = None
        else:
            settings = Settings.load(config_path)
            batch = _Batch(paths, settings, Coder(settings), None)
            comparison = compare_stances(batch.coded(), a, b, toward, since=since, until=until)
    except DyadsError as e:
        _fail(str(e))
    if fmt == "json":
        click.echo(json.dumps(comparison_dict(comparison), ensure_ascii=False, indent=2))
    else:
        click.echo(comparison_table(comparison))
    if batch is not None:
        batch.report()


@cli.command(epilog=_example("dyads ingest stories.jsonl corpus/ --db corpus.duckdb --workers 2"))
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The DuckDB corpus file; created on first use.",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help=("Local processes coding in parallel."),
)
@click.option(
    "--scheduler", help="Code on this Dask cluster instead (scheduler address, tcp://host:8786)."
)
@config_option
def ingest(
    paths: tuple[str, ...], db: str, workers: int, scheduler: str | None, config_path: str | None
) -> None:
    """Code articles and store them in a DuckDB corpus file.

    Articles already stored (the same text) are skipped, so an interrupted ingest can simply be
    run again. Bad inputs are reported on stderr, stored as rejections, and the exit code is 1.
    Reports of the same event are linked into event clusters at the end.
    """
    try:
        settings = Settings.load(config_path)
        with _IngestProgress() as progress:
            report = ingest_paths(
                paths,
                db,
                settings,
                workers=workers,
                scheduler=scheduler,
                on_progress=progress.update,
                on_rejection=lambda r: click.echo(f"dyads: {r}", err=True),
            )
    except DyadsError as e:
        _fail(str(e))
    except KeyboardInterrupt:
        click.echo(
            f"dyads: interrupted; what was stored in {db} is kept, and the same command "
            "finishes the rest",
            err=True,
        )
        sys.exit(EXIT_INTERRUPTED)
    click.echo(
        f"dyads: {db}: {report.added} article(s) stored, {report.skipped} already there, "
        f"{report.rejected} rejected; {report.events} event(s), {report.clusters} cluster(s) "
        f"in the store; {report.rate:.1f} articles/s",
        err=True,
    )
    if report.rejected:
        sys.exit(EXIT_REJECTED)


class _IngestProgress:
    """A progress bar on a terminal; a log line every few seconds otherwise."""

    _LOG_EVERY_SECONDS = 10.0

    def __init__(self) -> None:
        self.bar: Any = None
        self.last_log = 0.0
        self.done = 0

    def __enter__(self) -> _IngestProgress:
        if sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.close()

    def update(self, report: IngestReport) -> None:
        done = report.added + report.skipped
        if self.bar is not None:
            self.bar.update(done - self.done)
            self.bar.set_postfix(rejected=report.rejected, refresh=False)
        elif report.seconds - self.last_log >= self._LOG_EVERY_SECONDS:
            self.last_log = report.seconds
            click.echo(
                f"dyads: {done} articles done ({report.rate:.1f}/s), {report.rejected} rejected",
                err=True,
            )
        self.done = done


@cli.command(epilog=_example("dyads export --db corpus.duckdb --format gdelt --out events.tsv"))
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="gdelt (GDELT 2.0 events, tab-separated), parquet (a directory of typed "
                   "tables), csv, jsonl, or plover (POLECAT-style JSON lines).")  # fmt: skip
@click.option("--out", type=click.Path(), help="Output file (a directory for parquet).")
def export(db: str, fmt: str, out: str | None) -> None:
    """Export the events of a corpus file for other tools."""
    try:
        with Store.open(db, read_only=True) as store:
            count = export_store(store, fmt, out)
    except DyadsError as e:
        _fail(str(e))
    if out:
        click.echo(f"dyads: {count} record(s) written to {out}", err=True)


@cli.command(
    epilog=_example('dyads query "SELECT root, count(*) FROM events GROUP BY 1" --db corpus.duckdb')
)
@click.argument("sql")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option(
    "--max-rows",
    default=DEFAULT_MAX_ROWS,
    show_default=True,
    type=click.IntRange(1),
    help="Rows shown at most; a note on stderr says when there were more.",
)
@click.option(
    "--timeout",
    default=DEFAULT_TIMEOUT_S,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds a query may run before it is stopped.",
)
@query_format_option
def query(sql: str, db: str, max_rows: int, timeout: float, fmt: str) -> None:
    """Run one read-only SELECT on a corpus file (tables: articles, actors, events, quotes,
    stances, rejections, clusters). Queries cannot read or write files, attach other databases
    or load extensions."""
    try:
        result = run_query(db, sql, max_rows=max_rows, timeout_s=timeout)
    except DyadsError as e:
        _fail(str(e))
    click.echo(format_table(result, fmt), nl=False)
    if result.truncated:
        click.echo(f"dyads: only the first {max_rows} rows shown; raise --max-rows", err=True)


@cli.command(epilog=_example("dyads pairs --db corpus.duckdb --top 20"))
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--top", default=20, show_default=True, type=click.IntRange(1))
@count_option
@query_format_option
def pairs(db: str, top: int, unit: str, fmt: str) -> None:
    """The most active source-target pairs, with counts per quad class and mean Goldstein."""
    _show(lambda store: top_pairs(store, top, unit), db, fmt)


@cli.command(epilog=_example("dyads timeline USA PRK --db corpus.duckdb"))
@click.argument("a", callback=_actor_code)
@click.argument("b", callback=_actor_code)
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@count_option
@query_format_option
def timeline(a: str, b: str, db: str, unit: str, fmt: str) -> None:
    """Daily counts and mean Goldstein of the events between A and B, both ways."""
    _show(lambda store: pair_timeline(store, a, b, unit), db, fmt)


def _show(run: Callable[[Store], QueryResult], db: str, fmt: str) -> None:
    try:
        with Store.open_sandboxed(db) as store:
            result = run(store)
    except DyadsError as e:
        _fail(str(e))
    click.echo(format_table(result, fmt), nl=False)


class _Batch:
    """The articles of some inputs, coded in order; bad inputs are reported on stderr as they
    come and counted, and `report()` ends with exit code 1 if there were any."""

    def __init__(
        self, paths: tuple[str, ...], settings: Settings, coder: Coder, date: dt.date | None
    ) -> None:
        self.paths, self.settings, self.coder, self.date = paths, settings, coder, date
        self.rejections: list[Rejection] = []
        self.count = 0

    def _articles(self) -> Iterator[Article]:
        for item in read_inputs(self.paths, self.settings.max_article_bytes, date=self.date):
            if isinstance(item, Rejection):
                self._reject(item)
            else:
                yield item

    def coded(self) -> Iterator[CodedArticle]:
        for item in self.coder.code_many(self._articles()):
            if isinstance(item, Rejection):
                self._reject(item)
                continue
            self.count += 1
            yield item

    def _reject(self, rejection: Rejection) -> None:
        self.rejections.append(rejection)
        click.echo(f"dyads: {rejection}", err=True)

    def report(self) -> None:
        if self.rejections:
            total = self.count + len(self.rejections)
            click.echo(
                f"dyads: {len(self.rejections)} of {total} input(s) rejected; {self.count} coded",
                err=True,
            )
            sys.exit(EXIT_REJECTED)


@cli.command(
    "eval",
    epilog=_example("dyads eval ../shared/data/plover_gsr.dev.jsonl --format json"),
)
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@report_format_option
@config_option
def eval_command(gold: str, fmt: str, config_path: str | None) -> None:
    """Score dyads against gold records (PLOVER gold-standard JSONL).

    Reports event detection, PLOVER type accuracy and macro-F1, source and target accuracy,
    the full match rate, per-type scores, a confusion matrix and the misses. The rules are in
    docs/evaluation.md.
    """
    try:
        report = evaluate(gold, Coder(Settings.load(config_path)))
    except DyadsError as e:
        _fail(str(e))
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(report.table())


def _write(
    coded: Iterator[CodedArticle], fmt: str, stream: IO[str], rejections: list[Rejection]
) -> None:
    if fmt == "jsonl":
        for article in coded:
            stream.write(json.dumps(article_dict(article), ensure_ascii=False) + "\n")
    elif fmt == "json":
        stream.write('{"articles": [')
        for n, article in enumerate(coded):
            stream.write(
                ("," if n else "") + "\n" + json.dumps(article_dict(article), ensure_ascii=False)
            )
        stream.write('\n], "rejections": ')
        stream.write(json.dumps([rejection_dict(r) for r in rejections], ensure_ascii=False))
        stream.write("}\n")
    else:
        for n, article in enumerate(coded):
            stream.write(("\n" if n else "") + article_table(article) + "\n")


def _fail(message: str) -> NoReturn:
    click.echo(f"dyads: {message}", err=True)
    sys.exit(EXIT_ERROR)


def main() -> None:
    cli()
