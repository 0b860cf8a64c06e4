"""The pipeline in order: Article -> parse -> actors -> events -> quotes and stances ->
CodedArticle."""

from __future__ import annotations

import collections
import copy
import dataclasses
import logging
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from .actors import ActorLexicon, ActorResolver
from .actors.petrarch import DiscardIndex
from .cache import cached
from .config import Settings
from .errors import CodingError, ConfigError, InputError
from .events import EventExtractor, TriggerLexicon, implied_actors
from .events.places import PlaceResolver
from .geo import Gazetteer
from .ingest import check_fields, dateline_places
from .nlp import Parser, load_pipeline
from .nlp.backend import choose_backend
from .processes import end_with_parent
from .quotes import extract_quotes
from .records import Actor, Article, CodedArticle, Location, ParsedDoc, Rejection
from .rules import TRIGGER_PREFIX, RuleSwitches, registered
from .stances import StanceLexicon, article_stances
from .wordlists import check_word_lists

log = logging.getLogger(__name__)


class Coder:
    """Codes articles. Create one per process: it holds the spaCy pipeline and the lexicons.

    `actor_files` are a user's extra actor lexicons (the package's YAML format, or PETRARCH
    actor, agent and discard files) and `trigger_files` extra trigger lexicons (YAML, or
    PETRARCH verb patterns), both after those of the settings. Events are kept when asserted;
    `all_modalities=True` keeps negated and hypothetical ones too, labelled.
    The rules of `settings.disabled_rules` are switched off (ConfigError for an unknown id);
    the word lists the rules read are checked now (ConfigError naming the file and key).
    """

    def __init__(
        self,
        settings: Settings | None = None,
        actor_files: Sequence[str | Path] = (),
        all_modalities: bool = False,
        trigger_files: Sequence[str | Path] = (),
    ) -> None:
        self.settings = settings or Settings.load()
        self.parser = Parser(
            load_pipeline(
                self.settings.spacy_model, self.settings.spacy_exclude, self.settings.exact_levers
            ),
            piece_jobs=self.settings.piece_jobs,
            numeric_backend=self.settings.numeric_backend,
        )
        gazetteer = Gazetteer.default()
        lexicon, tokenize = self._actor_lexicon([*self.settings.actor_files, *actor_files])
        triggers = TriggerLexicon.load([*self.settings.trigger_files, *trigger_files])
        if self.settings.selective_parse:
            self.parser.parse_selectively(triggers.head_words())
        self.switches = RuleSwitches.parse(
            self.settings.disabled_rules,
            [*registered(), *(TRIGGER_PREFIX + i for i in triggers.entries)],
        )
        check_word_lists()
        self.actors = ActorResolver(lexicon, tokenize, gazetteer, self.switches)
        self.discards = DiscardIndex(lexicon.discards)
        self.places = PlaceResolver(gazetteer)
        self.events = EventExtractor(triggers, self.places, self.switches)
        self.stance_rules = StanceLexicon.load()
        self.all_modalities = all_modalities

    def _actor_lexicon(
        self, files: Sequence[str | Path]
    ) -> tuple[ActorLexicon, Callable[[str], tuple[str, ...]]]:
        """The actor lexicon of the package and `files`, and a tokenizer for its patterns.

        With the exact levers on, both come from the start-up cache (`cache.cached`) when it
        holds them for the same package, files and spaCy pipeline: loading and validating the
        lexicon and tokenizing its thousands of patterns take seconds, reading them back
        milliseconds. Without, they are built as they always were.
        """
        if not self.settings.exact_levers:
            return ActorLexicon.load(files), self.parser.tokenize
        nlp = self.parser.nlp

        def build() -> tuple[ActorLexicon, dict[str, tuple[str, ...]]]:
            lexicon = ActorLexicon.load(files)
            return lexicon, {p: self.parser.tokenize(p) for p, _e, _r in lexicon.patterns()}

        key = (nlp.meta.get("name", ""), nlp.meta.get("version", ""), *map(str, files))
        lexicon, tokens = cached("actors", build, key=key, files=files)

        def tokenize(phrase: str) -> tuple[str, ...]:
            found = tokens.get(phrase)
            return found if found is not None else self.parser.tokenize(phrase)

        return lexicon, tokenize

    def code(self, article: Article) -> CodedArticle:
        """The actors and events of one article.

        Raises InputError for an article whose fields are unusable (`check_fields`), and
        CodingError when coding it fails unexpectedly.
        """
        article = check_fields(article)
        choose_backend(self.parser.nlp, self.settings.numeric_backend)
        return self._guarded(
            article, lambda: self.code_parsed(article, self.parser.parse(article.text))
        )

    def code_many(
        self, articles: Iterable[Article], jobs: int = 1
    ) -> Iterator[CodedArticle | Rejection]:
        """Code articles in batches through spaCy's pipe; coded articles come in input order. An
        article that cannot be coded, for a bad field or an unexpected error, is a Rejection (in
        its batch, before the batch's coded articles) and the rest go on.

        With `jobs` over 1 the batches are coded in that many processes, forked from this one
        (so they start with its pipeline and lexicons loaded), and come back in input order:
        the output is the same as with one.
        """
        settings = self.settings
        choose_backend(self.parser.nlp, settings.numeric_backend, jobs)
        batches = sized_batches(articles, settings.batch_size, settings.batch_chars)
        if jobs <= 1:
            for batch in batches:
                yield from self._code_batch(batch)
            return
        for coded in _in_processes(self, batches, jobs):
            yield from coded

    def _code_batch(self, batch: list[Article]) -> Iterator[CodedArticle | Rejection]:
        checked: list[Article] = []
        for article in batch:
            try:
                checked.append(check_fields(article))
            except InputError as e:
                yield Rejection(e.input, e.reason, _article_id(article))
        docs = self.parser.parse_many((a.text for a in checked), self.settings.batch_size)
        for n, article in enumerate(checked):
            try:
                doc = next(docs)
            except Exception:  # one text broke the batch's parse
                # Parse the rest one by one, so that only the article that breaks is rejected.
                for rest in checked[n:]:
                    yield self._rejected_or_coded(rest, lambda a=rest: self.parser.parse(a.text))
                return
            yield self._rejected_or_coded(article, lambda doc=doc: doc)

    def _rejected_or_coded(
        self, article: Article, parse: Callable[[], ParsedDoc]
    ) -> CodedArticle | Rejection:
        try:
            return self._guarded(article, lambda: self.code_parsed(article, parse()))
        except CodingError as e:
            return Rejection(e.input, e.reason, article.id)

    def _guarded(self, article: Article, run: Callable[[], CodedArticle]) -> CodedArticle:
        """`run()`, with any unexpected exception turned into a CodingError for `article`."""
        try:
            return run()
        except Exception as e:  # confine any bug to the article that meets it
            log.debug("coding %s (%s) failed", article.input, article.id, exc_info=True)
            raise CodingError(article.input, e) from e

    def code_parsed(self, article: Article, doc: ParsedDoc) -> CodedArticle:
        """Code an article already parsed (`self.parser.parse(article.text)`): what is kept to
        code the same text again with other rules off (`with_rules_off`)."""
        story_discard, discarded_sentences = self.discards.find(doc)
        if story_discard is not None:
            # A PETRARCH story discard ("+PHRASE") drops the story: nothing is coded.
            return CodedArticle(article=article, actors=())
        actors = self.actors.resolve(doc, skip=article.dateline, day=article.date)
        dateline = self._dateline(article, actors)
        events = self.events.extract(doc, actors, article.date, dateline)
        events = tuple(e for e in events if e.sentence not in discarded_sentences)
        quotes = extract_quotes(doc, actors)
        # Stances read every event: what an actor holds back from, or only might do, counts.
        stances = article_stances(
            article.id, doc, actors, events, quotes, self.stance_rules, self.switches
        )
        if not self.all_modalities:
            events = tuple(e for e in events if e.modality == "asserted")
        actors += implied_actors(events, actors)
        return CodedArticle(
            article=article,
            actors=actors,
            events=events,
            quotes=quotes,
            stances=stances,
            dateline=dateline,
        )

    def with_rules_off(self, rule_ids: Iterable[str]) -> Coder:
        """A coder with the rules `rule_ids` (ids or id prefixes) switched off as well as this
        one's. It shares this coder's pipeline, lexicons and indexes, so it is cheap to make:
        `dyads eval --ablate` codes the same parsed stories with and without some rules.

        Raises ConfigError for an id that names no rule or trigger entry.
        """
        switches = RuleSwitches.parse(
            [*self.switches.disabled, *rule_ids],
            [*registered(), *(TRIGGER_PREFIX + i for i in self.events.lexicon.entries)],
        )
        variant = copy.copy(self)
        variant.settings = dataclasses.replace(
            self.settings, disabled_rules=tuple(sorted(switches.disabled))
        )
        variant.switches = switches
        # The stages read their switches when they run; copies keep their heavy indexes shared.
        variant.actors = copy.copy(self.actors)
        variant.actors.switches = switches
        variant.events = copy.copy(self.events)
        variant.events.switches = switches
        return variant

    def with_exact_levers(self, on: bool) -> Coder:
        """A coder that parses with the exact speed levers on or off (`Settings.exact_levers`)
        and shares this one's lexicons and indexes: both code every text the same, and the
        output-identity test and the benchmark compare them."""
        settings = self.settings
        variant = copy.copy(self)
        variant.settings = dataclasses.replace(settings, exact_levers=on)
        variant.parser = Parser(
            load_pipeline(settings.spacy_model, settings.spacy_exclude, on),
            piece_jobs=settings.piece_jobs,
            numeric_backend=settings.numeric_backend,
        )
        if settings.selective_parse:
            variant.parser.parse_selectively(self.events.lexicon.head_words())
        return variant

    def _dateline(self, article: Article, actors: tuple[Actor, ...]) -> Location | None:
        """The dateline place ("WASHINGTON-"), read among the countries the story is about: the
        first of its places ("ISLAMABAD/PENTAGON") that resolves, in the country or US state
        that qualifies it ("SEOUL, South Korea"); that country when its town is too small for
        the gazetteer ("MARANCHON, SPAIN")."""
        if not article.place:
            return None
        context = [a.country for a in sorted(actors, key=lambda a: -len(a.mentions)) if a.country]
        names, qualifier = [article.place], None
        if article.dateline is not None:
            start, end = article.dateline
            names, qualifier = dateline_places(article.text[start:end])
        names = [name.title() if name.isupper() else name for name in names]
        within = self.places.qualifier(qualifier) if qualifier else None
        if within is not None and within.country is not None:
            context = [within.country, *context]
        for name in names:
            place = self.places.resolve(name, context)
            if place is not None and (within is None or place.country == within.country):
                return place
        return within


