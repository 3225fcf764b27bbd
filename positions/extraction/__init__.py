"""The quote-extraction engine: plain Python, no Django, so it runs and tests on its own.

`extract_quotes` finds direct and indirect quotes in a clean article text, names their
speakers from the article's own words and resolves them against a `Registry`;
`group_corroborations` finds the same statement reported by several articles.
`ENGINE_BUILD` says whether the modules run compiled (see `native`).
"""

# First, before any other module of the package loads: it may put their compiled build ahead.
from .native import ENGINE_BUILD

# isort: split
from .corroboration import group_corroborations
from .engine import ExtractedQuote, extract_quotes
from .languages import DEFAULT_LANGUAGE, language_name, no_quotes_reason, profile_for
from .limits import MAX_QUOTES, TooManyQuotes
from .registry import Registry, RegistryActor, RegistryIssue, RegistryOffice, RegistryParty

__all__ = [
    "DEFAULT_LANGUAGE",
    "ENGINE_BUILD",
    "MAX_QUOTES",
    "ExtractedQuote",
    "Registry",
    "RegistryActor",
    "RegistryIssue",
    "RegistryOffice",
    "RegistryParty",
    "TooManyQuotes",
    "extract_quotes",
    "group_corroborations",
    "language_name",
    "no_quotes_reason",
    "profile_for",
]
