"""Dates as news articles write them: "January 7", "14 Jan, 2022 07:12", "7 января"."""

import re
from dataclasses import dataclass
from datetime import date

_MONTHS: dict[str, int] = {
    **{
        name: number
        for number, names in enumerate(
            (
                ("january", "jan"),
                ("february", "feb"),
                ("march", "mar"),
                ("april", "apr"),
                ("may",),
                ("june", "jun"),
                ("july", "jul"),
                ("august", "aug"),
                ("september", "sep", "sept"),
                ("october", "oct"),
                ("november", "nov"),
                ("december", "dec"),
            ),
            start=1,
        )
        for name in names
    },
    # Russian month names: genitive ("7 января"), nominative and abbreviated.
    **{
        name: number
        for number, names in enumerate(
            (
                ("января", "январь", "янв"),
                ("февраля", "февраль", "фев"),
                ("марта", "март", "мар"),
                ("апреля", "апрель", "апр"),
                ("мая", "май"),
                ("июня", "июнь", "июн"),
                ("июля", "июль", "июл"),
                ("августа", "август", "авг"),
                ("сентября", "сентябрь", "сен", "сент"),
                ("октября", "октябрь", "окт"),
                ("ноября", "ноябрь", "ноя"),
                ("декабря", "декабрь", "дек"),
            ),
            start=1,
        )
        for name in names
    },
}

# Longest names first so "sept" wins over "sep" and "january" over "jan".
MONTH_PATTERN = "(?:" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")\b\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"

_DATE_RE = re.compile(
    rf"(?P<dmy_day>\b\d{{1,2}}){_ORDINAL}\s+(?P<dmy_month>{MONTH_PATTERN}),?(?:\s+(?P<dmy_year>\d{{4}})\b)?"
    rf"|\b(?P<mdy_month>{MONTH_PATTERN})\s+(?P<mdy_day>\d{{1,2}}){_ORDINAL}\b(?:,?\s+(?P<mdy_year>\d{{4}})\b)?"
    r"|\b(?P<iso_year>\d{4})-(?P<iso_month>\d{1,2})-(?P<iso_day>\d{1,2})\b"
    r"|\b(?P<num_day>\d{1,2})[./](?P<num_month>\d{1,2})[./](?P<num_year>\d{4})\b",
    re.IGNORECASE,
)


def find_date(text: str) -> tuple[re.Match[str], int | None, int, int] | None:
    """The first date written in ``text``: the match and its (year or None, month, day)."""
    for match in _DATE_RE.finditer(text):
        parts = _date_parts(match)
        if parts is not None:
            return (match, *parts)
    return None


def _date_parts(match: re.Match[str]) -> tuple[int | None, int, int] | None:
    groups = match.groupdict()
    for style in ("dmy", "mdy"):
        if groups[f"{style}_month"]:
            month = _MONTHS[groups[f"{style}_month"].lower().rstrip(".")]
            year = groups[f"{style}_year"]
            return _valid(int(year) if year else None, month, int(groups[f"{style}_day"]))
    if groups["iso_year"]:
        return _valid(int(groups["iso_year"]), int(groups["iso_month"]), int(groups["iso_day"]))
    day, month = int(groups["num_day"]), int(groups["num_month"])
    if month > 12 >= day:
        # Only the American month/day order makes sense of it.
        day, month = month, day
    return _valid(int(groups["num_year"]), month, day)


def _valid(year: int | None, month: int, day: int) -> tuple[int | None, int, int] | None:
    try:
        date(year or 2000, month, day)  # 2000 is a leap year, so 29 Feb passes here
    except ValueError:
        return None
    return year, month, day


# The longest run of years without a 29 February (1897–1903 has none).
_LEAP_GAP_YEARS = 8


@dataclass(frozen=True)
class DateReading:
    """What a date written in an article is judged against: plain data from the caller."""

    # The upload's day: an article is never published after it reached Parley.
    reference: date
    # The first and last day its negotiations are known for (their events, start and end).
    period: tuple[date, date] | None = None
    # Dates outside are typing slips or probes, and are ignored.
    accepted: tuple[date, date] = (date.min, date.max)

    def resolve(self, year: int | None, month: int, day: int) -> tuple[date, bool] | None:
        """The date and whether its year was inferred; None when it is not a believable date."""
        if year is None:
            found = infer_year(month, day, self.reference, self.period)
        else:
            found = _on(year, month, day)
        if found is None or not self.accepts(found):
            return None
        return found, year is None

    def accepts(self, day: date) -> bool:
        return self.accepted[0] <= day <= self.accepted[1]


def date_reading(
    reference: date | None,
    period: tuple[date, date] | None = None,
    accepted: tuple[date, date] | None = None,
) -> DateReading:
    return DateReading(reference or date.today(), period, accepted or (date.min, date.max))


def infer_year(
    month: int, day: int, reference: date, period: tuple[date, date] | None = None
) -> date | None:
    """The year of a date written without one ("January 10").

    Only days up to ``reference`` count. Among them the one inside ``period`` wins, or the
    one nearest it (the later on a tie): an article on talks held in January 2022 and
    pasted years later is from 2022. Without a period, the latest such day, for a
    dateline is written shortly before the article is uploaded.
    """
    latest = _latest_up_to(month, day, reference)
    if period is None or latest is None:
        return latest
    first, last = period
    around = (_on(year, month, day) for year in range(first.year - 1, last.year + 2))
    candidates = [found for found in around if found is not None and found <= reference]
    if not candidates:  # the period lies wholly after the upload
        return latest
    return min(candidates, key=lambda found: (_days_outside(found, period), -found.toordinal()))


def _latest_up_to(month: int, day: int, reference: date) -> date | None:
    for year in range(reference.year, reference.year - _LEAP_GAP_YEARS - 1, -1):
        found = _on(year, month, day)
        if found is not None and found <= reference:
            return found
    return None


def _on(year: int, month: int, day: int) -> date | None:
    """The day, or None where there is none (29 February of a common year, year 0 or 10000)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _days_outside(day: date, period: tuple[date, date]) -> int:
    first, last = period
    if day < first:
        return (first - day).days
    if day > last:
        return (day - last).days
    return 0


_TIMESTAMP_LABEL = re.compile(
    r"^(?:published|updated|last updated|posted|posted on|date|опубликовано|обновлено)\b:?\s*",
    re.IGNORECASE,
)
# What may surround the date on a line that is nothing but a timestamp.
_TIMESTAMP_REST = re.compile(
    r"(?:[\s,|·•/()\-–—]"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"|\b(?:at|on|в)\b"
    r"|\b(?:gmt|utc|msk|cet|cest|est|edt|pst|pdt|bst)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\b"
    r"|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?"
    r")*",
    re.IGNORECASE,
)


def timestamp_line_date(line: str) -> tuple[int | None, int, int] | None:
    """The date of a line that is only a timestamp ("14 Jan, 2022 07:12"), else None."""
    if len(line) > 80:
        return None
    line = _TIMESTAMP_LABEL.sub("", line.strip())
    found = find_date(line)
    if found is None:
        return None
    match, year, month, day = found
    rest = line[: match.start()] + " " + line[match.end() :]
    if _TIMESTAMP_REST.fullmatch(rest) is None:
        return None
    return year, month, day
