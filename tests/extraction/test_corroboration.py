"""The same statement by the same speaker in different articles."""

from articles.parsing.cleaning import clean_text
from devtools.demo.loader import SEEDS_DIR as SEEDS
from positions.extraction import extract_quotes, group_corroborations


def _article(key: str, text: str):
    return key, text, extract_quotes(text)


def test_same_statement_in_other_words_is_grouped():
    first = _article(
        "a",
        "“No one else has a say and Russia, of course, has no veto power,” Jens Stoltenberg said.",
    )
    second = _article(
        "b",
        "Jens Stoltenberg insisted that “only allies can decide ... Russia does not have a veto.”",
    )

    groups = group_corroborations([first, second])

    assert groups == [[("a", 0), ("b", 0)]]


def test_same_words_from_different_speakers_are_not_grouped():
    first = _article("a", "“Russia has no veto power over NATO,” Jens Stoltenberg said.")
    second = _article("b", "“Russia has no veto power over NATO,” Wendy Sherman said.")

    assert group_corroborations([first, second]) == []


def test_quotes_in_one_article_are_not_grouped():
    text = "“Russia has no veto power,” Jens Stoltenberg said. “Russia does not have a veto,” he added."

    assert group_corroborations([_article("a", text)]) == []


def test_names_and_negation_alone_do_not_make_a_statement():
    first = _article("a", "“Russia does not trust NATO,” Jens Stoltenberg said.")
    second = _article("b", "“NATO will not let Russia decide,” Jens Stoltenberg said.")

    assert group_corroborations([first, second]) == []


def test_seed_articles_corroborate_only_the_veto_statement():
    articles = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = clean_text(path.read_text(encoding="utf-8")).text
        articles.append((path.stem[:3], text, extract_quotes(text)))

    groups = group_corroborations(articles)

    quoted = [[articles[int(key)][2][index].text[:28] for key, index in group] for group in groups]
    assert quoted == [["No one else has a say and Ru", "only Ukraine and 30 allies c"]]
