"""Indirect quotes: the reported content after reporting verbs and phrases."""

import pytest

from positions.extraction import extract_quotes


def _indirect(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    "text",
    [
        "Jens Stoltenberg said that NATO is eager to discuss arms control.",
        "Jens Stoltenberg said NATO is eager to discuss arms control.",
        "Jens Stoltenberg stressed on Friday that NATO is eager to discuss arms control.",
        "Jens Stoltenberg told reporters that NATO is eager to discuss arms control.",
        "Jens Stoltenberg insisted that NATO is eager to discuss arms control.",
        "NATO is eager to discuss arms control, Jens Stoltenberg said.",
        "NATO is eager to discuss arms control, said Jens Stoltenberg.",
        "According to Jens Stoltenberg, NATO is eager to discuss arms control.",
        "NATO is eager to discuss arms control, according to Jens Stoltenberg.",
    ],
)
def test_indirect_quote_after_reporting_phrase_is_found(text):
    quotes = _indirect(text)

    assert quotes == [("NATO is eager to discuss arms control", "Jens Stoltenberg")]


def test_indirect_quote_after_participle_keeps_main_speaker():
    text = "Russia is ready for dialogue, Alexander Grushko said, noting that the Alliance is not ready."

    quotes = _indirect(text)

    assert quotes == [
        ("Russia is ready for dialogue", "Alexander Grushko"),
        ("the Alliance is not ready", "Alexander Grushko"),
    ]


def test_indirect_quote_called_for_takes_object():
    text = "Vladimir Putin called for legally binding guarantees against NATO expansion."

    quotes = _indirect(text)

    assert quotes == [("legally binding guarantees against NATO expansion", "Vladimir Putin")]


def test_indirect_quote_quoted_as_saying_names_the_quoted_person():
    text = "The Interfax agency quoted Deputy Defense Minister Alexander Fomin as saying that talks stalled."

    quotes = _indirect(text)

    assert quotes == [("talks stalled", "Alexander Fomin")]


def test_indirect_quote_stops_at_trailing_participle_clause():
    text = (
        "Jens Stoltenberg stressed that Ukraine has the right to choose, dismissing a key demand."
    )

    quotes = _indirect(text)

    assert quotes == [("Ukraine has the right to choose", "Jens Stoltenberg")]


def test_indirect_frame_around_long_partial_quote_is_reported_speech():
    text = (
        "Jens Stoltenberg assured that NATO countries continue to support Ukraine, its "
        "sovereignty and territorial integrity, and provide it with “political support.”"
    )

    quotes = [(q.kind, q.text) for q in extract_quotes(text)]

    assert quotes == [
        (
            "indirect",
            "NATO countries continue to support Ukraine, its sovereignty and territorial "
            "integrity, and provide it with",
        ),
        ("direct", "political support."),
    ]


def test_indirect_short_frame_around_partial_quote_is_not_reported_speech():
    text = "Wendy Sherman said the demands are “simply non-starters.”"

    quotes = [(q.kind, q.text) for q in extract_quotes(text)]

    assert quotes == [("direct", "simply non-starters.")]


def test_reporting_noun_is_not_a_reporting_verb():
    text = "Fomin’s remarks follow a summit between NATO representatives and Russian diplomats."

    assert extract_quotes(text) == []


def test_indirect_quote_according_to_source_with_place():
    text = "According to diplomats in Brussels, the alliance is preparing a written response."

    quotes = _indirect(text)

    assert quotes == [("the alliance is preparing a written response", "diplomats")]


def test_indirect_quote_after_a_day_without_comma():
    text = "The Pentagon said on Monday it had put 8,500 troops on heightened alert."

    quotes = _indirect(text)

    assert quotes == [("it had put 8,500 troops on heightened alert", "Pentagon")]


def test_indirect_quote_after_saying_without_that():
    text = "NATO rejected the demand, saying countries are free to choose their alliances."

    quotes = _indirect(text)

    assert quotes == [("countries are free to choose their alliances", "NATO")]


