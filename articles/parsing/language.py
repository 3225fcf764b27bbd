"""A small offline guess at an article's language (ISO 639-1)."""

import re

# Frequent short words that barely overlap between languages.
_STOPWORDS: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {
        "en": "the and of to in is that for with was on are as by this be from has have it "
        "its said not but which were will would their they",
        "de": "der die das und ist nicht mit von den dem zu auf für ein eine sich auch "
        "wird sind des im es bei nach wie aus",
        "fr": "le la les et des est une dans que pour qui pas sur du au par avec sont il "
        "elle ce cette aux ont",
        "es": "el la los las y de que en es por con para una un del se no al su lo como "
        "más pero sus fue",
        "it": "il la di che e è per non una con del della sono gli le nel alla anche da "
        "come ha più",
        "pt": "o a os as e de que em é para com não uma um do da dos das no na por mais foi ao se",
        "nl": "de het een en van is dat op te in niet met voor zijn er aan ook als bij "
        "door maar om",
        "pl": "i w na z że do się nie jest to o jak po co ale od przez dla są tak",
    }.items()
}
_UKRAINIAN_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_ONLY_LETTERS = re.compile(r"[ыэъЫЭЪ]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
# Enough of the text to judge by, without reading 10 MB to do it.
_SAMPLE = 20000


def detect_language(text: str) -> str:
    sample = text[:_SAMPLE]
    letters = len(_LETTER.findall(sample))
    if not letters:
        return "en"
    cyrillic = len(_CYRILLIC.findall(sample))
    if cyrillic / letters > 0.3:
        return _cyrillic_language(sample)
    words = [word.lower() for word in _WORD.findall(sample)]
    scores = {
        language: sum(1 for word in words if word in stopwords)
        for language, stopwords in _STOPWORDS.items()
    }
    best = max(scores, key=lambda language: scores[language])
    return best if scores[best] > 0 else "en"


def _cyrillic_language(sample: str) -> str:
    ukrainian = len(_UKRAINIAN_LETTERS.findall(sample))
    russian = len(_RUSSIAN_ONLY_LETTERS.findall(sample))
    return "uk" if ukrainian > russian else "ru"
