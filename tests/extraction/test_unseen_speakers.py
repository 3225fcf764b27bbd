"""Attribution on invented sentences of the kinds other outlets write: who speaks, and where
the reported content starts and ends."""

import pytest

from positions.extraction import extract_quotes


def _quotes(text: str, registry=None) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker) for q in extract_quotes(text, registry)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Officials in Kyiv urged the West to send more air defence.", "Officials in Kyiv"),
        ("Officials in Kyiv said the talks had stalled.", "Officials in Kyiv"),
        ("The ministry in Moscow said the proposal was unacceptable.", "ministry"),
    ],
)
def test_a_place_after_in_says_where_the_speaker_is_not_who(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_officials_in_a_capital_speak_for_its_party(demo_registry):
    quotes = extract_quotes("Officials in Kyiv said the talks had stalled.", demo_registry)

    assert [(q.speaker, q.party) for q in quotes] == [("Officials in Kyiv", "Ukraine")]


def test_a_capital_standing_for_its_government_is_that_party(demo_registry):
    quotes = extract_quotes("Moscow said it would not withdraw its troops.", demo_registry)

    assert [(q.speaker, q.party) for q in quotes] == [("Russia", "Russia")]


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman wouldn't answer many of the questions about the troop movements.",
        "The spokesman would not answer questions about the talks.",
        "They would not answer many of the questions that have swirled around the deal.",
    ],
)
def test_declining_to_answer_questions_reports_nothing(text):
    assert _quotes(text) == []


def test_an_answer_given_as_a_clause_is_still_reported():
    text = "Asked about the deadline, the minister answered that Russia would wait."

    assert _quotes(text) == [("indirect", "Russia would wait", "minister")]


def test_a_closing_attribution_reports_the_spoken_sentences_before_it():
    text = (
        "The alliance will not change its policy. "
        "It will keep its door open to new members, Stoltenberg said."
    )

    assert _quotes(text) == [
        ("indirect", "The alliance will not change its policy.", "Stoltenberg"),
        ("indirect", "It will keep its door open to new members", "Stoltenberg"),
    ]


def test_narration_before_a_closing_attribution_stays_the_writers():
    text = "The talks began in Geneva on Monday. The door stays open, Stoltenberg said."

    assert _quotes(text) == [("indirect", "The door stays open", "Stoltenberg")]


def test_nested_reported_speech_belongs_to_the_outer_speaker():
    text = "Peskov said that Lavrov told him that the talks would continue."

    assert _quotes(text) == [
        ("indirect", "Lavrov told him that the talks would continue", "Peskov")
    ]


def test_nested_speech_quoted_word_for_word_belongs_to_the_inner_speaker():
    text = "Peskov said that Lavrov told him that “the door is open”."

    assert _quotes(text) == [("direct", "the door is open", "Lavrov")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Russia's claim that NATO is expanding eastward threatens the talks, the minister said.",
            "NATO is expanding eastward",
        ),
        (
            "Lavrov's insistence that the alliance has broken its promises was repeated on Monday.",
            "the alliance has broken its promises",
        ),
        (
            "Moscow's argument that the treaty is not universally accepted has merit, he said.",
            "the treaty is not universally accepted",
        ),
        (
            "Lavrov's insistence that the talks continue has surprised diplomats in Brussels.",
            "the talks continue",
        ),
        (
            "The envoy's hope that they reach a deal before winter was dashed on Friday.",
            "they reach a deal before winter",
        ),
        (
            "Her insistence that the peace talks resume in Geneva has irritated Washington.",
            "the peace talks resume in Geneva",
        ),
    ],
)
def test_a_claim_that_is_the_subject_ends_before_the_main_predicate(text, content):
    assert [q.text for q in extract_quotes(text) if q.start == text.index(content)] == [content]