def test_adverbial_before_attribution_is_not_content():
    text = "As the talks began, the envoy said. During the talks, Russia is ready to compromise, Alexander Grushko said."

    quotes = _indirect(text)

    assert quotes == [("Russia is ready to compromise", "Alexander Grushko")]


@pytest.mark.parametrize(
    "text",
    [
        "Jens Stoltenberg is warning that Russia faces a high price.",
        "Ukraine backs Jens Stoltenberg, who warned that Russia faces a high price.",
        "Allies met at the summit, in which Jens Stoltenberg warned that Russia faces a high price.",
    ],
)
def test_indirect_quote_progressive_and_relative_clauses(text):
    quotes = _indirect(text)

    assert quotes[0] == ("Russia faces a high price", "Jens Stoltenberg")


def test_indirect_quote_called_on_takes_its_object():
    text = "Anna Berg called on the alliance to reopen its missions in Moscow."

    quotes = _indirect(text)

    assert quotes == [("the alliance to reopen its missions in Moscow", "Anna Berg")]


def test_indirect_quote_told_someone_to_do_something():
    text = "Alexander Grushko told his deputies to prepare a written answer."

    quotes = _indirect(text)

    assert quotes == [("his deputies to prepare a written answer", "Alexander Grushko")]


def test_indirect_quote_share_of_respondents_is_a_source():
    text = "In the survey, 73 percent said the talks should continue."

    quotes = _indirect(text)

    assert quotes == [("the talks should continue", "73 percent")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Anna Berg vowed to fight the ruling in court.", "to fight the ruling in court"),
        ("Anna Berg has refused to withdraw the troops.", "to withdraw the troops"),
        ("Anna Berg agreed to hold talks next week.", "to hold talks next week"),
        ("Anna Berg plans to visit the capital in May.", "to visit the capital in May"),
        ("Anna Berg spoke at the rally, promising to cut taxes.", "to cut taxes"),
    ],
)
def test_indirect_quote_infinitive_after_commitment_verb(text, content):
    quotes = _indirect(text)

    assert quotes == [(content, "Anna Berg")]


@pytest.mark.parametrize(
    "text",
    [
        "The leaders agreed on a date for the summit.",
        "The treaty would have forced the alliance to drop all plans to expand.",
        "Their pledge to rebuild the port was welcome.",
    ],
)
def test_commitment_verb_without_infinitive_or_as_noun_reports_nothing(text):
    assert _indirect(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to federal data, most of the new jobs are part-time.",
            [("most of the new jobs are part-time", "federal data")],
        ),
        (
            "But according to the latest poll, the mayor leads by three points.",
            [("the mayor leads by three points", "the latest poll")],
        ),
        (
            "The trial was delayed twice, according to court records seen by reporters.",
            [("The trial was delayed twice", "court records seen by reporters")],
        ),
        (
            "The economy, according to the central bank, will grow by two percent next year.",
            [
                ("The economy", "central bank"),
                ("will grow by two percent next year", "central bank"),
            ],
        ),
    ],
)
def test_indirect_quote_according_to_any_source(text, expected):
    assert _indirect(text) == expected


def test_according_to_inside_relative_clause_reports_nothing():
    text = "Anna Berg recalled the old port, which, according to her, was built by hand."

    assert _indirect(text) == []


def test_according_to_around_short_frame_of_a_quote_is_not_reported_speech():
    text = "The build-up, according to Anna Berg, continues “with thousands of troops and tanks.”"

    quotes = [(q.kind, q.text) for q in extract_quotes(text)]

    assert quotes == [("direct", "with thousands of troops and tanks.")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The relatives saw the video on Thursday, attorneys for the family said.",
            "attorneys for the family",
        ),
        ("The relatives saw the video on Thursday, his family said.", "his family"),
    ],
)
def test_indirect_quote_speaker_noun_ending_in_ly(text, speaker):
    assert _indirect(text) == [("The relatives saw the video on Thursday", speaker)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Should the plant close, economists worry that prices could rise.",
            [("prices could rise", "economists")],
        ),
        (
            "But some note that the plan has done little for farmers.",
            [("the plan has done little for farmers", "some")],
        ),
        (
            "Twelve percent indicated that they were not sure.",
            [("they were not sure", "Twelve percent")],
        ),
    ],
)
def test_indirect_quote_that_clause_after_any_subject(text, expected):
    assert _indirect(text) == expected


