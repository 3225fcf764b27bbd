"""How a typed name is compared with the names Parley knows: plain Python, no Django.

Both sides are folded the same way — lower case, accents dropped, runs of spaces and
punctuation made one space — so "sefcovic" finds "Maroš Šefčovič" and "stolt" finds
"Jens Stoltenberg" by its second word.
"""

import re
import unicodedata
from collections.abc import Iterable

# Room for the longest alias an editor may type (the key column holds 300 characters).
KEY_LENGTH = 300
NAME = 0
ALIAS = 1
WORD = 2
_SEPARATORS = re.compile(r"[\s,;:/()\"“”«»]+")


def folded(text: str) -> str:
    """The text as names are compared: lower case, no accents, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _SEPARATORS.sub(" ", bare.casefold()).strip()[:KEY_LENGTH]


def name_keys(name: str, aliases: Iterable[str]) -> dict[str, int]:
    """Each key an actor is found by, with its rank (the name, an alias, or a later word of
    either); a key reached several ways keeps its best rank."""
    keys: dict[str, int] = {}
    for whole, rank in [(name, NAME), *((alias, ALIAS) for alias in aliases)]:
        key = folded(whole)
        if not key:
            continue
        _keep_best(keys, key, rank)
        words = key.split(" ")
        for at in range(1, len(words)):
            _keep_best(keys, " ".join(words[at:]), WORD)
    return keys


def cleaned_aliases(aliases: Iterable[str], *, name: str) -> list[str]:
    """Aliases as an editor meant them: trimmed, each once (ignoring case and accents), and
    without the name itself or blanks, in the order given."""
    seen = {folded(name)}
    kept = []
    for alias in aliases:
        alias = " ".join(str(alias).split())
        key = folded(alias)
        if key and key not in seen:
            seen.add(key)
            kept.append(alias)
    return kept


def split_aliases(text: str) -> list[str]:
    """Aliases typed one per line or separated by commas or semicolons."""
    return [part.strip() for part in re.split(r"[\n,;]+", text or "") if part.strip()]


def _keep_best(keys: dict[str, int], key: str, rank: int) -> None:
    if key not in keys or rank < keys[key]:
        keys[key] = rank
