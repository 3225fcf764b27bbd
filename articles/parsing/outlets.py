"""Which news outlet published an article, from its address or a lone signature."""

from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

# Domains whose outlet name differs from what the domain spells.
_OUTLET_DOMAINS: dict[str, str] = {
    "interfax.com": "Interfax",
    "interfax.ru": "Interfax",
    "interfax.com.ua": "Interfax-Ukraine",
    "aljazeera.com": "Al Jazeera",
    "aljazeera.net": "Al Jazeera",
    "rt.com": "RT",
    "tass.com": "TASS",
    "tass.ru": "TASS",
    "ria.ru": "RIA Novosti",
    "reuters.com": "Reuters",
    "apnews.com": "Associated Press",
    "afp.com": "AFP",
    "bbc.com": "BBC",
    "bbc.co.uk": "BBC",
    "theguardian.com": "The Guardian",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "ft.com": "Financial Times",
    "economist.com": "The Economist",
    "bloomberg.com": "Bloomberg",
    "cnn.com": "CNN",
    "politico.com": "Politico",
    "politico.eu": "Politico Europe",
    "dw.com": "DW",
    "euronews.com": "Euronews",
    "france24.com": "France 24",
    "nato.int": "NATO",
    "osce.org": "OSCE",
    "vestnikkavkaza.net": "Vestnik Kavkaza",
    "themoscowtimes.com": "The Moscow Times",
    "kommersant.ru": "Kommersant",
    "rbc.ru": "RBC",
    "izvestia.ru": "Izvestia",
    "meduza.io": "Meduza",
    "kyivindependent.com": "The Kyiv Independent",
    "kyivpost.com": "Kyiv Post",
    "ukrinform.net": "Ukrinform",
    "unian.info": "UNIAN",
    "pravda.com.ua": "Ukrainska Pravda",
    "rferl.org": "Radio Free Europe/Radio Liberty",
    "xinhuanet.com": "Xinhua",
    "news.cn": "Xinhua",
    "aa.com.tr": "Anadolu Agency",
}

# Names an outlet signs with, as a line of its own at the end of an article.
BUILT_IN_OUTLETS: tuple[str, ...] = (
    *sorted(set(_OUTLET_DOMAINS.values())),
    "Associated Press",
    "Sputnik",
    "Vzglyad",
    "Rossiyskaya Gazeta",
    "Novaya Gazeta",
    "Le Monde",
    "Der Spiegel",
)

# Wire agencies as datelines spell them ("INTERFAX", "(AP)", "/TASS/").
_AGENCY_SPELLINGS: dict[str, str] = {
    "interfax": "Interfax",
    "интерфакс": "Interfax",
    "reuters": "Reuters",
    "ap": "Associated Press",
    "afp": "AFP",
    "tass": "TASS",
    "тасс": "TASS",
    "ria novosti": "RIA Novosti",
    "риа новости": "RIA Novosti",
    "xinhua": "Xinhua",
    "ukrinform": "Ukrinform",
    "unian": "UNIAN",
    "dpa": "dpa",
    "bloomberg": "Bloomberg",
    "anadolu": "Anadolu Agency",
}


def outlet_from_url(url: str) -> str | None:
    """The outlet behind a link: a known name for its domain, else the domain itself."""
    host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    if not host:
        return None
    labels = host.split(".")
    for first in range(len(labels) - 1):
        name = _OUTLET_DOMAINS.get(".".join(labels[first:]))
        if name is not None:
            return name
    for prefix in ("www.", "m.", "amp."):
        if host.startswith(prefix):
            host = host[len(prefix) :]
    return host


def agency_name(spelling: str) -> str:
    """A wire agency's usual name from the way a dateline writes it."""
    key = " ".join(spelling.strip(" /().").split())
    known = _AGENCY_SPELLINGS.get(key.lower())
    if known is not None:
        return known
    # An unknown agency shouted in capitals reads better title-cased, but a
    # short capitalised name is an acronym and stays as written.
    if key.isupper() and len(key) > 4:
        return key.title()
    return key


def match_outlet(line: str, known_outlets: Sequence[str]) -> str | None:
    """The outlet whose name is exactly this line (case and spacing aside)."""
    key = _name_key(line)
    for name in _all_outlets(known_outlets):
        if _name_key(name) == key:
            return name
    return None


def _all_outlets(known_outlets: Sequence[str]) -> Iterable[str]:
    # The caller's own list comes first: it spells names the way the product does.
    yield from known_outlets
    yield from BUILT_IN_OUTLETS


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())