def test_noun_before_that_clause_is_not_a_speaker():
    assert _indirect("He rejected a key demand that the alliance close its doors.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Daily Courier found that one in four homes stood empty.",
            [("one in four homes stood empty", "Daily Courier")],
        ),
        (
            "Most of the new jobs are part-time, the study found.",
            [("Most of the new jobs are part-time", "study")],
        ),
        (
            "The court ruled that the records must stay sealed.",
            [("the records must stay sealed", "court")],
        ),
        (
            "Anna Berg agreed that the rules should change.",
            [("the rules should change", "Anna Berg")],
        ),
        (
            "Investigators learned that the files were deleted.",
            [("the files were deleted", "Investigators")],
        ),
    ],
)
def test_indirect_quote_findings_and_that_clause_verbs(text, expected):
    assert _indirect(text) == expected


@pytest.mark.parametrize("text", ["Anna Berg learned the truth.", "The leaders ruled out a deal."])
def test_that_clause_verb_without_its_clause_reports_nothing(text):
    assert _indirect(text) == []


def test_indirect_quote_restrictive_relative_clause_names_the_speaker():
    text = "He mocked an architect who said he was never paid for the work."

    assert _indirect(text) == [("he was never paid for the work", "an architect")]


def test_indirect_quote_participle_with_an_object():
    text = "The court blocked the sale, citing a threat to public safety."

    assert _indirect(text) == [("a threat to public safety", "court")]


def test_indirect_quote_clause_left_without_that():
    assert _indirect("The bank announced it would end the bonuses in January.") == [
        ("it would end the bonuses in January", "bank")
    ]
    assert _indirect("The bank announced it on Friday.") == []


def test_indirect_quote_transcript_line_labelled_with_a_speaker():
    text = "Chris Wallace spoke to Mike Pence on Sunday.\n\nPENCE: The debate will go ahead as planned."

    assert _indirect(text) == [("The debate will go ahead as planned", "Mike Pence")]


def test_label_that_names_no_one_in_the_article_is_not_a_speaker():
    text = "The talks resumed on Monday.\n\nUPDATE: The talks were suspended again later that day."

    assert _indirect(text) == []


def test_indirect_quote_paragraph_introduced_by_a_colon():
    text = "Anna Berg added:\n\nThe port will reopen once the repairs are finished."

    assert _indirect(text) == [("The port will reopen once the repairs are finished", "Anna Berg")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As many experts have pointed out, the firm is free to publish its accounts.",
            [("the firm is free to publish its accounts", "many experts")],
        ),
        (
            "The island, as one of the advisers pointed out, rarely gets two storms in a row.",
            [
                ("The island", "one of the advisers"),
                ("rarely gets two storms in a row", "one of the advisers"),
            ],
        ),
    ],
)
def test_indirect_quote_around_an_as_clause(text, expected):
    assert _indirect(text) == expected


def test_indirect_quote_other_studies_as_source():
    text = "Large parts of the city are divided by income, other studies have shown."

    assert _indirect(text) == [("Large parts of the city are divided by income", "other studies")]


def test_indirect_quote_speaker_phrase_ending_in_a_noun_like_a_verb():
    text = "Observers in the state say the governor deserves a second term."

    assert _indirect(text) == [("the governor deserves a second term", "Observers")]


def test_indirect_quote_told_him_that():
    assert _indirect("Anna Berg told him that the port would reopen.") == [
        ("the port would reopen", "Anna Berg")
    ]