# Batches in flight per process: enough to keep each busy while the caller writes results.
_IN_FLIGHT_PER_JOB = 2

# The coder of a forked coding process (`_adopt`).
_forked_coder: Coder | None = None


def _in_processes(
    coder: Coder, batches: Iterator[list[Article]], jobs: int
) -> Iterator[list[CodedArticle | Rejection]]:
    """The coded `batches`, in order, coded in `jobs` forked processes with at most a few
    batches per process in flight, so memory does not grow with the input."""
    if "fork" not in multiprocessing.get_all_start_methods():
        raise ConfigError(
            "coding in several processes (--jobs) needs fork, which this platform lacks; "
            "use --jobs 1, or `dyads ingest --workers N`"
        )
    # Forked, the processes receive the coder as it is in memory: nothing is pickled or loaded.
    pool = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_adopt,
        initargs=(coder, os.getpid()),
    )
    pending: collections.deque[Future[list[CodedArticle | Rejection]]] = collections.deque()
    try:
        for batch in batches:
            pending.append(pool.submit(_code_forked, batch))
            if len(pending) >= jobs * _IN_FLIGHT_PER_JOB:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _adopt(coder: Coder, parent: int) -> None:
    """Start a forked coding process: keep its copy of `coder`, and end with its parent."""
    global _forked_coder
    # The coding processes already use the cores: each parses a long article's pieces itself.
    coder.parser.piece_jobs = 1
    _forked_coder = coder
    end_with_parent(parent)


def _code_forked(batch: list[Article]) -> list[CodedArticle | Rejection]:
    assert _forked_coder is not None, "a coding process is forked from a coder"
    return list(_forked_coder._code_batch(batch))


def _article_id(article: object) -> str | None:
    article_id = getattr(article, "id", None)
    return article_id if isinstance(article_id, str) else None


def sized_batches(
    articles: Iterable[Article], max_articles: int, max_chars: int
) -> Iterator[list[Article]]:
    """`articles` in lists of at most `max_articles`, each closed as soon as its texts reach
    `max_chars` characters: parsing memory grows with the characters parsed at once."""
    batch: list[Article] = []
    chars = 0
    for article in articles:
        batch.append(article)
        text = getattr(article, "text", None)
        chars += len(text) if isinstance(text, str) else 0
        if len(batch) >= max_articles or chars >= max_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch
