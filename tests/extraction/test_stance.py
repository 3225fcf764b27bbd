"""Issue and stance suggestions."""

import pytest

from positions.extraction import extract_quotes


@pytest.mark.parametrize(
    ("text", "issue", "stance"),
    [
        (
            "“It is absolutely imperative to end the open-door policy,” Alexander Grushko added.",
            "nato-enlargement",
            "demand",
        ),
        (
            "“No one else has a say and Russia, of course, has no veto power,” Jens Stoltenberg said.",
            "nato-enlargement",
            "reject",
        ),
        (
            "Jens Stoltenberg said NATO is eager to discuss ways to prevent dangerous military incidents.",
            "incident-prevention",
            "offer",
        ),
    ],
)
def test_stance_and_issue_follow_the_words(demo_registry, text, issue, stance):
    quote = extract_quotes(text, demo_registry)[0]

    assert (quote.issues[0], quote.stance) == (issue, stance)
    assert 0 < quote.stance_confidence <= 1


def test_stance_non_starters_is_reject(demo_registry):
    text = "Wendy Sherman said some of Putin’s security demands are “simply non-starters.”"

    quote = extract_quotes(text, demo_registry)[0]

    assert quote.stance == "reject"


def test_stance_negated_offer_is_reject():
    text = "“NATO does not agree to discuss our ideas,” Alexander Grushko said."

    quote = extract_quotes(text)[0]

    assert quote.stance == "reject"


def test_issues_need_a_registry():
    text = "“We must end the open-door policy,” Alexander Grushko said."

    quote = extract_quotes(text)[0]

    assert quote.issues == ()


def test_stance_follows_the_reporting_verb():
    text = "Moscow has requested written guarantees that Kiev will not join the bloc."

    quote = extract_quotes(text)[0]

    assert (quote.kind, quote.stance) == ("indirect", "demand")