def test_indirect_quote_warned_someone_to_do_something_ignores_later_that():
    text = "Anna Berg warned the envoy to avoid steps that would worsen the crisis."

    assert _indirect(text) == [
        ("the envoy to avoid steps that would worsen the crisis", "Anna Berg")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A university study found 31 cases of fraud among a million ballots.",
            "31 cases of fraud among a million ballots",
        ),
        ("The video shows an officer pointing at the car.", "an officer pointing at the car"),
    ],
)
def test_indirect_quote_finding_with_an_object(text, content):
    assert [q for q, _ in _indirect(text)] == [content]


def test_indirect_quote_participle_after_a_quote():
    text = "“The port did well,” Anna Berg said, adding that its trade doubled in a year."

    assert _indirect(text) == [("its trade doubled in a year", "Anna Berg")]


def test_indirect_quote_belief_without_that():
    assert _indirect("Officials believe the attack was planned.") == [
        ("the attack was planned", "Officials")
    ]
    assert _indirect("They believe the story that was told.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an intent after an infinitive verb, whoever the subject
        (
            "The water company agreed to clean up the flooded pits.",
            ("to clean up the flooded pits", "water company"),
        ),
        # a clause without "that" after a verb that otherwise needs it
        (
            "Many economists suspect the figures were inflated by a late harvest.",
            ("the figures were inflated by a late harvest", "Many economists"),
        ),
        # a clause without "that" whose subject runs long
        (
            "Anna Berg believes her plan to rebuild the harbour will outlast her term.",
            ("her plan to rebuild the harbour will outlast her term", "Anna Berg"),
        ),
        # what was spoken or talked about
        (
            "Anna Berg spoke of her years at the harbour office.",
            ("her years at the harbour office", "Anna Berg"),
        ),
        (
            "Anna Berg talked about the cost of the new bridge.",
            ("the cost of the new bridge", "Anna Berg"),
        ),
        (
            "Anna Berg spoke warmly of her rival on the council.",
            ("her rival on the council", "Anna Berg"),
        ),
        # a group named with what ties it together
        (
            "Experts on shipping and trade said the canal would reopen soon.",
            ("the canal would reopen soon", "Experts on shipping and trade"),
        ),
    ],
)
def test_indirect_content_in_less_common_reports(text, expected):
    assert _indirect(text) == [expected]


def test_clause_without_that_does_not_run_past_a_preposition():
    text = "Anna Berg felt uneasy with the plan because she could not fund it."

    assert _indirect(text) == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Recent polls show the mayor with a narrow lead.",
            "the mayor with a narrow lead",
            "Recent polls",
        ),
        (
            "Data from the regional census show that rents rose by a third.",
            "rents rose by a third",
            "Data",
        ),
        (
            "The latest harbour survey found the east pier was sinking.",
            "the east pier was sinking",
            "The latest harbour survey",
        ),
    ],
)
def test_indirect_finding_of_poll_or_study(text, content, source):
    quotes = [(q.text, q.speaker_as_written) for q in extract_quotes(text)]

    assert quotes == [(content, source)]


def test_indirect_content_stops_where_another_statement_is_joined_on():
    text = (
        "The video shows the driver with his hands raised, but the officer said he refused to stop."
    )

    quotes = _indirect(text)

    assert quotes == [
        ("the driver with his hands raised", "The video"),
        ("he refused to stop", "officer"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg spoke to reporters at the harbour.",
        "The ferry ran late and officials said nothing.",
    ],
)
def test_plain_speaking_reports_nothing(text):
    assert _indirect(text) == []


