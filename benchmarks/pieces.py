"""One long news article parsed whole, in pieces in turn and in pieces in parallel: time and
how the annotations and the coded output differ.

A long article is parsed in pieces of at most `chunk_chars` characters (memory stays bounded)
cut at sentence starts, in up to `piece_jobs` processes. This prints, for one article of VOA
stories joined: the pieces' sizes, the seconds of each way, whether the pieces in parallel
give exactly what the pieces in turn give, and how many tokens and events differ between the
whole parse and the pieces.
Usage: python benchmarks/pieces.py [BYTES] [CHUNK_CHARS]   (defaults: 500000 and the
parser's own piece size, 50000)
"""

from __future__ import annotations

import copy
import json
import sys
import time

from sizes import _news

from dyads import Coder
from dyads.nlp import Parser
from dyads.nlp.pipeline import CHUNK_CHARS
from dyads.records import Article, CodedArticle, Event, ParsedDoc
from dyads.serialize import article_dict


def _event_key(event: Event) -> tuple:
    target = event.target.actor if event.target else None
    return (event.sentence, event.trigger.start, event.cameo, event.source.actor, target,
            event.modality)  # fmt: skip


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 500_000
    chunk_chars = int(sys.argv[2]) if len(sys.argv) > 2 else CHUNK_CHARS
    coder = Coder(all_modalities=True)
    text = _news(size)
    article = Article(id="long", text=text)
    ways = {"whole": (len(text) + 1, 1), "pieces in turn": (chunk_chars, 1),
            "pieces in parallel": (chunk_chars, 2)}  # fmt: skip
    parsed: dict[str, tuple[ParsedDoc, CodedArticle]] = {}
    pieces = Parser(coder.parser.nlp, chunk_chars=chunk_chars).pieces(text)
    print(f"{size:,} bytes in {len(pieces)} pieces of {', '.join(f'{len(p):,}' for p in pieces)}")
    for name, (chars, jobs) in ways.items():
        variant = copy.copy(coder)
        variant.parser = Parser(coder.parser.nlp, chunk_chars=chars, piece_jobs=jobs)
        started = time.perf_counter()
        doc = variant.parser.parse(text)
        parse_seconds = time.perf_counter() - started
        coded = variant.code_parsed(article, doc)
        parsed[name] = (doc, coded)
        total = time.perf_counter() - started
        print(f"{name:<20} parse {parse_seconds:6.1f} s, with coding {total:6.1f} s, "
              f"{len(coded.events):,} events", flush=True)  # fmt: skip
    turn, parallel, whole = (parsed[n] for n in ("pieces in turn", "pieces in parallel", "whole"))
    same_json = json.dumps(article_dict(turn[1])) == json.dumps(article_dict(parallel[1]))
    print(f"pieces in parallel = pieces in turn: ParsedDoc {turn[0] == parallel[0]}, "
          f"coded JSON {same_json}")
    fields = ("tag", "pos", "dep", "head", "lemma", "ent_type", "sent")
    differing = sum(
        1
        for a, b in zip(whole[0].tokens, turn[0].tokens, strict=True)
        if any(getattr(a, f) != getattr(b, f) for f in fields)
    )
    whole_events = {_event_key(e) for e in whole[1].events}
    piece_events = {_event_key(e) for e in turn[1].events}
    print(f"whole vs pieces: {differing:,} of {len(whole[0].tokens):,} tokens differ "
          f"({', '.join(fields)}); sentences {len(whole[0].sentences):,} vs "
          f"{len(turn[0].sentences):,}; events {len(whole_events):,} vs {len(piece_events):,}, "
          f"{len(whole_events - piece_events)} only whole, {len(piece_events - whole_events)} "
          f"only in pieces; coded JSON identical: "
          f"{json.dumps(article_dict(whole[1])) == json.dumps(article_dict(turn[1]))}")


if __name__ == "__main__":
    main()
