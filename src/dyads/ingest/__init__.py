"""Ingest: plain text, JSONL and HTML inputs -> Article records, or Rejections with reasons."""

from .checks import check_article, check_fields, clean_text, detect_language
from .sources import read_inputs
from .text import article_from_text, dateline_places, find_date, parse_date

__all__ = [
    "article_from_text",
    "check_article",
    "check_fields",
    "clean_text",
    "dateline_places",
    "detect_language",
    "find_date",
    "parse_date",
    "read_inputs",
]