def test_indirect_content_in_opening_clause_stops_at_its_comma():
    text = "While Anna Berg spoke about the bridge, the crowd outside grew restless."

    assert _indirect(text) == [("the bridge", "Anna Berg")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause on the listener's meeting is not what was told
        (
            "Anna Berg told reporters after talks that were held that the ferry would run.",
            [("the ferry would run", "Anna Berg")],
        ),
        # when it was said, not what was said
        ("“We will stay,” Anna Berg said as the crowd moved off.", []),
        # "said as much" still reports
        ("Anna Berg said as much in an interview.", [("as much in an interview", "Anna Berg")]),
    ],
)
def test_indirect_content_is_not_a_circumstance(text, expected):
    assert _indirect(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Berg did not explain why the ferry was late.", "why the ferry was late"),
        ("Anna Berg couldn’t say whether the ferry would run.", "whether the ferry would run"),
        ("Anna Berg isn’t saying if the ferry will run.", "if the ferry will run"),
    ],
)
def test_bare_verb_after_auxiliary_reports(text, expected):
    assert _indirect(text) == [(expected, "Anna Berg")]


def test_commitment_after_modal_is_only_imagined():
    text = "In exchange, the harbour board would promise to repair the pier."

    assert _indirect(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg could not resist pointing out that every ferry was late.",
            "every ferry was late",
        ),
        ("Anna Berg appeared to suggest that the pier was unsafe.", "the pier was unsafe"),
        ("Anna Berg won votes by telling them that the ferry would run.", "the ferry would run"),
        ("Anna Berg went on to explain how the ferry would run.", "how the ferry would run"),
    ],
)
def test_reporting_verb_without_subject_reports_main_speaker(text, expected):
    assert _indirect(text) == [(expected, "Anna Berg")]


@pytest.mark.parametrize(
    "text",
    [
        "The hearing that followed lasted two hours.",
        "It is worth noting that the ferry was late.",
        "It goes without saying that the ferry was late.",
    ],
)
def test_nonfinite_form_without_speaker_reports_nothing(text):
    assert _indirect(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg was frank in her acknowledgment that the ferry needs repairs.",
            ("the ferry needs repairs", "Anna Berg"),
        ),
        (
            "Anna Berg has expressed deep concern that the ferry could sink.",
            ("the ferry could sink", "Anna Berg"),
        ),
        (
            "Anna Berg was frustrated that the ferry ran late again.",
            ("the ferry ran late again", "Anna Berg"),
        ),
        (
            "Anna Berg felt confident that the ferry would run.",
            ("the ferry would run", "Anna Berg"),
        ),
    ],
)
def test_claim_or_feeling_with_that_clause_reports_its_owner(text, expected):
    assert _indirect(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # what is asked for, not what anyone said
        "A key harbour board demand that the ferry run daily was rejected.",
        # a relative clause on the noun
        "The concerns that were raised went unanswered.",
        # the writer's own judgment
        "It is certain that the ferry will run.",
        # a result, not a feeling held
        "Anna Berg was so angry that the ferry left without her.",
        # only supposed
        "The ferry will run only if Anna Berg can be convinced that it is safe.",
    ],
)
def test_noun_or_adjective_with_that_clause_needs_an_owner(text):
    assert _indirect(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Correction: An earlier version of this article gave the wrong date for the vote.",
        "The Latest: Ferry service resumes on the northern route.",
    ],
)
def test_editorial_label_is_not_a_speaker(text):
    assert _indirect(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ferry is run as a charity. But state law requires a licence for the pier.",
        "The Guard and state troopers will remain in the harbour through Sunday.",
    ],
)
def test_bare_verb_form_before_a_noun_is_no_report(text):
    assert _indirect(text) == []


def test_a_long_phrase_may_stand_between_the_verb_and_its_that():
    text = (
        "Three mobile operators said in a joint letter to the telecoms regulator that they"
        " would boycott the spectrum auction."
    )
    assert _indirect(text) == [
        ("they would boycott the spectrum auction", "Three mobile operators")
    ]


def test_a_compound_noun_ending_in_a_reporting_form_is_no_verb():
    text = (
        "Finance Minister Tomas Reyes told bondholders on a conference call that the bonds"
        " would carry a warrant."
    )
    assert _indirect(text) == [("the bonds would carry a warrant", "Tomas Reyes")]


