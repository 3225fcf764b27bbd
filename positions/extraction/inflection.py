"""English word forms by rule: a word's lemma, its inflections and a few close derivations.

Enough to match an editor's keyword in the forms a text uses ("guarantees" → "guarantee",
"expand" → "expanded", "escalation" → "escalate") without a dictionary or a model.
Words are lower case.
"""

from __future__ import annotations

import re
from functools import lru_cache

_VOWELS = frozenset("aeiou")
# Words whose final "s" is not a plural ending.
_KEEP_S = ("ss", "us", "is", "ous", "ics", "ws")
# Endings after which a stripped "-ed"/"-ing" leaves a stem that lost its silent "e":
# escalat(ed) → escalate, organiz(ing) → organize, produc(ed) → produce, serv(ed) → serve.
_SILENT_E_AFTER = re.compile(
    r"(?:at|iz|is|ys|c|v|[aiu]g|[ae]ng|[aiu]r|[^aeiou][aiou]d|[aeiou][os])$"
)
# Derivations close enough to name the same subject: escalation ↔ escalate, invasion ↔ invade,
# aggression ↔ aggressive, deployment ↔ deploy, transparency ↔ transparent.
_DERIVATIONS = (
    ("ation", ("ate",)),
    ("ssion", ("ss", "ssive")),
    ("asion", ("ade", "asive")),
    ("nsion", ("nd", "nsive")),
    ("ency", ("ent",)),
    ("ancy", ("ant",)),
)
# A hyphenated prefix that leaves the subject unchanged: de-escalation is about escalation.
_PREFIXES = ("de-", "non-", "anti-", "counter-")


@lru_cache(maxsize=65536)  # the same words come up in article after article
def word_key(word: str) -> str:
    """A form shared by a word's inflections, for comparing words: lemma without a final "e"."""
    base = lemma(word)
    return base[:-1] if len(base) > 4 and base.endswith("e") else base


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of a noun's plural or a verb's -s, -ed or -ing form."""
    word = word.removesuffix("'s").removesuffix("’s")
    if len(word) <= 3:
        return word
    if word.endswith(("ies", "ied")) and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s"):
        return _singular(word)
    if word.endswith("eed") and not word.endswith("ceed"):
        return word[:-1]  # agreed, guaranteed
    if word.endswith("ed") and len(word) > 4:
        return _restore(word[:-2])
    if word.endswith("ing") and len(word) > 5:
        return _restore(word[:-3])
    return word


def _singular(word: str) -> str:
    if word.endswith(_KEEP_S):
        return word
    if word.endswith(("sses", "xes", "ches", "shes", "zes", "oes")):
        return word[:-2]
    return word[:-1]


def _restore(stem: str) -> str:
    """A stem left by "-ed" or "-ing": undouble its consonant, give back its silent "e"."""
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS | {"l", "s", "z"}:
        return stem[:-1]  # planned, banning
    if _SILENT_E_AFTER.search(stem) and not stem.endswith(("ee", "ye", "oe")):
        return stem + "e"
    return stem


# Suffixes that make one word of a stem into another of the same subject: industry, industrial;
# ratify, ratification; enforce, enforcement; farm, farmers; irrigate, irrigation. Longest first.
_DERIVING_SUFFIXES = (
    "ications",
    "ication",
    "ations",
    "ation",
    "itions",
    "ition",
    "ions",
    "ion",
    "ments",
    "ment",
    "ities",
    "ity",
    "ate",
    "ial",
    "al",
    "ive",
    "ers",
    "er",
    "ic",
    "y",
)
_STEM_MIN = 4


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem a word shares with the words derived from it, for comparing an editor's
    description with a text: "industrial" and "industries" → "industr", "environmental" and
    "environment" → "environ". Coarser than `word_key`: a stem may join two unrelated words."""
    key = lemma(word)
    for _ in range(2):  # environmental → environment → environ
        cut = _without_deriving_suffix(key)
        if cut == key:
            break
        key = cut
    return key[:-1] if len(key) > _STEM_MIN and key.endswith("e") else key


def _without_deriving_suffix(word: str) -> str:
    for suffix in _DERIVING_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _STEM_MIN:
            return word[: -len(suffix)]
    return word


def is_inflected(word: str) -> bool:
    return lemma(word) != word


def inflections(base: str) -> tuple[str, ...]:
    """A base form's plural or third person, past and present participle: base first."""
    forms = [base, _plural(base)]
    if base[-1:] not in _VOWELS | {"y"} or base.endswith("e"):
        stem = base[:-1] if base.endswith("e") and not base.endswith(("ee", "ye")) else base
        forms += [base + "d" if base.endswith("e") else base + "ed", stem + "ing"]
    elif base.endswith("y") and base[-2:-1] not in _VOWELS:
        forms += [base[:-1] + "ied", base + "ing"]
    else:
        forms += [base + "ed", base + "ing"]
    return tuple(dict.fromkeys(forms))


def _plural(base: str) -> str:
    if base.endswith(("s", "x", "z", "ch", "sh")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in _VOWELS:
        return base[:-1] + "ies"
    return base + "s"


def derivations(word: str) -> tuple[str, ...]:
    """Words made from the same stem that name the same subject: escalation → escalate."""
    found: list[str] = []
    for suffix, replacements in _DERIVATIONS:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            found += [word[: -len(suffix)] + r for r in replacements]
            break
    stem = word.removesuffix("ment")
    if stem != word and len(stem) >= 4 and (stem[-1] not in _VOWELS or stem.endswith("e")):
        found.append(stem)  # deployment → deploy, enlargement → enlarge
    return tuple(found)


def without_prefix(word: str) -> str | None:
    """ "de-escalation" → "escalation": the subject without a prefix that only negates it."""
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 3:
            return word[len(prefix) :]
    return None
