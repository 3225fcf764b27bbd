"""Reading an article's title, dateline, date, outlet and language from its clean text."""

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import islice

from .boilerplate import is_trailer_line, looks_like_lone_name
from .datelines import match_dateline
from .dates import DateReading, date_reading, find_date, timestamp_line_date
from .language import detect_language
from .layout import (
    find_headline,
    find_title_line,
    iter_lines,
    iter_lines_backwards,
    non_blank,
    strip_section_suffix,
)
from .outlets import agency_name, match_outlet, outlet_from_url


@dataclass(frozen=True)
class DocumentMetadata:
    title: str
    dateline_place: str | None
    agency: str | None
    published_on: date | None
    date_inferred: bool
    outlet: str | None
    language: str


@dataclass(frozen=True)
class Dateline:
    place: str
    agency: str | None
    year: int | None
    month: int | None
    day: int | None


def read_metadata(
    clean: str,
    *,
    url: str = "",
    reference_date: date | None = None,
    negotiation_period: tuple[date, date] | None = None,
    accepted_dates: tuple[date, date] | None = None,
    known_outlets: Sequence[str] = (),
    trailer: Sequence[str] = (),
) -> DocumentMetadata:
    """Metadata of an article from its clean text.

    ``reference_date`` (the upload's day, today if not given) and ``negotiation_period``
    place a date written without a year; a date outside ``accepted_dates`` is ignored.
    ``trailer`` are closing lines that cleaning removed (see
    ``CleanText.removed_trailer``); an outlet signing off there still counts.
    """
    reading = date_reading(reference_date, negotiation_period, accepted_dates)
    dateline = find_dateline(clean)
    published_on, inferred = _publication_date(clean, dateline, url, reading)
    title, outlet_in_title = _split_outlet_from_title(read_title(clean), known_outlets)
    outlet = (
        (outlet_from_url(url) if url else None)
        or outlet_in_title
        or _signature_outlet(clean, trailer, known_outlets)
        or (dateline.agency if dateline else None)
    )
    if outlet is not None:
        # The product's own spelling of a name it already knows wins.
        outlet = match_outlet(outlet, known_outlets) or outlet
    return DocumentMetadata(
        title=title,
        dateline_place=dateline.place if dateline else None,
        agency=dateline.agency if dateline else None,
        published_on=published_on,
        date_inferred=inferred,
        outlet=outlet,
        language=detect_language(clean),
    )


_MAX_DERIVED_TITLE = 120
_FIRST_SENTENCE = re.compile(r"(.{20,200}?[.!?])(?=\s|$)")


def read_title(clean: str) -> str:
    """The headline line without its " | Section" tail, or the opening words of the text."""
    headline = find_headline(clean)
    if headline is not None:
        return strip_section_suffix(headline.text.strip()).strip()
    first = find_title_line(clean)
    return _opening_words(first.text.strip()) if first is not None else ""


_TITLE_OUTLET_SEPARATORS = (" - ", " – ", " — ", " | ")


def _split_outlet_from_title(title: str, known_outlets: Sequence[str]) -> tuple[str, str | None]:
    """Split a known outlet off a headline such as "Russia warns NATO - Reuters"."""
    for separator in _TITLE_OUTLET_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and head.strip():
            outlet = match_outlet(tail, known_outlets)
            if outlet is not None:
                return head.strip(), outlet
    return title, None


def _opening_words(text: str) -> str:
    dateline = match_dateline(text)
    if dateline is not None:
        text = text[dateline.end() :]
    sentence = _FIRST_SENTENCE.match(text[:400])
    if sentence is not None and len(sentence.group(1)) <= _MAX_DERIVED_TITLE:
        return sentence.group(1)
    if len(text) <= _MAX_DERIVED_TITLE:
        return text
    cut = text.rfind(" ", 0, _MAX_DERIVED_TITLE)
    return text[: cut if cut > 0 else _MAX_DERIVED_TITLE].rstrip(" ,;:") + "…"


# A dateline opens the first paragraph or one of the next few.
_DATELINE_SEARCH_LINES = 4


def find_dateline(clean: str) -> Dateline | None:
    headline = find_headline(clean)
    paragraphs = (
        line
        for line in non_blank(iter_lines(clean))
        if headline is None or line.start != headline.start
    )
    for line in islice(paragraphs, _DATELINE_SEARCH_LINES):
        match = match_dateline(line.text)
        if match is not None:
            return _dateline_from(match)
    return None


def _dateline_from(match: re.Match[str]) -> Dateline:
    place = match["place"]
    if place.isupper():
        place = place.title()
    groups = match.groupdict()
    agency = agency_name(groups["agency"]) if groups.get("agency") else None
    found = find_date(groups["date"]) if groups.get("date") else None
    if found is None:
        return Dateline(place, agency, None, None, None)
    _, year, month, day = found
    return Dateline(place, agency, year, month, day)


# Timestamps sit near the top, around the headline.
_TIMESTAMP_SEARCH_LINES = 5
_URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})[/-](?P<month>\d{1,2})[/-](?P<day>\d{1,2})(?:/|$|-)"
)


def _publication_date(
    clean: str, dateline: Dateline | None, url: str, reading: DateReading
) -> tuple[date | None, bool]:
    """The first believable date the article states (see ``_stated_dates``)."""
    for parts in _stated_dates(clean, dateline, url):
        resolved = reading.resolve(*parts)
        if resolved is not None:
            return resolved
    return None, False


def _stated_dates(
    clean: str, dateline: Dateline | None, url: str
) -> Iterator[tuple[int | None, int, int]]:
    """Dates as (year or None, month, day): timestamp lines, then the dateline, then the link."""
    for line in islice(non_blank(iter_lines(clean)), _TIMESTAMP_SEARCH_LINES):
        parts = timestamp_line_date(line.text)
        if parts is not None:
            yield parts
    if dateline is not None and dateline.month is not None and dateline.day is not None:
        yield dateline.year, dateline.month, dateline.day
    match = _URL_DATE.search(url)
    if match is not None:
        yield int(match["year"]), int(match["month"]), int(match["day"])


_SIGNATURE_SEARCH_LINES = 3


def _signature_outlet(
    clean: str, trailer: Sequence[str], known_outlets: Sequence[str]
) -> str | None:
    """A known outlet's name standing alone at the end (never one named in a sentence)."""
    closing = islice(non_blank(iter_lines_backwards(clean)), _SIGNATURE_SEARCH_LINES)
    for text in (*trailer, *(line.text for line in closing)):
        if is_trailer_line(text) or not looks_like_lone_name(text):
            continue
        outlet = match_outlet(text, known_outlets)
        if outlet is not None:
            return outlet
    return None
