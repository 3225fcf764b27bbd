"""Issue suggestions: keyword forms, the issue's own words, the paragraph and the headline."""

import pytest

from positions.extraction import Registry, RegistryIssue, RegistryParty, extract_quotes
from positions.extraction.inflection import inflections, lemma, stem
from positions.extraction.issues import keyword_forms
from positions.extraction.registry import index_for

# An invented negotiation about a river: no word of it occurs in the engine.
RIVER = Registry(
    parties=(RegistryParty("upland", "Upland"), RegistryParty("lowland", "Lowland")),
    issues=(
        RegistryIssue(
            "water-quota",
            "Water quota",
            ("quotas", "water share"),
            "How much of the river's flow each side may draw for irrigation and its farms.",
        ),
        RegistryIssue("dam", "Dam construction", ("dam", "reservoir"), "Building upstream dams."),
        RegistryIssue(
            "de-mining", "Mine clearance", ("de-mining",), "Clearing mines from the river banks."
        ),
        RegistryIssue("boats", "Navigation", ("barges",), "Upland and Lowland shipping rights."),
    ),
)


def _issues(text: str, registry: Registry = RIVER, **options) -> list[tuple[str, ...]]:
    return [quote.issues for quote in extract_quotes(text, registry, **options)]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("quotas", "quota"),
        ("policies", "policy"),
        ("marches", "march"),
        ("expanded", "expand"),
        ("escalated", "escalate"),
        ("planned", "plan"),
        ("agreed", "agree"),
        ("banning", "ban"),
        ("organizing", "organize"),
        ("crisis", "crisis"),
    ],
)
def test_lemma_undoes_plurals_and_verb_endings(word, expected):
    assert lemma(word) == expected


def test_inflections_of_a_base_form():
    assert inflections("deploy") == ("deploy", "deploys", "deployed", "deploying")
    assert inflections("escalate") == ("escalate", "escalates", "escalated", "escalating")


def test_a_plural_keyword_is_a_noun_and_takes_no_verb_endings():
    assert keyword_forms("exercises") == ("exercise", "exercises")


def test_keyword_forms_of_a_phrase_inflect_its_verb_and_its_head():
    forms = keyword_forms("join alliance")

    assert {"joined alliance", "joining alliance", "join alliances"} <= set(forms)


def test_keyword_forms_cover_derivations_and_spellings():
    assert {"escalate", "escalated"} <= set(keyword_forms("escalation"))
    assert {"invade", "invaded"} <= set(keyword_forms("invasion"))
    assert "aggressive" in keyword_forms("aggression")
    assert {"deploy", "deployed"} <= set(keyword_forms("deployment"))
    assert {"buildup", "build up"} <= set(keyword_forms("build-up"))
    assert {"escalation", "de-escalate"} <= set(keyword_forms("de-escalation"))


def test_a_compound_keyword_said_the_other_way_round_suggests_its_issue():
    text = "“Lowland wants a bigger share of the water,” Ana Ruiz said."

    assert _issues(text) == [("water-quota",)]


def test_a_past_participle_keyword_does_not_match_its_bare_noun():
    assert "mass" not in keyword_forms("massed")


def test_an_inflected_keyword_in_the_quote_suggests_its_issue():
    text = "“Upland must not build new dams,” the farmer Ana Ruiz said."

    assert _issues(text) == [("dam",)]


def test_a_quote_bears_on_every_issue_it_names():
    text = "“The reservoir decides the quotas,” Ana Ruiz said."

    [issues] = _issues(text)

    assert set(issues) == {"dam", "water-quota"}


def test_a_plural_keyword_does_not_match_a_verb():
    registry = Registry(issues=(RegistryIssue("drills", "Drills", ("exercises",)),))
    text = "“Restraint must be exercised by all,” Ana Ruiz said."

    assert _issues(text, registry) == [()]


def test_the_issue_name_and_description_words_suggest_it_together():
    text = "“Our farms need more of the flow for irrigation,” Ana Ruiz said."

    assert _issues(text) == [("water-quota",)]


def test_one_description_word_alone_suggests_nothing():
    text = "“Our farms are struggling this year,” Ana Ruiz said."

    assert _issues(text) == [()]


def test_pronouns_in_a_description_are_no_evidence():
    registry = Registry(
        issues=(RegistryIssue("tolls", "Tolls", ("toll",), "What boats pay and to them."),)
    )
    text = "“Let them decide what we pay,” Ana Ruiz said."

    assert _issues(text, registry) == [()]


def test_party_names_in_a_description_are_no_evidence():
    text = "“Upland and Lowland will meet again,” Ana Ruiz said."

    assert _issues(text) == [()]


def test_the_paragraph_and_a_description_word_together_suggest_the_issue():
    text = "The talks turned to the quotas. “Our farms cannot wait,” Ana Ruiz said."

    assert _issues(text) == [("water-quota",)]


