"""How many quotes one article may yield before the engine refuses it.

A news article quotes its speakers dozens of times. Thousands of quotes mean a digest, a
collection of transcripts or a hostile upload (a file of nothing but quote marks), and
storing each as a suggestion would hold a worker for minutes. The refusal is the parsing
layer's own error type, plain Python like the engine, so whoever parses the article
reports it to the editor in the same words as any other unreadable upload.
"""

from articles.parsing.errors import ParseError

MAX_QUOTES = 2_000


class TooManyQuotes(ParseError):
    def __init__(self, limit: int) -> None:
        super().__init__(
            f"The text has too many quotes (more than {limit:,}) to suggest them one by one. "
            "Split it into shorter articles and upload those.",
            "too-many-quotes",
        )
        self.limit = limit


def refuse_too_many_quotes(count: int, limit: int | None) -> None:
    if limit is not None and count > limit:
        raise TooManyQuotes(limit)