def test_a_claim_that_is_an_object_runs_to_the_end_of_its_clause():
    text = "The minister rejected Russia's claim that NATO is expanding eastward."

    assert _quotes(text) == [("indirect", "NATO is expanding eastward", "Russia")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A title that is also a surname, after an honorific or a first name, is the surname.
        ("Larry King hosts a talk show.\n“They pay us well,” Mr. King said.", "Larry King"),
        (
            "Tom Baker leads the union. Carla Judge chairs the board.\n"
            "“We want a fair wage,” Mr. Baker said. “No strike will help,” Ms. Judge said.",
            "Carla Judge",
        ),
        # An age set off by commas stands between a speaker and the verb or the description.
        ("Anna Marsh joined the talks.\nMs. Marsh, 61, said the deal was close.", "Anna Marsh"),
        (
            "Anna Marsh joined the talks.\nMarsh, 61, a former diplomat, said the deal was close.",
            "Anna Marsh",
        ),
        # The thousands of a number are no comma between phrases.
        ("The union, which has 40,000 members, said it would strike.", "union"),
        # "told" has its listener after it, never its speaker.
        (
            "Larry King hosts a talk show.\n“I was never edited,” Mr. King, 82, told reporters.",
            "Larry King",
        ),
    ],
)
def test_the_last_quote_is_the_named_persons(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # "warn" may leave out its listener; "tell" never does, and its listener may be
        # a few common words before a clause without "that".
        (
            "Officials warned the strike could last for weeks.",
            "the strike could last for weeks",
            "Officials",
        ),
        ("The minister warned the council the plan would fail.", "the plan would fail", "minister"),
        (
            "Officials told the visiting delegation they would not sign.",
            "they would not sign",
            "Officials",
        ),
        # A group tied together by what it knows speaks with any verb of speech.
        (
            "Sources close to the talks told Reuters the sides remained far apart.",
            "the sides remained far apart",
            "Sources close to the talks",
        ),
        (
            "People familiar with the matter warned the deal could collapse.",
            "the deal could collapse",
            "People familiar with the matter",
        ),
        # Broadcasters and the press speak without an article, "state" before them included.
        (
            "Tehran has rejected the draft, state television said.",
            "Tehran has rejected the draft",
            "state television",
        ),
        (
            "Iranian media reported that Tehran had rejected the draft.",
            "Tehran had rejected the draft",
            "Iranian media",
        ),
    ],
)
def test_reported_content_of_wire_style_attributions(text, content, speaker):
    assert _quotes(text) == [("indirect", content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # A relative clause about the speaker ends where the main verb comes …
        "The envoy, who urged restraint, said the talks were stuck.",
        # … and a request not to be named states nothing.
        "A senior Western official, who asked not to be named, said the talks were stuck.",
    ],
)
def test_a_clause_about_the_speaker_is_not_what_they_said(text):
    assert [(kind, content) for kind, content, _ in _quotes(text)][-1] == (
        "indirect",
        "the talks were stuck",
    )
    assert "said" not in " ".join(content for _, content, _ in _quotes(text))


def test_where_the_words_were_carried_may_stand_between_verb_and_that():
    text = "Kim said in remarks carried by state media that the North would bolster its forces."

    assert _quotes(text) == [("indirect", "the North would bolster its forces", "Kim")]


def test_a_participle_after_with_has_its_own_speaker_never_the_dateline():
    text = (
        "GENEVA, March 3 (Wire) - The two sides met again on Monday, with the northern "
        "delegation insisting that all checkpoints be removed first."
    )

    assert _quotes(text) == [
        ("indirect", "all checkpoints be removed first", "northern delegation")
    ]


def test_an_unnamed_speaker_taken_up_again_by_the_role_is_the_same_one():
    text = (
        "Anna Berg, the mediator, said the talks would go on.\n"
        "A ministry spokesman said the capital was ready to compromise. "
        "“Our patience has limits,” the spokesman added."
    )

    assert _quotes(text)[-1] == ("direct", "Our patience has limits,", "A ministry spokesman")


@pytest.mark.parametrize("opening", ["one", "another"])
def test_one_or_another_diplomat_is_someone_new(opening):
    text = (
        "Anna Berg, the mediator, said the talks would go on.\n"
        f"“The deal is dead,” {opening} diplomat said."
    )

    assert _quotes(text)[-1] == ("direct", "The deal is dead,", f"{opening} diplomat")


def test_it_is_the_body_the_sentence_before_opens_with_not_a_person_or_a_group():
    text = (
        "Anna Berg said the talks had failed, officials said.\n"
        "The defence ministry rejected the claim. In a statement, it said the south "
        "was dragging its feet."
    )

    assert _quotes(text)[-1] == (
        "indirect",
        "the south was dragging its feet",
        "defence ministry",
    )


def test_he_is_the_person_the_story_turned_to_since_the_last_speaker():
    text = (
        "Pavel Orlov said his side would not sign.\n"
        "Carl Mendes, the mediator, struck a more hopeful note. “The gaps are narrowing,” "
        "he said."
    )

    assert _quotes(text)[-1] == ("direct", "The gaps are narrowing,", "Carl Mendes")