def test_the_paragraph_alone_suggests_nothing():
    text = "The talks turned to the quotas. “We cannot wait,” Ana Ruiz said."

    assert _issues(text) == [()]


def test_the_headline_and_the_paragraph_together_suggest_the_issue():
    text = (
        "Lowland rejects new water quotas\n"
        "The quotas were the first point. “That is simply a non-starter,” Ana Ruiz said."
    )

    assert _issues(text)[-1] == ("water-quota",)


def test_a_headline_given_apart_from_the_text_counts():
    text = "The quotas were the first point. “That is simply a non-starter,” Ana Ruiz said."

    assert _issues(text, headline="Quotas talks stall") == [("water-quota",)]


def test_the_paragraph_before_alone_suggests_nothing():
    text = "The quotas were discussed.\n“We cannot wait,” Ana Ruiz said."

    assert _issues(text) == [()]


def test_the_paragraph_before_and_a_description_word_together_suggest_the_issue():
    text = "The quotas were discussed.\n“Our farms cannot wait,” Ana Ruiz said."

    assert _issues(text) == [("water-quota",)]


def test_a_prefixed_keyword_also_matches_the_bare_word():
    text = "“Mining of the banks goes on,” Ana Ruiz said."

    assert _issues(text) == [("de-mining",)]


def test_issue_keywords_longest_match_wins():
    registry = Registry(
        issues=(
            RegistryIssue("missiles", "Missiles", ("missile",)),
            RegistryIssue("deployment", "Deployment", ("missile deployment", "deploy")),
        )
    )
    index = index_for(registry).issues

    found = index.keyword_hits("a missile deployment, a missile, deploys")

    assert found == [(2, "deployment"), (24, "missiles"), (33, "deployment")]


def test_stem_joins_words_derived_from_one_another():
    assert stem("industrial") == stem("industries")
    assert stem("irrigated") == stem("irrigation")
    assert stem("enforcement") == stem("enforced")
    assert stem("farmers") == stem("farms")


def test_derived_forms_of_description_words_suggest_the_issue():
    text = "“The farmers need irrigated fields,” Ana Ruiz said."

    assert _issues(text) == [("water-quota",)]


def test_two_description_words_around_the_quote_name_its_topic():
    text = "Irrigation water came first. “Our farms will not give in,” Ana Ruiz said."

    assert _issues(text) == [("water-quota",)]


def test_one_description_word_around_the_quote_is_no_topic():
    text = "Irrigation came first. “Our farms will not give in,” Ana Ruiz said."

    assert _issues(text) == [()]


def test_a_quote_pointing_back_takes_the_issue_named_before_it():
    text = "The quotas came first. “That is unacceptable,” Ana Ruiz said."

    assert _issues(text) == [("water-quota",)]


def test_a_quote_pointing_back_to_the_paragraph_before_needs_a_word_of_its_own():
    alone = "The quotas came first.\n“That is unacceptable,” Ana Ruiz said."
    with_word = "The quotas came first.\n“That would ruin our farms,” Ana Ruiz said."

    assert (_issues(alone), _issues(with_word)) == ([()], [("water-quota",)])


def test_a_quote_naming_nothing_amid_nothing_takes_the_headline_issue():
    text = "Quotas talks stall in the capital\n“We will meet again in May,” Ana Ruiz said."

    assert _issues(text)[-1] == ("water-quota",)


def test_the_headline_issue_holds_where_the_paragraph_before_names_it_too():
    text = (
        "Quotas talks stall in the capital\n"
        "The quotas were the first point.\n"
        "“We will meet again in May,” Ana Ruiz said."
    )

    assert _issues(text)[-1] == ("water-quota",)


def test_a_headline_naming_two_issues_gives_no_topic():
    text = "Quotas and reservoirs dominate the talks\n“We will meet again in May,” Ana Ruiz said."

    assert _issues(text)[-1] == ()


def test_no_headline_topic_where_the_paragraph_names_another_issue():
    text = (
        "Quotas talks stall in the capital\n"
        "The barges were the first point. “We will meet again in May,” Ana Ruiz said."
    )

    assert _issues(text)[-1] == ()


def _issue_confidence(text: str) -> float:
    return extract_quotes(text, RIVER)[-1].issues_confidence


def test_stronger_evidence_gives_a_surer_issue_suggestion():
    keyword = _issue_confidence("“Upland must not fill the reservoir,” Ana Ruiz said.")
    description = _issue_confidence("“Our farms need more irrigation,” Ana Ruiz said.")
    context = _issue_confidence(
        "The quotas came first. “Our farms will not give in,” Ana Ruiz said."
    )
    headline = _issue_confidence(
        "Quotas talks stall in the capital\n“We will meet again in May,” Ana Ruiz said."
    )
    nothing = _issue_confidence("“We will meet again in May,” Ana Ruiz said.")

    assert keyword > description > context > headline > nothing
