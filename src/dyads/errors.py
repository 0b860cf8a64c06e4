"""The one exception tree of dyads. Every message says what went wrong and what to do.

DyadsError
├── InputError            an article input that cannot be coded (becomes a Rejection in a batch)
│   ├── UndecodableInputError the bytes are not UTF-8
│   ├── EmptyInputError       no text to code
│   ├── NotEnglishError       the text is not English
│   ├── TooLargeError         the text is over the size limit
│   ├── MalformedRecordError  a JSONL line or field is not usable
│   └── CodingError           coding the article failed unexpectedly (a dyads bug)
├── LexiconError          a lexicon file is invalid (file, line and reason)
├── ConfigError           a setting is invalid
├── ModelError            the spaCy pipeline cannot be loaded
├── StoreError            the corpus file cannot be opened, read or queried
│   └── QueryError            a query that is refused, fails or runs over its time
└── RequestError          an HTTP request that `dyads serve` cannot serve (with its status)
"""

from __future__ import annotations


class DyadsError(Exception):
    """Base class of every error dyads raises on purpose."""


class InputError(DyadsError):
    """An input that cannot be coded. `input` names it; `reason` says why, in one line."""

    def __init__(self, input: str, reason: str) -> None:
        self.input = input
        self.reason = reason
        super().__init__(f"{input}: {reason}")


class UndecodableInputError(InputError):
    pass


class EmptyInputError(InputError):
    pass


class NotEnglishError(InputError):
    pass


class TooLargeError(InputError):
    pass


class MalformedRecordError(InputError):
    pass


class CodingError(InputError):
    """Coding an article raised an unexpected exception: a bug in dyads, confined to that
    article. The reason names the exception type; the traceback is logged at debug level."""

    def __init__(self, input: str, error: BaseException) -> None:
        self.error_type = type(error).__name__
        detail = str(error).splitlines()[0][:200] if str(error) else ""
        super().__init__(
            input,
            f"coding failed ({self.error_type}{': ' + detail if detail else ''}); "
            "this is a dyads bug, please report it with the article",
        )


class LexiconError(DyadsError):
    """A lexicon entry that fails validation, located by file and line."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple[type[LexiconError], tuple[str, int | None, str]]:
        # Pickled with its own arguments: a lexicon's skipped records travel in the start-up
        # cache and to worker processes.
        return (type(self), (self.path, self.line, self.reason))


class ConfigError(DyadsError):
    pass


class ModelError(DyadsError):
    pass


class StoreError(DyadsError):
    pass


class RequestError(DyadsError):
    """A request to the HTTP API that cannot be served: `status` is the HTTP status that says
    why (400 a malformed body, 401 no token, 403 writes off, 404 nothing there, 413 too large,
    422 unusable content)."""

    def __init__(self, status: int, message: str) -> None:
        self.status = status
        super().__init__(message)


class QueryError(StoreError):
    """A query on the corpus store that is refused (not one SELECT, or touching files), fails,
    or runs over its time limit."""
