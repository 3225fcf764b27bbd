"""Wire-copy datelines: "Brussels. January 7. INTERFAX -", "MOSCOW, Jan 7 (Reuters) -"."""

import re

from .dates import MONTH_PATTERN

_CAPITALISED_WORD = r"[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё'’\-]*"
_PLACE = rf"(?P<place>{_CAPITALISED_WORD}(?: {_CAPITALISED_WORD}){{0,3}})"
_SHOUTED_PLACE = r"(?P<place>[A-ZА-ЯЁ]{2,}(?:[ -][A-ZА-ЯЁ]{2,}){0,2})"
_DATE = (
    rf"(?P<date>(?i:{MONTH_PATTERN})\s+\d{{1,2}}(?:,\s*\d{{4}})?"
    rf"|\d{{1,2}}\s+(?i:{MONTH_PATTERN})(?:\s+\d{{4}})?)"
)
_SHOUTED_AGENCY = r"(?P<agency>[A-ZА-ЯЁ][A-ZА-ЯЁ\-]+(?: [A-ZА-ЯЁ][A-ZА-ЯЁ\-]+)?)"
_DASH = r"\s*[-–—]+(?:\s|$)"
# The ways wire copy opens, e.g. "Brussels. January 7. INTERFAX -",
# "MOSCOW, Jan 7 (Reuters) -", "MOSCOW, January 7. /TASS/.",
# "МОСКВА, 7 янв — РИА Новости.", "KYIV —".
_DATELINES = tuple(
    re.compile(pattern)
    for pattern in (
        rf"^{_PLACE}[.,]\s+{_DATE}[.,]?\s+{_SHOUTED_AGENCY}{_DASH}",
        rf"^{_PLACE},?\s+(?:{_DATE}\s+)?\((?P<agency>[^()\n]{{2,30}})\){_DASH}",
        rf"^{_PLACE},\s+{_DATE}\.?\s+/(?P<agency>[^/\n]{{2,25}})/",
        rf"^{_PLACE},\s+{_DATE}\.?{_DASH}(?P<agency>{_CAPITALISED_WORD}(?: {_CAPITALISED_WORD}){{0,2}})\.\s",
        rf"^{_PLACE},\s+{_DATE}{_DASH}",
        rf"^{_SHOUTED_PLACE},?(?:\s+{_DATE})?{_DASH}",
    )
)


def match_dateline(text: str) -> re.Match[str] | None:
    """The dateline opening ``text``, with groups ``place`` and, where written, ``date`` and ``agency``."""
    head = text[:200]  # datelines are short; never scan a 5 MB paragraph
    for pattern in _DATELINES:
        match = pattern.match(head)
        if match is not None:
            return match
    return None
