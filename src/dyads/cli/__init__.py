"""The `dyads` command: a thin layer over the Python API."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterator
from typing import IO, NoReturn

import click

from .. import __version__
from ..coder import Coder
from ..config import Settings
from ..errors import DyadsError
from ..evaluation import evaluate
from ..ingest import read_inputs
from ..records import Article, CodedArticle, Rejection
from ..serialize import (
    article_dict,
    article_table,
    comparison_dict,
    comparison_table,
    rejection_dict,
)
from ..stances import compare as compare_stances

EXIT_REJECTED = 1
EXIT_ERROR = 2


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


def _example(*lines: str) -> str:
    """An epilog, so that every command's --help ends with its example."""
    return "\b\nExample:\n" + "\n".join(f"  {line}" for line in lines)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=_example("dyads code examples/jiji-2017-08-19-us-japan-two-plus-two.txt"),
)
@click.version_option(__version__, prog_name="dyads")
def cli() -> None:
    """dyads: political event data from English news."""


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
    try:
        settings = Settings.load(config_path)
        coder = Coder(settings, actor_files=actor_files, all_modalities=all_modalities)
    except DyadsError as e:
        _fail(str(e))
    batch = _Batch(paths, settings, coder, date)
    stream = open(out, "w", encoding="utf-8") if out else sys.stdout  # noqa: SIM115
    try:
        _write(batch.coded(), fmt, stream, batch.rejections)
    finally:
        if out:
            stream.close()
    batch.report()


@cli.command(
    epilog=_example(
        "dyads compare USA JPN --toward PRK examples/jiji-2017-08-19-us-japan-two-plus-two.txt"
    )
)
@click.argument("a", callback=_actor_code)
@click.argument("b", callback=_actor_code)
@click.argument("paths", nargs=-1, required=True)
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
    toward: str,
    since: dt.date | None,
    until: dt.date | None,
    fmt: str,
    config_path: str | None,
) -> None:
    """Compare where actors A and B stand toward another, over one or many articles.

    A, B and --toward are CAMEO actor codes: a country (USA) covers all its actors, a code with
    sectors (USAMIL) only those. For each dimension (military, pressure, diplomacy, cooperation,
    criticism) it gives both scores in [-1, 1], their gap and the events and quotations behind
    them; then the agreement and the dimension where they differ most. The method is in
    docs/stances.md.
    """
    try:
        settings = Settings.load(config_path)
        coder = Coder(settings)
    except DyadsError as e:
        _fail(str(e))
    if a == b:
        raise click.BadParameter(f"A and B are both {a}; compare two actors", param_hint="B")
    if since and until and since > until:
        raise click.BadParameter(f"{since} is after --until {until}", param_hint="--since")
    batch = _Batch(paths, settings, coder, None)
    comparison = compare_stances(batch.coded(), a, b, toward, since=since, until=until)
    if fmt == "json":
        click.echo(json.dumps(comparison_dict(comparison), ensure_ascii=False, indent=2))
    else:
        click.echo(comparison_table(comparison))
    batch.report()


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
                self.rejections.append(item)
                click.echo(f"dyads: {item}", err=True)
            else:
                yield item

    def coded(self) -> Iterator[CodedArticle]:
        for article in self.coder.code_many(self._articles()):
            self.count += 1
            yield article

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
