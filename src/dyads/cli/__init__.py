"""The `dyads` command: a thin layer over the Python API."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, NoReturn

import click

from .. import __version__
from ..coder import Coder
from ..config import Settings
from ..dictionaries import check_dictionary
from ..errors import DyadsError
from ..evaluation import evaluate
from ..ingest import read_inputs
from ..records import Article, CodedArticle, QueryResult, Rejection
from ..rules import TRIGGER_PREFIX, registered
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
from ..story_evaluation import (
    SPLITS,
    WITHHELD_SPLIT,
    StoryRun,
    is_story_gold,
    rule_credit,
    rule_credit_dict,
    rule_credit_table,
)

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


# Shared by every command that codes text: rules switched off for this run, on top of the
# `disabled_rules` setting.
disable_option = click.option(
    "--disable",
    "disabled",
    multiple=True,
    metavar="ID",
    help="Switch off a coding rule or trigger entry (id or id prefix; see `dyads rules`). "
    "Repeatable.",
)


def _settings(config_path: str | None, disabled: tuple[str, ...] = ()) -> Settings:
    settings = Settings.load(config_path)
    if not disabled:
        return settings
    return dataclasses.replace(settings, disabled_rules=(*settings.disabled_rules, *disabled))


# Shared by the commands that code text with a user's lexicons.
actors_option = click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Extra actor lexicon: YAML (the package's format) or a PETRARCH actor, agent or "
    "discard file; may be repeated.",
)
triggers_option = click.option(
    "--triggers",
    "trigger_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Extra trigger lexicon: YAML (the package's format) or a PETRARCH verb pattern file; "
    "may be repeated.",
)


def _warn_skipped_records(coder: Coder) -> None:
    """One line per PETRARCH file whose unusable records were skipped."""
    skipped: dict[str, int] = {}
    for problem in coder.actors.lexicon.problems:
        skipped[problem.path] = skipped.get(problem.path, 0) + 1
    for path, count in skipped.items():
        click.echo(
            f"dyads: {path}: {count} record(s) skipped; `dyads dict check {path}` lists them",
            err=True,
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
@actors_option
@triggers_option
@config_option
@disable_option
@click.option(
    "--all-modalities", is_flag=True, help="Also output negated and hypothetical events, labelled."
)
@click.option(
    "--jobs",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Processes coding in parallel; the output is the same, in input order.",
)
@click.option(
    "--selective",
    is_flag=True,
    help="Parse fully only the sentences that can hold an event: faster, a slightly different "
    "output (docs/scale.md).",
)
def code(
    paths: tuple[str, ...],
    fmt: str,
    out: str | None,
    date: dt.date | None,
    actor_files: tuple[str, ...],
    trigger_files: tuple[str, ...],
    config_path: str | None,
    disabled: tuple[str, ...],
    all_modalities: bool,
    jobs: int,
    selective: bool,
) -> None:
    """Code articles: who did what to whom, as CAMEO and PLOVER events with evidence.

    PATHS are plain-text, JSONL or HTML files, directories of them, or - for stdin. Inputs that
    cannot be coded are reported on stderr, one line each, and the exit code is 1.
    """
    if out:
        _check_out(out, paths)
    try:
        settings = _settings(config_path, disabled)
        if selective:
            settings = dataclasses.replace(settings, selective_parse=True)
        coder = Coder(
            settings,
            actor_files=actor_files,
            all_modalities=all_modalities,
            trigger_files=trigger_files,
        )
    except DyadsError as e:
        _fail(str(e))
    _warn_skipped_records(coder)
    batch = _Batch(paths, settings, coder, date, jobs)
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
    "--jobs",
    "workers",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Local processes coding in parallel (--jobs is the same option).",
)
@click.option(
    "--scheduler", help="Code on this Dask cluster instead (scheduler address, tcp://host:8786)."
)
@actors_option
@triggers_option
@config_option
@disable_option
def ingest(
    paths: tuple[str, ...],
    db: str,
    workers: int,
    scheduler: str | None,
    actor_files: tuple[str, ...],
    trigger_files: tuple[str, ...],
    config_path: str | None,
    disabled: tuple[str, ...],
) -> None:
    """Code articles and store them in a DuckDB corpus file.

    Articles already stored (the same text) are skipped, so an interrupted ingest can simply be
    run again. Bad inputs are reported on stderr, stored as rejections, and the exit code is 1.
    Reports of the same event are linked into event clusters at the end.
    """
    try:
        settings = _settings(config_path, disabled)
        # Through the settings, so that every worker process loads the same lexicons.
        settings = dataclasses.replace(
            settings,
            actor_files=(*settings.actor_files, *(str(Path(f).resolve()) for f in actor_files)),
            trigger_files=(
                *settings.trigger_files,
                *(str(Path(f).resolve()) for f in trigger_files),
            ),
        )
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
              help="gdelt (GDELT 2.0 events, one per event cluster, tab-separated), mentions "
                   "(GDELT 2.0 mentions, one per report), polecat (POLECAT's TSV), polecat-json "
                   "(the same records as JSON lines), parquet (a directory of typed tables), "
                   "csv, jsonl, or plover (PLOVER JSON lines).")  # fmt: skip
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


@cli.command(epilog=_example("dyads serve --db corpus.duckdb   # then open http://127.0.0.1:8765/"))
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default takes requests from this machine only.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535))
@config_option
def serve(db: str, host: str, port: int, config_path: str | None) -> None:
    """Serve a corpus file: the HTTP API (docs at /docs) and the dashboard at /.

    Writes (POST /ingest) are on only when DYADS_API_TOKEN is set, for requests that send it as
    a bearer token; the file is opened read-only otherwise. The coder is loaded on the first
    request that codes text. docs/api.md describes the endpoints.
    """
    # Imported here so that the other commands do not load the web stack.
    from ..api import serve as serve_corpus

    try:
        serve_corpus(db, Settings.load(config_path), host, port, os.environ.get("DYADS_API_TOKEN"))
    except DyadsError as e:
        _fail(str(e))


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
        self,
        paths: tuple[str, ...],
        settings: Settings,
        coder: Coder,
        date: dt.date | None,
        jobs: int = 1,
    ) -> None:
        self.paths, self.settings, self.coder, self.date = paths, settings, coder, date
        self.jobs = jobs
        self.rejections: list[Rejection] = []
        self.count = 0

    def _articles(self) -> Iterator[Article]:
        for item in read_inputs(self.paths, self.settings.max_article_bytes, date=self.date):
            if isinstance(item, Rejection):
                self._reject(item)
            else:
                yield item

    def coded(self) -> Iterator[CodedArticle]:
        for item in self.coder.code_many(self._articles(), jobs=self.jobs):
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
    epilog=_example(
        "dyads eval ../shared/data/plover_gsr.dev.jsonl --format json",
        "dyads eval ../shared/data/voa_events.dev.jsonl --split tune",
    ),
)
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--stories",
    "stories_path",
    type=click.Path(exists=True, dir_okay=False),
    help="Story gold only: the stories' texts (JSONL with id, title, text, published). "
    "[default: voa_stories.jsonl beside GOLD]",
)
@click.option(
    "--split",
    type=click.Choice(SPLITS),
    help="Story gold only: score only the stories of this split of voa_events.split.json "
    "(beside GOLD). With check, ONLY the aggregate figures are printed: no misses, false events "
    "or per-story rows, so that check keeps measuring generalisation. [default: all stories]",
)
@click.option(
    "--save-output",
    type=click.Path(dir_okay=False, writable=True),
    help="Story gold only: also write the coded stories here, as `dyads code --format json` "
    "does (not with --split check).",
)
@click.option(
    "--by-rule",
    is_flag=True,
    help="Story gold only: for each rule and trigger entry, the correct and false events and "
    "forbidden hits it took part in, sorted by net contribution.",
)
@click.option(
    "--ablate",
    multiple=True,
    metavar="ID",
    help="Story gold only: score again with this rule or trigger entry (id or id prefix) off and "
    "print the change against the full run. Repeatable; all are switched off together.",
)
@report_format_option
@config_option
@disable_option
def eval_command(
    gold: str,
    stories_path: str | None,
    split: str | None,
    save_output: str | None,
    by_rule: bool,
    ablate: tuple[str, ...],
    fmt: str,
    config_path: str | None,
    disabled: tuple[str, ...],
) -> None:
    """Score dyads against gold: PLOVER gold records or whole stories coded by hand.

    The format is read from GOLD's first record. PLOVER records (one sentence, one event): event
    detection, PLOVER type accuracy and macro-F1, source and target accuracy, full match rate,
    per-type scores, a confusion matrix and the misses. Stories (the format of
    voa_events.dev.jsonl): recall of the required gold events, precision of the output events,
    F1, forbidden hits, one-to-one precision, a per-root table, error kinds and the misses,
    false events and forbidden hits. The rules are in docs/evaluation.md.
    """
    try:
        stories = is_story_gold(gold)
    except DyadsError as e:
        _fail(str(e))
    if not stories and (stories_path or split or save_output or by_rule or ablate):
        raise click.UsageError(
            f"{gold} holds PLOVER gold records; --stories, --split, --save-output, --by-rule "
            "and --ablate are for story gold"
        )
    if split == WITHHELD_SPLIT and save_output:
        raise click.UsageError(
            "--save-output is not allowed with --split check: its output must stay unread"
        )
    try:
        coder = Coder(_settings(config_path, disabled))
        if not stories:
            plover = evaluate(gold, coder)
            click.echo(
                json.dumps(plover.to_dict(), ensure_ascii=False, indent=2)
                if fmt == "json"
                else plover.table()
            )
            return
        run = StoryRun(gold, coder, stories_path, split)
        report, coded = run.score()
        ablation = run.ablate(_rule_ids(ablate), report) if ablate else None
    except DyadsError as e:
        _fail(str(e))
    if save_output:
        with open(save_output, "w", encoding="utf-8") as stream:
            _write(iter(coded), "json", stream, report.rejections)
    credits = rule_credit(report) if by_rule else None
    if fmt == "json":
        result = report.to_dict()
        if credits is not None:
            result["by_rule"] = [rule_credit_dict(c) for c in credits]
        if ablation:
            result["ablation"] = ablation.to_dict()
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    parts = [report.table()]
    if credits is not None:
        parts.append(rule_credit_table(credits))
    if ablation:
        parts.append(ablation.table())
    click.echo("\n\n".join(parts))


def _rule_ids(values: tuple[str, ...]) -> list[str]:
    """Rule ids given as repeated options or comma-separated."""
    return [i.strip() for v in values for i in v.split(",") if i.strip()]


@cli.command(epilog=_example("dyads rules --stage roles"))
@click.option("--stage", help="Only the rules of this stage (roles, speech, modality, ...).")
@click.option("--triggers", "with_triggers", is_flag=True, help="Also list trigger entries.")
def rules(stage: str | None, with_triggers: bool) -> None:
    """List the coding rules that `--disable` and the `disabled_rules` setting can switch off,
    each with what it does.

    Events name the rules that produced them in their `rules` field; trigger-lexicon entries are
    switched off as `trigger.<entry id>` (a prefix such as `trigger.11` switches off a root).
    """
    from ..events import TriggerLexicon

    for rule in sorted(registered().values(), key=lambda r: r.id):
        if stage is None or rule.stage == stage:
            click.echo(f"{rule.id}\n    {rule.doc.splitlines()[0]}")
    if with_triggers:
        for entry in TriggerLexicon.load().entries.values():
            click.echo(f"{TRIGGER_PREFIX}{entry.id}  ({entry.cameo})")


@cli.group("dict", epilog=_example("dyads dict check Phoenix.Countries.actors.txt"))
def dictionaries() -> None:
    """Check actor, agent, discard and verb dictionaries (YAML or PETRARCH)."""


@dictionaries.command(
    "check", epilog=_example("dyads dict check Phoenix.agents.txt CAMEO.verbpatterns.150430.txt")
)
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
def dict_check(files: tuple[str, ...]) -> None:
    """Read dictionaries as --actors and --triggers would, and report for each: its kind, its
    records, patterns and dated codes, its load time, and every record that cannot be used
    (file, line and reason). The exit code is 1 when a record was skipped."""
    skipped = 0
    for path in files:
        started = time.perf_counter()
        try:
            report = check_dictionary(path)
        except DyadsError as e:
            _fail(str(e))
        seconds = time.perf_counter() - started
        click.echo(f"{path}: {report.summary} in {seconds:.2f} s")
        for problem in report.problems:
            click.echo(f"  {problem}")
        skipped += len(report.problems)
    if skipped:
        sys.exit(EXIT_REJECTED)


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