def test_he_stays_the_speaker_when_the_content_only_mentions_another_man():
    text = "Pavel Orlov said Carl Mendes had misled everyone. “We will not sign,” he said."

    assert _quotes(text)[-1] == ("direct", "We will not sign,", "Pavel Orlov")


def test_a_role_set_before_the_name_describes_the_speaker_and_is_not_content():
    text = "The Chinese foreign ministry spokesperson, Lin Wei, said Beijing opposed the sanctions."

    assert _quotes(text) == [("indirect", "Beijing opposed the sanctions", "Lin Wei")]


def test_a_family_name_written_first_is_found_from_its_first_word():
    text = "The spokeswoman, Lin Wei, spoke first.\nLin said the talks would resume."

    assert _quotes(text)[-1] == ("indirect", "the talks would resume", "Lin Wei")


def test_the_two_leaders_are_a_group_not_the_last_leader_named():
    text = "Anna Berg met Carl Mendes in Oslo. The two leaders said they were united."

    assert _quotes(text) == [("indirect", "they were united", "The two leaders")]


@pytest.mark.parametrize("second", ["But the West is not.", "Never again."])
def test_a_short_quoted_sentence_after_an_attributed_one_is_the_same_speakers(second):
    text = f"“We are ready,” said Orlov. “{second}”"

    assert _quotes(text) == [
        ("direct", "We are ready,", "Orlov"),
        ("direct", second, "Orlov"),
    ]


def test_a_group_said_at_the_end_reports_what_came_before():
    text = "The truce will be extended by two days, officials familiar with the talks said."

    assert _quotes(text) == [
        ("indirect", "The truce will be extended by two days", "officials familiar with the talks")
    ]


def test_the_group_is_the_body_that_spoke_before():
    text = (
        "Terra said it was ready to talk. "
        "In a statement, the group said it had sent the mediators a list of names."
    )

    assert [speaker for _, _, speaker in _quotes(text)] == ["Terra", "Terra"]


def test_he_takes_up_an_unnamed_minister_who_spoke_before():
    text = (
        "The country's prime minister told his cabinet that the fighting would resume. "
        "“We will go on until our goals are met,” he said."
    )

    assert _quotes(text)[-1] == (
        "direct",
        "We will go on until our goals are met,",
        "country's prime minister",
    )


def test_a_role_owned_by_a_named_country_is_not_the_last_person_named():
    text = (
        "“We want a fair deal,” said Anna Berg, the northern envoy.\n"
        "Sudan's delegation said it supported a binding agreement."
    )

    assert _quotes(text)[-1] == (
        "indirect",
        "it supported a binding agreement",
        "Sudan's delegation",
    )


def test_a_body_opening_the_sentence_with_the_speaks_in_a_second_clause():
    text = "The union rejected the pay offer and said its members would strike."

    assert _quotes(text) == [("indirect", "its members would strike", "union")]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry declined to comment.",
        "She declined to say when the talks would resume.",
        "A spokesman refused to elaborate on the report.",
    ],
)
def test_a_refusal_to_comment_is_no_quote(text):
    assert _quotes(text) == []


def test_a_refusal_to_act_is_still_reported():
    assert _quotes("The north refused to withdraw its troops.") == [
        ("indirect", "to withdraw its troops", "north")
    ]


def test_a_verb_of_thought_inside_a_report_does_not_own_the_quoted_words():
    text = "Pavel Orlov said Norland expected “concrete answers, not general words”."

    assert _quotes(text)[-1][2] == "Pavel Orlov"


def test_the_object_a_framing_verb_labels_holds_no_verb_of_its_own():
    text = "Anna Berg called the Norlandic demands “dead on arrival”."

    assert _quotes(text) == [("direct", "dead on arrival", "Anna Berg")]


@pytest.mark.parametrize("later", ["He said", "Al-Ansari said", "Ansari said"])
def test_a_name_with_a_hyphenated_particle_is_a_name(later):
    text = (
        "Qatar's foreign ministry spokesman, Majed al-Ansari, told reporters in Doha that "
        f"the mediators were hopeful.\n{later} the talks would go on."
    )

    assert [speaker for _, _, speaker in _quotes(text)] == ["Majed al-Ansari"] * 2