def test_a_verb_of_speech_after_a_modal_of_the_future_reports_nothing_said():
    text = (
        "Mirosh will respond in kind, product by product, if Kellandia goes ahead with the"
        " duties, a senior trade official told a briefing."
    )
    assert _indirect(text) == [
        (
            "Mirosh will respond in kind, product by product, if Kellandia goes ahead with the"
            " duties",
            "a senior trade official",
        )
    ]


def test_a_verb_in_a_condition_closed_by_a_comma_reports_nothing():
    text = "The rebel command says that if the shelling continues, it will end the truce."
    assert _indirect(text) == [
        ("if the shelling continues, it will end the truce", "rebel command")
    ]


def test_a_possessive_name_before_a_common_noun_is_no_speaker():
    text = (
        "Doctor Ann Lee has a show. Lee’s dubious medical advice earned her the attention of the"
        " senate, where she appeared for saying that the tea was a “magic cure for every body"
        " type.”"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Doctor Ann Lee"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The vice-chancellor said the college would freeze fees for a year.",
            "vice-chancellor",
        ),
        (
            "The Tarrow College's vice-chancellor, Professor Ines Marlow-Quaye, said the college"
            " would freeze fees for a year.",
            "Ines Marlow-Quaye",
        ),
    ],
)
def test_a_hyphenated_role_names_a_speaker(text, speaker):
    assert _indirect(text) == [("the college would freeze fees for a year", speaker)]


def test_a_verb_joined_on_with_the_contents_modal_goes_on_with_the_content():
    text = (
        "Ana Ruiz said Borvia would take the matter back to the council, and would press for"
        " sanctions. Tom Reyes said the talks had failed, and would resume in May."
    )

    assert _indirect(text) == [
        (
            "Borvia would take the matter back to the council, and would press for sanctions",
            "Ana Ruiz",
        ),
        ("the talks had failed", "Tom Reyes"),
    ]


def test_an_adjective_before_claims_names_no_claimant():
    text = "The ministry dismissed as baseless claims that the dam had cut flows by a third."

    assert all(q.speaker != "baseless" for q in extract_quotes(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The union agreed to suspend the strike, its leader said.", "its leader"),
        ("The union agreed to suspend the strike, said Ana Ruiz.", "Ana Ruiz"),
        (
            "The two delegations agreed to meet again next week, said Ines Baptista, "
            "spokeswoman for the river commission.",
            "Ines Baptista",
        ),
    ],
)
def test_an_attribution_closing_the_sentence_reports_all_of_it(text, speaker):
    sentence = text.split(",")[0]

    assert _indirect(text) == [(sentence, speaker)]


def test_a_clause_after_a_comma_without_a_verb_of_saying_stays_in_the_content():
    text = (
        "The ministry said it would take in 1,500 refugees, provided at least five other "
        "member states did the same."
    )

    assert _indirect(text) == [
        (
            "it would take in 1,500 refugees, provided at least five other member states did "
            "the same",
            "ministry",
        )
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to Rachel Imbert, a researcher who tracks labour disputes, the union's "
            "call enjoys broad support.",
            "the union's call enjoys broad support",
        ),
        (
            "According to Rachel Imbert, the union's call, which is old, enjoys broad support.",
            "the union's call, which is old, enjoys broad support",
        ),
    ],
)
def test_a_sources_description_is_no_part_of_what_it_says(text, content):
    assert _indirect(text) == [(content, "Rachel Imbert")]


def test_a_firms_name_joined_by_an_ampersand_is_one_name():
    text = "Harlan & Finch said the merger would be cleared."

    ((content, speaker),) = _indirect(text)

    # the name keeps both its words (its ampersand is not a word, and names are built of words)
    assert (content, speaker.split()) == ("the merger would be cleared", ["Harlan", "Finch"])
