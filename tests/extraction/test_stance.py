"""Issue and stance suggestions: the stance follows general grammar, tested on invented quotes."""

import pytest

from positions.extraction import Registry, extract_quotes
from positions.extraction.grammar import Reading, read_stance
from positions.extraction.languages import ENGLISH
from positions.extraction.registry import index_for


def _stance(
    text: str, registry=None, speaker_party: str | None = None, *, direct: bool = False
) -> str:
    index = index_for(registry or Registry())
    return read_stance(text, Reading(ENGLISH, index, speaker_party, direct=direct))[0]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The council rejected the draft outright.", "reject"),
        ("We insist on a full withdrawal of the brigades.", "demand"),
        ("The ministry threatened to cut off the gas supplies.", "warn"),
        ("We welcome the decision to reopen the consulate.", "accept"),
        ("The minister proposed a ceasefire along the river.", "offer"),
    ],
)
def test_stance_from_a_verb_naming_the_act(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We are ready to discuss the harbour dispute.", "offer"),
        ("Our government stands willing to negotiate on tariffs.", "offer"),
        ("We are not ready to lift the embargo.", "reject"),
        ("The league is not just ready for dialogue, it has drafted a plan.", "offer"),
    ],
)
def test_stance_from_readiness_and_its_negation(text, stance):
    assert _stance(text) == stance


def test_stance_of_an_adjective_said_of_a_noun_is_no_readiness():
    assert _stance("The border will stay open to freight traffic.") == "assess"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We will not back away from our commitments to the coalition.", "reject"),
        ("The union won't sign this text.", "reject"),
        ("The province has no plans to hold a referendum.", "reject"),
        ("The negotiations would not be easy.", "assess"),
        ("We did not demand anything of them.", "assess"),
        ("The committee does not accept the new schedule.", "reject"),
    ],
)
def test_stance_from_negation_scope(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The neighbours must withdraw their troops from the valley.", "demand"),
        ("You should lift the tariffs first.", "demand"),
        ("It is absolutely essential to stop the shelling and offer guarantees.", "demand"),
        ("We must prepare for a long winter.", "assess"),
        ("We must resume the talks without delay.", "offer"),
    ],
)
def test_stance_from_obligation_depends_on_who_must_act(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We will meet their delegation in Vienna next month.", "offer"),
        ("The coalition will enter into a long and detailed dialogue with the rebels.", "offer"),
        ("We want guarantees in writing.", "demand"),
        ("We want a dialogue with our neighbours.", "offer"),
    ],
)
def test_stance_from_commitment_and_volition(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    "text",
    [
        "If the blockade continues, we will close the airspace.",
        "The army would strike the depots if the talks fail.",
        "Any incursion will have grave consequences for the regime.",
    ],
)
def test_stance_of_a_conditional_consequence_is_a_warning(text):
    assert _stance(text) == "warn"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We are open to talks, but we will not accept the annexation.", "reject"),
        ("We want a settlement, but we must also protect our farmers.", "offer"),
        ("Although we reject their claims, we are willing to talk.", "offer"),
    ],
)
def test_stance_after_but_decides_unless_it_has_none(text, stance):
    assert _stance(text) == stance


def test_stance_of_another_partys_act_is_a_view(demo_registry):
    text = "NATO does not agree to review our maps."

    as_russia = _stance(text, demo_registry, speaker_party="russia")
    as_nato = _stance(text, demo_registry, speaker_party="nato")

    assert (as_russia, as_nato) == ("assess", "reject")


def test_stance_of_the_speakers_own_party_is_theirs(demo_registry):
    text = "The Russian Federation is ready for a serious conversation about missiles."

    assert _stance(text, demo_registry, speaker_party="russia") == "offer"


def test_stance_of_a_participle_after_a_determiner_is_no_act():
    assert _stance("We have read the text of the proposed amendments.") == "assess"


def test_stance_of_an_expert_is_a_view(demo_registry):
    text = "“We could discuss the fishing quotas next spring,” Mikhail Remizov said."

    quote = extract_quotes(text, demo_registry)[0]

    assert (quote.stance, quote.stance_evidence) == ("assess", "speaker-kind")


def test_stance_follows_the_reporting_verb():
    text = "Moscow has requested written guarantees that Kiev will not join the bloc."

    quote = extract_quotes(text)[0]

    assert (quote.kind, quote.stance) == ("indirect", "demand")


def test_issue_and_stance_come_together(demo_registry):
    text = "“We are ready to talk about the open-door policy,” Jens Stoltenberg said."

    quote = extract_quotes(text, demo_registry)[0]

    assert (quote.issues, quote.stance) == (("nato-enlargement",), "offer")


def test_issues_need_a_registry():
    text = "“We must end the open-door policy,” Alexander Grushko said."

    quote = extract_quotes(text)[0]

    assert (quote.issues, quote.issues_confidence) == ((), 1.0)


def test_a_language_without_a_profile_gets_no_quotes():
    text = "“Мы готовы к диалогу,” said the minister, and “we are ready,” Jens Stoltenberg said."

    assert (extract_quotes(text, language="ru"), len(extract_quotes(text))) == ([], 2)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("They have turned down every invitation to the summit.", "assess"),
        ("Nobody wants the harbour to close.", "assess"),
        ("The quota system they propose is unfair and we reject it.", "reject"),
        ("They must release the detained sailors.", "demand"),
    ],
)
def test_stance_of_what_they_do_is_a_view_of_them(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We will not be pressured into a hasty treaty.", "reject"),
        ("The guild is not going to sign the charter.", "reject"),
        ("At no stage will we hand over the archives.", "reject"),
        ("We cannot ratify a text that ignores the fishermen.", "reject"),
        ("We do not recognise the new border commission.", "reject"),
        ("They do not recognise the new border commission.", "assess"),
        ("We cannot predict how the parliament will vote.", "assess"),
        ("I would not describe the meeting as a failure.", "assess"),
        ("We could not agree on the date of the next round.", "assess"),
        ("It will not be settled this year.", "assess"),
    ],
)
def test_stance_of_a_negated_modal_refuses_what_its_verb_does(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We could look at a cap on tuition fees.", "offer"),
        ("The ministry would consider a shorter notice period.", "offer"),
        ("We would welcome inspectors at the plant.", "offer"),
        ("We would be glad to host the next round.", "offer"),
        ("The cooperative stood ready to negotiate a price floor.", "offer"),
    ],
)
def test_stance_of_a_tentative_acceptance_is_an_offer(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We will drop our claim to the northern pastures.", "concede"),
        ("We are prepared to waive the entry fee for observers.", "concede"),
        ("The federation will no longer insist on a single venue.", "concede"),
        ("We will never give up our claim to the pastures.", "reject"),
        ("Grain exports dropped sharply in the spring.", "assess"),
    ],
)
def test_stance_of_giving_something_up_is_a_concession(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Should the strike go ahead, the losses will be costly for everyone.", "warn"),
        ("Any breach of the quota would be met with an immediate ban.", "warn"),
        ("If the loans are not repaid, the accounts will be frozen.", "warn"),
        ("There will be sanctions on anyone who sells them parts.", "warn"),
        ("If the talks succeed, the meeting will be short.", "assess"),
    ],
)
def test_stance_of_a_consequence_under_a_condition_is_a_warning(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("There can be no agreement while the dam is occupied.", "reject"),
        ("There is no easy answer to the drought.", "assess"),
        ("There is room for a settlement on water rights.", "offer"),
        ("There were talks in the capital last week.", "assess"),
    ],
)
def test_stance_of_denying_that_something_may_be_refuses_it(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Let us sit down and settle the tariff question.", "offer"),
        ("Let us be clear about who started this.", "assess"),
        ("The donors have let us down again.", "assess"),
    ],
)
def test_stance_of_let_us_is_a_proposal(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The islanders alone will decide their status.", "reject"),
        ("No neighbour has a right to dictate our tariffs.", "reject"),
        ("Those conditions are simply impossible to meet.", "reject"),
        ("It is impossible to say when the ships will sail.", "assess"),
        ("Our answer is no.", "reject"),
        ("They should know that we will guard every field.", "warn"),
    ],
)
def test_stance_of_refusing_others_a_say(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We got less than we wanted from the arbitration.", "assess"),
        ("The mayor said the council had to scrap the levy.", "demand"),
        ("The growers turned down the price the mill offered.", "reject"),
        ("Officials confirmed the desire of the growers to see fair prices.", "demand"),
    ],
)
def test_stance_follows_tense_and_the_words_for_a_wish(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Elena Varga warned that the harbour talks had stalled.", "assess"),
        ("Elena Varga warned that the harbour would close within days.", "warn"),
        ("Elena Varga threatened to close the harbour.", "warn"),
    ],
)
def test_stance_of_a_warning_that_only_describes_is_a_view(text, stance):
    quote = extract_quotes(text)[0]

    assert quote.stance == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Hand the keys of the depot back to the cooperative.", "demand"),
        ("Release the fishermen and their boats.", "demand"),
        ("Release of the fishermen took three weeks.", "assess"),
        ("hand it over, the union said in its leaflet", "assess"),
    ],
)
def test_stance_of_a_quote_opening_on_a_command(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We expect the board to publish the accounts.", "demand"),
        ("We need our neighbours to reopen the bridge.", "demand"),
        ("We expect the winter to be hard.", "assess"),
        ("We did not expect the board to resign.", "assess"),
    ],
)
def test_stance_of_expecting_others_to_act_is_a_demand(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We will respond to any blockade of the port.", "warn"),
        ("We are prepared to retaliate against the raids.", "warn"),
        ("The fleet stands ready for anything.", "warn"),
        ("We are prepared to answer the questions of the committee in writing.", "offer"),
    ],
)
def test_stance_of_readiness_to_hit_back_is_a_warning(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The revised charter is acceptable to the guild.", "accept"),
        ("Our proposals were shelved in the spring.", "assess"),
        ("Our answer is no,", "reject"),
    ],
)
def test_stance_of_verdicts_and_past_mentions(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Elena Varga insisted that only the growers decide the quota.", "reject"),
        ("Elena Varga insisted that the mill pay the growers first.", "demand"),
        ("Elena Varga urged the mill to reject the quota.", "demand"),
    ],
)
def test_stance_of_an_insisted_claim_is_what_its_words_do(text, stance):
    quote = extract_quotes(text)[0]

    assert quote.stance == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("These terms are unworkable.", "reject"),
        ("That offer is an insult to our farmers.", "reject"),
        ("The plan is not unrealistic.", "assess"),
        ("Nothing is off the table.", "offer"),
        ("The draft is a reasonable basis for the next round.", "accept"),
        ("The draft is not acceptable.", "reject"),
        ("We can work with that.", "accept"),
    ],
)
def test_stance_of_a_verdict_on_what_is_proposed(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Our patience is wearing thin.", "warn"),
        ("Time is running out for a deal.", "warn"),
        ("Our patience is not endless.", "warn"),
        ("There will be a response.", "warn"),
    ],
)
def test_stance_of_time_running_short_is_a_warning(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("They want us to give up the port.", "assess"),
        ("The ministry has demanded that we pay first.", "assess"),
        ("We insist that we are consulted.", "demand"),
        ("The federation wants a bigger share of the fund.", "assess"),
        ("The regulator will want something in return.", "assess"),
    ],
)
def test_stance_of_what_others_want_of_the_speaker_is_a_view(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("The dockers turned down our proposal on Monday.", True, "assess"),
        ("Both unions have agreed to the timetable.", True, "assess"),
        ("The company is ready to talk at any time.", True, "offer"),
        ("Shareholders will vote on the offer next week.", True, "assess"),
        ("The board has said it will not sell the mine.", True, "assess"),
        # reported speech names the speaker's own side in the third person
        ("The dockers rejected the proposal.", False, "reject"),
    ],
)
def test_stance_of_others_deeds_told_in_the_speakers_own_words(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Done.", "accept"),
        ("Yes to the corridor, yes to the observers.", "accept"),
        ("Not a chance.", "reject"),
        ("It is time for the board to open its books.", "demand"),
        ("It is high time they paid what they owe.", "demand"),
        ("We will let the lorries through tomorrow.", "offer"),
        ("We will lift the ban on exports.", "concede"),
        ("I am happy to look at the rates again.", "offer"),
    ],
)
def test_stance_of_short_answers_deadlines_and_permissions(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Our door is open.", "offer"),
        ("The channel to talks has never been closed.", "offer"),
        ("The door to talks is closed.", "reject"),
        ("The doors of the hall were closed to visitors.", "assess"),
        ("There is room to move on the timetable.", "offer"),
        ("There is no room for compromise.", "reject"),
    ],
)
def test_stance_of_a_way_to_talk_held_open_or_shut(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We ask the creditors to wait a year.", "demand"),
        ("I asked whether the plan was costed.", "assess"),
        ("We suggest that both sides pause the drilling.", "offer"),
        ("The figures suggest a slowdown.", "assess"),
        ("We expect an answer by Friday.", "demand"),
        ("We made mistakes in the rollout.", "concede"),
        ("They made mistakes in the rollout.", "assess"),
        ("I apologise to the families.", "concede"),
    ],
)
def test_stance_of_the_speakers_own_requests_suggestions_and_admissions(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Whether the miners will accept is unclear.", "assess"),
        ("I won't speculate on what they might offer.", "assess"),
        ("Nobody believes the deal is off the table.", "assess"),
        ("Demand for copper will double by 2030.", "assess"),
        ("The union's demand for a shorter week is decades old.", "assess"),
        ("Our offer stands.", "offer"),
    ],
)
def test_stance_of_questions_hearsay_and_mentions_is_a_view(text, stance):
    assert _stance(text) == stance


def test_stance_of_an_expert_named_before_their_role():
    quotes = extract_quotes(
        "“The union will demand more than the 3 percent offered,” said Lena Fisk, a labour "
        "economist at a business school.",
        Registry(),
    )

    assert [(q.speaker, q.proposed_actor_kind, q.stance) for q in quotes] == [
        ("Lena Fisk", "expert", "assess")
    ]


def test_a_company_officer_named_after_the_company_is_no_reporter():
    quotes = extract_quotes(
        "“We will never sign it,” said Castor Freight's chief operating officer, Nils Ahlgren.",
        Registry(),
    )

    assert [(q.proposed_actor_kind, q.stance) for q in quotes] == [("other", "reject")]


@pytest.mark.parametrize(
    "text",
    [
        "“We will never sign it,” said Meridia's foreign minister, Rahel Tadesse.",
        "“We will never sign it,” said the foreign minister, Rahel Tadesse, on Monday.",
        "“We will never sign it,” said Rahel Tadesse, the foreign minister.",
    ],
)
def test_the_speaker_is_the_name_set_after_a_role(text):
    quotes = extract_quotes(text, Registry())

    assert [(q.speaker, q.proposed_actor_kind) for q in quotes] == [("Rahel Tadesse", "official")]


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("Ministers from both countries will meet on the 12th.", True, "assess"),
        ("We will meet their negotiators on the 12th to discuss the quotas.", True, "offer"),
        ("We remain committed to a negotiated settlement.", False, "offer"),
        ("We are prepared to walk away from the table.", False, "warn"),
        ("The northern border is a red line for us.", False, "reject"),
    ],
)
def test_stance_of_commitments_and_the_calendar_of_others(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We will hire forty more drivers next year.", "offer"),
        ("We will give up the veto in local councils.", "concede"),
        ("They will hire forty more drivers next year.", "assess"),
        ("Everything is on the table.", "offer"),
        ("A fixed split of the water is simply not on the table.", "reject"),
        ("We put a new schedule on the table this morning.", "offer"),
    ],
)
def test_stance_of_what_the_speakers_side_will_give(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We accept that our trawlers took too much cod.", "concede"),
        ("We lost the argument on night shifts. I accept that.", "concede"),
        ("We accept that offer.", "accept"),
        ("We have agreed, reluctantly, to close the old pension scheme.", "concede"),
        ("We have agreed to the inspectors' timetable.", "accept"),
        ("The big clubs won, and we have to accept it.", "concede"),
        ("We have dropped our demand for a referendum.", "concede"),
    ],
)
def test_stance_of_a_point_or_ground_given_is_a_concession(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("If there is no deal by June, the exams will not be marked.", "warn"),
        ("Without the money, the coal plants stay open.", "warn"),
        ("The club will leave the ground unless the council agrees to a longer lease.", "warn"),
        ("Nobody wants us to go, but if the numbers don't work, we will look elsewhere.", "warn"),
        ("We will not hesitate to reroute the gas.", "warn"),
        ("We will cut our catch by a fifth if they do the same.", "offer"),
        ("If they pay on time, we are ready to extend the contract.", "offer"),
        ("She said it would cut its catch if the islands made a matching cut.", "offer"),
        ("He said the college would freeze fees if the province covered the gap.", "offer"),
    ],
)
def test_stance_under_a_condition_of_failure_or_of_return(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "speaker", "stance"),
    [
        ("Qwerin said it would not pay publishers for links.", "Qwerin", "reject"),
        ("Nordair said it would hire 80 more pilots.", "Nordair", "offer"),
        (
            "Guild negotiators said they had accepted the studios' revised proposal.",
            "Guild negotiators",
            "accept",
        ),
        ("Mira Holt said they had accepted the studios' revised proposal.", "Mira Holt", "assess"),
        (
            "The club will leave the ground unless the council agrees to a longer lease, "
            "chairman Derek Holt said.",
            "Derek Holt",
            "warn",
        ),
    ],
)
def test_stance_in_reported_speech_of_the_speakers_own_side(text, speaker, stance):
    quotes = extract_quotes(text, Registry())

    assert [(q.speaker, q.stance) for q in quotes] == [(speaker, stance)]


def test_a_decimal_point_ends_no_sentence():
    assert _stance("We would put an improved offer of 5.5 percent on the table.") == "offer"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We have never refused to negotiate.", "offer"),
        ("We are not opposed to a sliding scale.", "offer"),
        ("They have never refused to negotiate.", "assess"),
        ("The median line is the only basis, and we will accept nothing else.", "reject"),
        ("We will comply with the order.", "accept"),
        ("Forty percent is not a serious number.", "reject"),
        ("A hard cap is a non-starter for our members.", "reject"),
        ("The royalty waiver is a fig leaf.", "reject"),
        ("Public support for the treaty is at seventy percent.", "assess"),
    ],
)
def test_stance_of_refusals_denied_and_verdicts_on_proposals(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We misjudged how fast the river would fall.", "concede"),
        ("We gave ground on the wage structure.", "concede"),
        ("We have shown flexibility on the schedule.", "concede"),
        ("Missing the deadline could result in fines.", "warn"),
        ("We will push for a larger quota.", "demand"),
    ],
)
def test_stance_of_ground_given_harm_held_out_and_pressure(text, stance):
    assert _stance(text) == stance


def test_stance_of_ground_given_under_a_verb_of_agreeing():
    quotes = extract_quotes(
        "Kestrel Air has agreed to hand back 12 daily slot pairs, the airline said.", Registry()
    )

    assert [q.stance for q in quotes] == ["concede"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We are pleased with the revised offer.", "accept"),
        ("We are not happy with the offer.", "reject"),
        ("We are happy to talk.", "offer"),
        ("This is a fair deal for our members.", "accept"),
        ("It is not a good basis for talks.", "reject"),
        ("A good deal of work remains.", "assess"),
        ("It is up to the government to act.", "demand"),
        ("The onus is on the board.", "demand"),
        ("It is up to us to decide.", "assess"),
        ("It is up to the members alone to decide.", "reject"),
        ("Fines run to up to 6 percent of turnover.", "assess"),
        ("Recognise our title to the land first. Then we can talk about money.", "demand"),
        ("They will regret it.", "warn"),
        ("We are counting on a fair hearing of the proposed amendments.", "demand"),
        ("We are counting on them to sign by Friday.", "demand"),
        ("It is not possible to reopen the scheme.", "reject"),
        ("It is possible that talks resume.", "assess"),
        ("Their security demands are non-starters.", "reject"),
        ("No one else has a say, and they have no veto.", "reject"),
        ("They have the right people in the room.", "assess"),
    ],
)
def test_stance_of_contentment_approval_and_the_next_move_asked_of_others(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            'Ambassador Ilse Moro said Vardia would impose sanctions "without delay" if the'
            " inspectors were not let back in.",
            "warn",
        ),
        ('The council said it was "simply not possible" to reopen the scheme.', "reject"),
        ('The guild said it was "a matter of days" before talks resumed.', "assess"),
    ],
)
def test_a_quoted_fragment_takes_its_stance_from_the_reported_clause(text, stance):
    quotes = extract_quotes(text, Registry())

    assert [q.stance for q in quotes][:1] == [stance]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("It would sell 1,200 masts to a new entrant.", "offer"),
        ("Her government would triple its contribution to the fund.", "offer"),
        ("It would abandon plans for the tower.", "concede"),
        ("It would accept the new royalty rate.", "accept"),
        ("It would respond in kind.", "warn"),
        ("The storm would reach the coast by Sunday.", "assess"),
        ("Talks would resume on Monday.", "assess"),
        ("We cannot predict how the parliament will vote.", "assess"),
    ],
)
def test_stance_of_deeds_the_speakers_side_is_reported_to_announce(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We support the chair's proposal.", "accept"),
        ("We reluctantly backed the revised terms.", "accept"),
        ("We will sign the agreement.", "accept"),
        ("We will not sign it.", "reject"),
        ("We will abide by the ruling.", "accept"),
        ("We support Ukraine's sovereignty.", "assess"),
    ],
)
def test_stance_of_standing_behind_a_deal(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("This creates the conditions for a new conflict.", True, "warn"),
        ("Stalling now risks an escalation.", True, "warn"),
        ("There is a real risk of conflict.", True, "assess"),
        ("The dispute created a crisis in 2019.", True, "assess"),
        ("Their silence created the risk of incidents.", False, "warn"),
        ("There is an alternative: cooperation.", True, "offer"),
        ("There is no alternative to the plan.", True, "reject"),
    ],
)
def test_stance_of_courses_said_to_bring_harm_and_alternatives_held_out(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The strike stays on until the board agrees to talk.", "demand"),
        ("We will sign only if the bank pays.", "demand"),
        ("Talks will continue until Friday.", "assess"),
        ("We will list the drug only once the price is cut.", "demand"),
    ],
)
def test_stance_under_a_condition_waited_on_is_a_demand(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("I won't pretend otherwise.", "concede"),
        ("I am not going to stand here and tell you otherwise.", "concede"),
        ("There is no point pretending that the talks went well.", "concede"),
        ("We were too slow on reform.", "concede"),
        ("We borrowed too much, too fast.", "concede"),
        ("We have waited too long.", "assess"),
        ("It is too early to say.", "assess"),
        ("We got this wrong.", "concede"),
        ("Our troops should not have been on the ridge.", "concede"),
        ("They should have asked us first.", "assess"),
        ("We are sorry for the harm done.", "concede"),
        ("Every ship will be sitting at anchor if they bring in agency labour.", "warn"),
        ("We will listen, and we will listen seriously.", "offer"),
    ],
)
def test_stance_of_faults_owned_and_deeds_under_way(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("The striker is not for sale at any price.", True, "reject"),
        ("All options are on the table.", True, "warn"),
        ("It's not a negotiating position, it's a fantasy.", True, "reject"),
        ("The plan was dead on arrival.", False, "reject"),
        ("Let's talk.", True, "offer"),
        ("Any club would have to pay the clause in full.", True, "demand"),
        ("The company had underestimated the regulator's concerns.", False, "concede"),
        ("The demand for a complete halt has been quietly dropped.", True, "concede"),
        ("Our proposals were shelved in the spring.", True, "assess"),
        ("We didn't get everything.", True, "concede"),
        ("They did not get everything.", True, "assess"),
        ("We will end our blockade.", True, "concede"),
    ],
)
def test_stance_of_things_not_for_sale_force_in_reserve_and_ground_given(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("It would not be party to any cap on production.", "reject"),
        ("We will not be part of any deal that splits the island.", "reject"),
        ("The agreement remained contingent on prior actions.", "demand"),
        ("Aid is conditional upon reform.", "demand"),
    ],
)
def test_stance_of_taking_part_refused_and_of_what_a_deal_hangs_on(text, stance):
    assert _stance(text) == stance


def test_a_group_named_before_a_preposition_is_they_in_reported_speech():
    quotes = extract_quotes(
        "Officials in Veridia said they would not release the prisoner.", Registry()
    )

    assert [q.stance for q in quotes] == ["reject"]


def test_a_part_that_takes_a_view_by_default_takes_its_statements_position():
    text = (
        "“We understand the logic of a border tax,” said Trade Minister Devi Rao. “We will not"
        " accept it.” Separately, “the weather was fine,” an aide said."
    )

    quotes = extract_quotes(text, Registry())

    assert [(q.stance, q.stance_evidence) for q in quotes] == [
        ("reject", "statement"),
        ("reject", "negation"),
        ("assess", "none"),
    ]
    assert "statement" in quotes[0].stance_signals


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("It had agreed to include a clause on returns, a provision it had resisted.", "concede"),
        ("It agreed to extend the contract, dropping its insistence on an increase.", "concede"),
        ("It agreed to the mediator's plan.", "accept"),
        ("It could not rule out withdrawing the drug if the cap came into force.", "warn"),
        ("We cannot rule out a deal.", "offer"),
        ("They should not be surprised if the voters punish them.", "warn"),
        ("Countermeasures are ready to go.", "warn"),
        ("It would take its offer to shareholders should the board continue to refuse.", "warn"),
    ],
)
def test_stance_of_stands_reversed_and_steps_held_in_reserve(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("The ministry will cover any overrun on our side.", True, "assess"),
        ("Management has until the 12th.", True, "demand"),
        ("We have until Friday.", True, "assess"),
        ("We have given the platform until March 1 to submit its report.", True, "demand"),
        ("Schools should prepare for disruption in the new year.", True, "warn"),
        ("Members are prepared to stay out as long as it takes.", False, "warn"),
        ("It would explore every option if the licensor did not honour the terms.", False, "warn"),
        ("Our answer was no in March, and it is no today.", True, "reject"),
        ("We haven't run this railway as well as we should have.", True, "concede"),
        ("We will not be handing over slots we have flown for forty years.", True, "reject"),
        ("The paperwork was incomplete, and that is on us.", True, "concede"),
        ("A freeze is something our members can swallow.", True, "accept"),
        ("That is not up for discussion.", True, "reject"),
        ("Our forces will answer any further incursion.", True, "warn"),
        ("We are prepared to answer the committee's questions.", True, "offer"),
    ],
)
def test_stance_of_deadlines_resolve_answers_and_blame_taken(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "“The ministry will cover any overrun,” Transport Minister Reto Imhof said.",
            "offer",
        ),
        (
            "“The authority does not reopen an auction on a whim,” Communications Authority"
            " chair Naledi Mokoena said.",
            "reject",
        ),
        (
            "“This government does not pay ransoms,” Foreign Minister Henrik Aalto said.",
            "reject",
        ),
        (
            "“The union must withdraw its notice,” Health Minister Jorund Falk said.",
            "demand",
        ),
    ],
)
def test_a_body_the_speaker_speaks_for_named_in_the_third_person_is_their_side(text, stance):
    assert [q.stance for q in extract_quotes(text, Registry())] == [stance]


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("Our first offer was too stingy to carry the creditors.", True, "concede"),
        ("Their leaders offer talks.", False, "offer"),
        ("We are happy to take the deal as it stands.", True, "accept"),
        ("We are prepared to sign the revised agreement.", True, "accept"),
        ("It could support the compromise text.", False, "accept"),
        ("It would no longer contest the placement of the pillar.", False, "concede"),
        ("The revised plan is what we asked for and a little more.", True, "accept"),
        ("This is not what we asked for.", True, "reject"),
        ("It would not stand in the way of the excise rise.", False, "accept"),
    ],
)
def test_stance_of_deals_taken_demands_met_and_ways_left_open(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("It was incumbent on the authority to publish the data.", "demand"),
        ("The companies owe the public the recipe.", "demand"),
        ("We owe our members an answer.", "assess"),
        ("The respondent is obliged to release the fishermen.", "demand"),
        ("We expect to see all three by June.", "demand"),
        ("We are not in the business of overpaying for football.", "reject"),
        ("We're not going to be Europe's waiting room.", "reject"),
        ("It will not be easy.", "assess"),
        ("Nobody is going to hand a single group a veto.", "reject"),
        ("Not a single fighter will leave the hills.", "reject"),
        ("The proposal significantly undervalues the company.", "reject"),
        ("It is nowhere near what the rights are worth.", "reject"),
    ],
)
def test_stance_of_what_is_owed_disowned_and_refused_by_no_one(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        (
            "We welcome the revised offer, but it only meets the spirit of our demands.",
            True,
            "accept",
        ),
        ("We consider this agreement a fair outcome for both nations.", True, "accept"),
        ("This so-called offer is an insult to every nurse.", True, "reject"),
        ("We have received the list and we have no objection to it.", True, "accept"),
        ("We are happy to sign on the dotted line.", True, "accept"),
        ("We are ready to sign a ceasefire tomorrow if the shelling stops.", True, "offer"),
        ("The government has no option but to renegotiate.", True, "demand"),
        ("We may have no choice but to stop showing news.", True, "warn"),
        ("Its members would block the main highways from Monday.", False, "warn"),
        ("The team would not take the field if the bonuses remained unpaid.", False, "warn"),
        ("The three ordinances will be withdrawn in their entirety.", True, "concede"),
    ],
)
def test_stance_of_verdicts_given_objections_denied_and_choices_left(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The tenants' union welcomed the council's decision to license every rented flat,"
            " saying it was “the most important thing the council has done in a decade”.",
            "accept",
        ),
        (
            "The port authority declined the request for six more berths, saying the quota"
            " “remains adequate for current traffic.”",
            "reject",
        ),
        (
            "Pelmark welcomed the pledge to share flood data, with a ministry spokeswoman"
            " calling it “precisely the step we had hoped for.”",
            "accept",
        ),
        # the main clause only tells: the fragment's own words decide
        (
            "The union met the board on Monday, saying the talks had been “long overdue”.",
            "assess",
        ),
    ],
)
def test_a_fragment_told_by_a_participle_takes_the_act_of_its_main_clause(text, stance):
    assert extract_quotes(text, Registry())[0].stance == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The guild called the studio's offer “an opening bid at best”.", "assess"),
        ("The guild called on the studio to “come back with a real number”.", "demand"),
        ("The guild called for “a real number, in writing”.", "demand"),
    ],
)
def test_call_demands_only_with_its_particle(text, stance):
    assert extract_quotes(text, Registry())[0].stance == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("It is for Kessary to explain why its ship was inside our waters.", True, "demand"),
        ("It is now for the left to decide whether it listens to the voters.", True, "demand"),
        ("We are for the deal.", True, "assess"),
        ("It is not perfect, but we will take it and say thank you.", True, "accept"),
        ("We will take the offer.", True, "accept"),
        ("We will take it to the members next week.", True, "assess"),
    ],
)
def test_stance_of_the_next_move_put_on_another_and_what_is_there_taken(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "“The board is satisfied with the terms,” said Zainab Harthy, chairwoman of the"
            " Sahil Oil Company.",
            "accept",
        ),
        (
            "“It is not the deal we wanted, but we will take it,” said Professor Lars Eide,"
            " chair of the faculty senate.",
            "accept",
        ),
        (
            "“It is not the deal they wanted, but they will take it,” said Professor Lars Eide,"
            " a labour economist.",
            "assess",
        ),
    ],
)
def test_a_role_set_after_the_speakers_name_tells_whose_side_they_speak_for(text, stance):
    assert extract_quotes(text, Registry())[0].stance == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("We will join the joint patrol scheme proposed by Oskaria.", True, "accept"),
        ("It would take up the creditors' committee's proposal of a 30% haircut.", False, "accept"),
        ("We would enter the cabinet on the terms offered by the president.", True, "accept"),
        ("The government would grant the consortium's request.", False, "accept"),
        ("We will table our own proposal on Monday.", True, "offer"),
        ("We will join the talks in Lauterbrunn.", True, "offer"),
    ],
)
def test_going_along_with_what_another_side_put_forward_accepts_it(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("Kellandia will no longer seek the abolition of the tariff.", False, "concede"),
        ("His government would no longer object to a six-month mandate.", False, "concede"),
        ("We will no longer buy their gas.", True, "reject"),
        ("Zurabad would settle for a lower transit fee.", False, "concede"),
        ("We are not in a position to consider adding the 43 civilians.", True, "reject"),
        ("We said no to the offer.", True, "reject"),
        ("The association will recommend the deal to members.", False, "accept"),
        ("We will go along with the plan.", True, "accept"),
    ],
)
def test_stance_of_claims_no_longer_pressed_and_answers_given(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The Halvossan side no longer insists that the exchange be one-for-one.", "concede"),
        ("The guild never rejected the plan, its chair said.", "offer"),
        ("The Halvossan side insists that the exchange be one-for-one.", "demand"),
    ],
)
def test_a_reporting_verb_denied_or_stopped_is_read_with_its_clause(text, stance):
    assert extract_quotes(text, Registry())[0].stance == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        (
            "Put the new rota in without our agreement and you'll find out how few drivers"
            " turn up.",
            True,
            "warn",
        ),
        ("Grant that licence and half the radios in the north will be crackling.", True, "warn"),
        ("Stop the shelling and we will talk.", True, "offer"),
        ("Take the article out of the bill, and then we'll sit down.", True, "demand"),
        ("Recognise our title to the land first.", True, "demand"),
        ("An app that takes 28% of every fare can keep its partnership.", True, "reject"),
        ("We can keep our promise.", True, "assess"),
    ],
)
def test_stance_of_dares_commands_and_offers_handed_back(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("It is not something we will sign.", True, "reject"),
        ("It is not something we will discuss.", True, "reject"),
        ("That is something we can sign.", True, "accept"),
        ("There is nothing we would sign.", True, "reject"),
        ("We recognise that our first proposal asked too much.", True, "concede"),
        ("Oskaria does not recognise the so-called median line.", False, "reject"),
        ("We have let go of full restoration in a single year.", True, "concede"),
        ("It has softened its stance on the filling schedule.", False, "concede"),
        ("The band would place the country at the higher end of the range.", False, "assess"),
    ],
)
def test_stance_of_things_denied_points_recognised_and_claims_softened(text, direct, stance):
    assert _stance(text, direct=direct) == stance


def test_management_named_by_its_manager_is_the_speakers_side():
    text = (
        "“Management is prepared to guarantee 28 hours a week,” said general manager Olivier Saint."
    )
    assert extract_quotes(text, Registry())[0].stance == "offer"


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("What we are after is the right to say no, in writing.", True, "demand"),
        ("What they want is money.", True, "assess"),
        ("Nothing short of the return of all 212 plaques would satisfy us.", True, "demand"),
        ("The release of 214 fighters is a precondition for any further talks.", True, "demand"),
        ("Now it is their turn to give something back.", True, "demand"),
        ("The time has come for the consortium to renegotiate its rate.", True, "demand"),
        ("It had asked the operator to vacate the band.", False, "demand"),
        ("It asked whether the talks would resume.", False, "assess"),
    ],
)
def test_stance_of_wants_named_conditions_set_and_turns_given(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("We won't stand for it.", True, "reject"),
        ("Fjarland has no plans to resume commercial whaling.", True, "reject"),
        ("The sanctions were never going to topple anyone.", True, "assess"),
        ("The mayor's proposal was dead on arrival in its current form.", True, "reject"),
        ("Their offer is unacceptable to us.", True, "reject"),
        ("They demand things they know are impossible.", True, "assess"),
    ],
)
def test_stance_of_verdicts_on_what_others_put_forward(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Council leader Ada Holm called the mayor's demands “dead on arrival”.", "reject"),
        ("The union described the offer as “an insult to every nurse”.", "reject"),
        ("Council leader Ada Holm called the meeting “a useful exchange”.", "assess"),
        ("Council leader Ada Holm accused the mayor of “blackmail”.", "assess"),
    ],
)
def test_a_label_a_framing_verb_puts_on_something_is_a_verdict_on_it(text, stance):
    assert extract_quotes(text, Registry())[0].stance == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("I apologise to every nurse who was told otherwise.", True, "concede"),
        ("The farmers were told the plant would close.", True, "assess"),
        ("The ministry would halve its duties if the dispute is settled.", False, "offer"),
        ("If the league wants the games, it can have the games.", True, "offer"),
        ("Platforms can have the final if they bring the money.", True, "offer"),
        ("If they refuse, they can have a strike.", True, "warn"),
        ("With the guarantees in writing, I'm content.", True, "accept"),
        ("The plan is fine by us as it stands.", True, "accept"),
        ("I'm fine, thanks.", True, "assess"),
        ("The weather was fine.", True, "assess"),
    ],
)
def test_stance_of_passive_hearsay_terms_granted_and_contentment(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("Karesh will grant access to the hall, agreeing to the agency's request.", True, "accept"),
        ("We will lift the ban, meeting the union's main demand.", True, "accept"),
        ("We will lift the ban, meeting on Monday to sign it.", True, "concede"),
        ("Its members had ratified the tentative agreement.", False, "accept"),
        ("The regulator said it had authorised the joint business agreement.", False, "accept"),
    ],
)
def test_stance_of_answers_given_acts_named_as_meeting_a_request_and_ratification(
    text, direct, stance
):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("“The committee has said yes to the survey,” said committee chair Ann Lee.", "accept"),
        (
            "“The committee has said the survey costs too much,” said committee chair Ann Lee.",
            "assess",
        ),
    ],
)
def test_a_body_the_speaker_chairs_answering_is_the_speakers_answer(text, stance):
    assert extract_quotes(text, Registry())[0].stance == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        (
            "The state government had adopted the committee's recommendations in full.",
            False,
            "accept",
        ),
        ("We have taken up the chair's proposal.", True, "accept"),
        ("The council adopted a budget on Monday.", False, "assess"),
        ("The company had withdrawn all 43 dismissal notices.", False, "concede"),
        ("Exports dropped all of a sudden.", False, "assess"),
    ],
)
def test_stance_of_going_along_in_any_tense_and_all_of_a_thing_given_up(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("The aircraft stayed on the ground.", True, "assess"),
        ("We gave ground on the rota.", True, "concede"),
        ("We would be delighted to host the ground station.", True, "offer"),
        ("It would be willing to engage on price if the board opened its books.", False, "offer"),
        ("They will pay a high price for this.", True, "warn"),
        ("Should they cross that line, the price will be very high.", True, "warn"),
        ("We will table a smaller rise instead.", True, "concede"),
        ("It would phase in the rise rather than continue to press for a delay.", False, "concede"),
        ("We are prepared to phase the cuts over eight years instead of five.", True, "offer"),
        ("We accept that loans alone will not do.", True, "concede"),
        ("We accept that some of our units breached the truce.", True, "concede"),
        ("We accept that offer.", True, "accept"),
    ],
)
def test_stance_of_costs_substitutions_and_points_granted(text, direct, stance):
    assert _stance(text, direct=direct) == stance


def test_accepting_a_clause_is_granting_a_point():
    text = "Council chair Ann Lee accepted that the council had underestimated the teachers' hours."
    assert extract_quotes(text, Registry())[0].stance == "concede"


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("This is a deal I can vote for.", True, "accept"),
        ("That's a scheme we can back, and I'll say so.", True, "accept"),
        ("It is a deal they could vote for.", True, "assess"),
        ("Members will vote on the deal next week.", True, "assess"),
        ("The deal's done, the ships can move.", True, "accept"),
        ("The agreement is signed and covers flights through 2028.", True, "accept"),
        ("The deal is not done yet.", True, "assess"),
        ("The work is done.", True, "assess"),
        (
            "We will pay 14 crowns an hour, matching the figure proposed by the inspectorate.",
            True,
            "accept",
        ),
    ],
)
def test_stance_of_deals_backed_after_they_are_named_and_deals_concluded(text, direct, stance):
    assert _stance(text, direct=direct) == stance


def test_a_university_speaks_for_itself_and_a_professor_chairing_a_body_for_the_body():
    board = "The board voted to accept the union's proposal for a freeze, the university said."
    chair = "“We accept the union's proposal,” said pro-vice-chancellor Professor Ann Lee."
    expert = "“The union's proposal is sound,” said Professor Ann Lee of Kell University."

    assert extract_quotes(board, Registry())[0].stance == "accept"
    assert extract_quotes(chair, Registry())[0].stance == "accept"
    assert extract_quotes(expert, Registry())[0].stance == "assess"


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("We can open a second lane on weekdays, if they want that.", True, "offer"),
        (
            "She said the firm would carry the channel free if the channel dropped its claim.",
            False,
            "offer",
        ),
        ("If they agree to a review, we will drop the claim for back pay.", True, "offer"),
        ("If they want a fight, we will block every road.", True, "warn"),
        ("If they do not accept, we will block every road.", True, "warn"),
        ("If the amnesty is withdrawn, the hills will burn again.", True, "warn"),
        (
            "If the alliance wants our votes, it will have to fund the broadband plan.",
            True,
            "demand",
        ),
    ],
)
def test_what_is_promised_on_the_other_side_wanting_or_yielding_is_offered(text, direct, stance):
    assert _stance(text, direct=direct) == stance


def test_a_role_of_a_named_body_after_the_name_makes_a_professor_its_voice():
    chair = "“We'll take it,” said Professor Ann Lee, chair of Halvard's faculty senate."
    expert = "“They will take it,” said Professor Ann Lee of Halvard University."

    assert extract_quotes(chair, Registry())[0].stance == "accept"
    assert extract_quotes(expert, Registry())[0].stance == "assess"


@pytest.mark.parametrize(
    ("text", "speaker", "stance"),
    [
        (
            "The Greens said they were prepared to drop their call for a speed limit.",
            "Greens",
            "concede",
        ),
        ("The Rangers said they would take the council's final offer.", "Rangers", "accept"),
        (
            "The council will grant the firm a lease if the company agrees to share the costs,"
            " elected chief Ann Lee said in an interview.",
            "Ann Lee",
            "offer",
        ),
        (
            "The party's youth wing warned of “a very long, very hot summer in the streets”"
            " if the commission refused a recount.",
            "party's youth wing",
            "warn",
        ),
    ],
)
def test_groups_named_for_members_conditions_and_described_speakers(text, speaker, stance):
    quote = extract_quotes(text, Registry())[0]

    assert (quote.speaker, quote.stance) == (speaker, stance)


def test_a_speaker_inside_a_condition_reports_nothing():
    text = "The city will withdraw its bid unless the committee agrees to share the cost."

    assert [quote.speaker for quote in extract_quotes(text, Registry())] == []


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("Give them the ministry? Out of the question.", True, "reject"),
        ("Forty per cent? In this economy? Not even in a dream.", True, "reject"),
        ("Do they really expect us to sign away our fishing grounds?", True, "reject"),
        ("Are we seriously being asked to work weekends for nothing?", True, "reject"),
        ("How many more months does the board need to sign?", True, "demand"),
        ("How long must the families wait for an answer?", True, "demand"),
        ("Do they expect the talks to end soon?", True, "assess"),
        ("Why would anyone reject the offer?", True, "assess"),
        ("They have to cut the quota, otherwise what are we doing here?", True, "demand"),
        ("Impossible to say.", True, "assess"),
        ("It won't be happening this year.", True, "reject"),
        ("It will not happen.", True, "reject"),
    ],
)
def test_stance_of_questions_echoes_and_bare_verdicts(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "speaker", "stance"),
    [
        (
            "Developing nations want rich countries to triple their pledge by 2030,"
            " the group's chair, Ambassador Ann Lee, said.",
            "Ann Lee",
            "demand",
        ),
        (
            "Satellite images show new fencing inside the disputed zone,"
            " the centre's director, Tom Berg, said.",
            "Tom Berg",
            "assess",
        ),
        (
            "The Autoworkers' Federation wants a 9 percent raise over three years,"
            " its president, Ann Lee, said.",
            "Ann Lee",
            "demand",
        ),
    ],
)
def test_content_before_a_role_set_before_the_name(text, speaker, stance):
    quote = extract_quotes(text, Registry())[0]

    assert (quote.speaker, quote.stance) == (speaker, stance)
    assert not quote.text.endswith(("chair", "director", "president"))


@pytest.mark.parametrize(
    "text",
    [
        "Facing the prospect of a long strike, many parents said they would keep children home.",
        "Campaigning against the plan in 2012, the mayor said the port would close.",
    ],
)
def test_an_opening_participle_with_its_object_is_no_content(text):
    assert all(
        not q.text.startswith(("Facing", "Campaigning")) for q in extract_quotes(text, Registry())
    )


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("A truce that leaves the duties in place is not a truce.", True, "reject"),
        ("That is not a negotiation, that is a nationalisation.", True, "reject"),
        ("It is not a perfect deal.", True, "assess"),
        ("They have a list ready, and it is not a short list.", True, "assess"),
        ("We see no reason to reopen the clause.", True, "reject"),
        ("She said the ministry saw no grounds for granting more slots.", False, "reject"),
        ("They see no reason to compromise.", True, "assess"),
        ("Rolling the quota over would be irresponsible, so no.", True, "reject"),
        ("An incinerator next to a school? Absolutely not.", True, "reject"),
    ],
)
def test_stance_of_denied_labels_no_grounds_and_conclusions(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("We have put forward a package of confidence-building measures.", True, "offer"),
        ("She said the company had tabled a package with a 9 per cent rise.", False, "offer"),
        ("Nobody around that table has found the money yet.", True, "assess"),
        ("We could push the closure back to 2029 and fund a retraining centre.", True, "offer"),
    ],
)
def test_stance_of_proposals_tabled_and_gifts_joined_to_another_move(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("If the camps are attacked again, the accord is dead.", True, "warn"),
        ("If anything happens to our citizens, the responsibility will be theirs.", True, "warn"),
        ("It's progress, if slow progress.", True, "assess"),
        ("Several governments would be quite happy if the decision slipped.", True, "assess"),
        ("It would be helpful if the navy could explain the delays.", True, "assess"),
    ],
)
def test_stance_of_what_a_condition_is_said_to_bring(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("Pay songwriters fairly or my catalogue comes off your platform.", True, "warn"),
        ("Push the tolls higher and the cape route starts looking like a bargain.", True, "warn"),
        ("Cap the licences at 4,000 and set a minimum fare.", True, "demand"),
        ("Pay the nurses or resign.", True, "demand"),
        ("No robot cranes, no contract.", True, "warn"),
        ("No, no, no.", True, "reject"),
    ],
)
def test_stance_of_ultimatums_dares_and_paired_refusals(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("“It is high time the alliance stopped its exercises,” said Ann Lee.", "demand"),
        ("The commission asked member states to submit their plans by June.", "demand"),
        ("The board said it would guarantee every post for five years.", "offer"),
        ("The minister asked whether the talks would resume.", "assess"),
        ("“Do they really expect us to sign?” Ann Lee asked.", "reject"),
        ("The envoy said the mandate “needs a clause on civilians this time.”", "demand"),
    ],
)
def test_stance_of_overdue_acts_requests_and_what_a_deal_needs(text, stance):
    assert extract_quotes(text, Registry())[0].stance == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("We will. It is not perfect, but it is a start.", True, "accept"),
        ("The members have spoken, and what they have said is yes.", True, "accept"),
        ("Yes, we were too slow on reform.", True, "concede"),
        ("Three years with an option suits us fine.", True, "accept"),
        ("The mediator's numbers work for us.", True, "accept"),
        ("That does not work for us.", True, "reject"),
        (
            "The price goes up to 1,800 francs, which is what the growers asked for.",
            True,
            "concede",
        ),
        ("It is not what they asked for.", True, "assess"),
        ("We support the French initiative and will take part.", True, "accept"),
    ],
)
def test_stance_of_assent_what_suits_and_what_others_asked_for(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The chief executive said the airline might have to ground 40 aircraft if pilots"
            " went ahead with the strikes.",
            "warn",
        ),
        ("“We might have to ground planes if the strike goes ahead,” said Ann Lee.", "warn"),
        ("“They would have to pay if they want the slots,” said Ann Lee.", "demand"),
        (
            "The airline said it would take the winter slots the ministry had made available.",
            "accept",
        ),
        ("“We will take the matter to court,” said Ann Lee.", "warn"),
    ],
)
def test_stance_of_what_a_side_may_be_driven_to_and_taking_what_was_made_available(text, stance):
    assert extract_quotes(text, Registry())[0].stance == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("Nobody should take our 14 seats for granted.", True, "warn"),
        ("Nobody should assume their contract will still be waiting.", True, "warn"),
        ("The trust should be under no illusion: operations will go.", True, "warn"),
        ("The trust should pay the porters what the clinic pays.", True, "demand"),
    ],
)
def test_stance_of_others_told_not_to_be_complacent(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("Not a single container will move through the port if the plan goes ahead.", True, "warn"),
        (
            "If distributors insist on a 60% share, our screens simply won't show their films.",
            True,
            "warn",
        ),
        ("We will not cut the quota unless they do the same.", True, "reject"),
        ("We will not sign the text.", True, "reject"),
    ],
)
def test_stance_of_a_refusal_held_over_an_event(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("We will not pursue the class-size clause this round.", True, "concede"),
        ("We will not block the new finance text.", True, "accept"),
        ("They will not pursue the claim.", True, "assess"),
    ],
)
def test_stance_of_claims_not_pressed_and_moves_not_blocked(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("I expect parliament to vote before the summer recess.", True, "assess"),
        ("We expect the council to release the funds by Friday.", True, "demand"),
    ],
)
def test_what_i_expect_of_others_is_a_forecast_what_we_expect_a_demand(text, direct, stance):
    assert _stance(text, direct=direct) == stance


def test_a_speaker_described_by_a_former_role_gives_a_view():
    former = "“The board's books do not balance,” said former board treasurer Tom Berg."
    present = "“The board's books do not balance, so no,” said board treasurer Tom Berg."

    assert extract_quotes(former, Registry())[0].stance == "assess"
    assert extract_quotes(present, Registry())[0].stance == "reject"


def test_the_body_a_role_is_held_at_tells_the_kind_of_voice():
    consultant = (
        "“We will not sign,” said Tom Berg, head of football at consultancy Goalline Partners."
    )
    chair = "“We will not sign,” said Tom Berg, chair of the board at Harwick Port."

    assert extract_quotes(consultant, Registry())[0].stance == "assess"
    assert extract_quotes(chair, Registry())[0].stance == "reject"


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("She said the ministry would under no circumstances allow the beef in.", False, "reject"),
        ("We will in no way accept this.", True, "reject"),
    ],
)
def test_stance_of_a_negating_adverbial_after_the_modal(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("We will meet again in a week.", True, "assess"),
        ("Our executive will discuss it tomorrow morning.", True, "assess"),
        ("We will meet them anywhere, without preconditions.", True, "offer"),
    ],
)
def test_talks_set_for_a_time_hold_nothing_out(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("No actor in this guild will sign away his face for a one-off fee.", True, "reject"),
        ("No worker will lose his or her job because of this merger.", True, "offer"),
        ("Nobody is going to hand them a veto.", True, "reject"),
    ],
)
def test_stance_of_what_no_one_will_do_or_suffer(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("We over-promised on rural speeds in our first application.", True, "concede"),
        ("We've been stubborn about the image rights.", True, "concede"),
        ("Our first draft was unworkable.", True, "concede"),
        ("We have always said their plan is unworkable.", True, "reject"),
        ("Our offer is off the table.", True, "reject"),
        ("A loan of our own heritage is an insult.", True, "reject"),
    ],
)
def test_stance_of_faults_the_speaker_owns(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("It is true that our survey teams crossed the line last spring.", True, "concede"),
        ("It is not true that we stalled the project.", True, "reject"),
        ("The government has expressed its regret for the incident.", True, "concede"),
        ("They will regret it.", True, "warn"),
    ],
)
def test_stance_of_admission_frames_and_regret_expressed(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("We will not sit and watch our wages eaten up by a tariff.", True, "warn"),
        ("We will not stand idly by.", True, "warn"),
    ],
)
def test_stance_of_refusing_to_stand_by(text, direct, stance):
    assert _stance(text, direct=direct) == stance


def test_not_standing_by_ones_figures_is_no_warning():
    assert _stance("We will not stand by the old figures.", direct=True) != "warn"


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("The people will defend their votes by every lawful means.", True, "warn"),
        ("The navy will protect our platforms by all necessary means.", True, "warn"),
    ],
)
def test_stance_of_means_without_limit(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("The onus now lies with the ruling party to bring its members into line.", True, "demand"),
        ("The onus is on us to move.", True, "assess"),
    ],
)
def test_stance_of_a_burden_resting_with_another(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("Bring them home, all of them.", True, "demand"),
        ("Restore what was cut in 2022.", True, "demand"),
        ("Fund managers expect a rally.", True, "assess"),
    ],
)
def test_stance_of_more_commands(text, direct, stance):
    assert _stance(text, direct=direct) == stance


def test_a_call_labelled_with_a_refusal_is_refused():
    text = "Ann Lee described the call for a rerun as “a fantasy”."

    assert extract_quotes(text, Registry())[0].stance == "reject"


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("At no time did this government seek to divert the river.", True, "reject"),
        ("Under no circumstances will we sign.", True, "reject"),
    ],
)
def test_stance_of_a_clause_opening_on_a_negating_adverbial(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("Our fighters will pull back two kilometres from the road as a gesture.", True, "offer"),
        (
            "She said the ministry would release two detainees as a goodwill gesture.",
            False,
            "offer",
        ),
        ("They will pull back two kilometres as a gesture.", True, "assess"),
    ],
)
def test_stance_of_a_move_made_as_a_gesture(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("We've gone back through the figures and we can do 30%.", True, "offer"),
        ("They can do 30% if they want.", True, "assess"),
    ],
)
def test_stance_of_a_figure_the_speaker_can_meet(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        (
            "Twenty million a season is simply not a number we can take to our clubs.",
            True,
            "reject",
        ),
        ("The committee is happy to put its name to the freeze.", True, "accept"),
        ("She said the delegation could not put its name to any such text.", False, "reject"),
        (
            "We'll put £4 million into the roof if the council gives us a 25-year term.",
            True,
            "offer",
        ),
    ],
)
def test_stance_of_names_put_to_texts_sums_put_in_and_figures_denied(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("Perhaps we asked for too much, too quickly.", True, "concede"),
        ("We asked for a meeting too.", True, "demand"),
        ("We wanted that too, and we said so.", True, "assess"),
    ],
)
def test_stance_of_asking_too_much(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("The speaker's chair can be theirs.", True, "offer"),
        ("She wrote that the raise was theirs to discuss today.", False, "offer"),
        (
            "If anything happens to our citizens, the responsibility will be theirs alone.",
            True,
            "warn",
        ),
    ],
)
def test_stance_of_what_is_said_to_be_the_others(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("We have other routes, and we are not afraid to use them.", True, "warn"),
        ("They are not afraid to walk out.", True, "assess"),
    ],
)
def test_stance_of_a_side_not_afraid_to_act(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("We were promised a new hospital.", True, "assess"),
        ("He said the terms being offered by the insurer were fair.", False, "assess"),
        ("She said the growers would be offered a ten percent rise.", False, "offer"),
    ],
)
def test_stance_of_an_offer_in_the_passive_depends_on_who_made_it(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("She said the two revised tariffs would raise prices for growers.", "assess"),
        ("She said the four contested seats would be counted again.", "assess"),
    ],
)
def test_stance_of_a_participle_after_a_count_is_no_act(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "direct", "stance"),
    [
        ("She said observers would be allowed to watch the recount.", False, "offer"),
        ("Journalists will be permitted to visit the camp.", True, "offer"),
        ("Journalists must be allowed to visit the camp.", True, "demand"),
        ("The dispute is over who would be allowed to film it.", True, "assess"),
    ],
)
def test_stance_of_leave_to_act_is_an_offer(text, direct, stance):
    assert _stance(text, direct=direct) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Growers who keep holding out for more may find their contracts are not renewed.", "warn"),
        ("Anyone who crosses the line will find us waiting.", "warn"),
        ("Any convoy that moves without our leave will be treated as a target.", "warn"),
        ("The point is that the figures will be revised in May.", "assess"),
        ("We will find a way.", "assess"),
    ],
)
def test_stance_of_what_awaits_those_who_act_is_a_warning(text, stance):
    assert _stance(text, direct=True) == stance


def test_stance_of_a_speaker_described_by_a_body_of_their_own():
    text = (
        "Their union representative, Noor Halvorsen, said management should restore the"
        " guaranteed 30-hour week before talks could move on to pay."
    )

    assert [q.stance for q in extract_quotes(text, Registry())] == ["demand"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Operators must remove dead satellites, and the treaty must say so.", "demand"),
        ("That is indefensible. Bring it down to twenty, and put it in writing.", "demand"),
        ("The text is not perfect, but we will vote for it.", "accept"),
        ("They support it.", "assess"),
        ("Our test left debris up there, and we regret it.", "concede"),
        ("Those who threaten us will regret it.", "warn"),
        ("Independence is not on the agenda.", "reject"),
        ("The levy is off the agenda.", "reject"),
        ("Pay is on the agenda for Tuesday.", "assess"),
        ("Spot checks were never part of the deal, and they never will be.", "reject"),
        ("It is time the creditors recognised the facts.", "demand"),
    ],
)
def test_stance_of_plain_moves_in_longer_quotes(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Set the fee at a level that lets us build, not one that fills a hole.", "demand"),
        ("Pass this levy and you will see empty buses by Christmas.", "warn"),
        ("Let the deadline pass and the final goes with it.", "warn"),
        ("Put the subsidy in the budget and I will vote against that budget.", "warn"),
        ("Let them show us the guarantees first.", "demand"),
        ("Let me be clear about one thing.", "assess"),
        ("Call it a pause, call it a stalemate, but the guns are quiet.", "assess"),
        ("Band A customers make up about a fifth of the total.", "assess"),
    ],
)
def test_stance_of_a_sentence_opening_on_a_bare_verb(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The current concession runs until 2041 and covers the northern field.", "assess"),
        ("The invitation to the talks stands.", "offer"),
        ("Our proposal is a 30 percent reduction in face value.", "offer"),
        ("The price goes up to 1,800 francs, which is what the growers asked for.", "concede"),
    ],
)
def test_stance_of_an_act_only_named(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We understand the anger, and we respect it, but the closure is going ahead.", "reject"),
        ("We are grateful for the ideas, but the budget is fixed.", "reject"),
        ("They understand the anger, but the closure is going ahead.", "assess"),
        ("We understand the anger, but we will meet them on Monday.", "offer"),
    ],
)
def test_stance_of_an_acknowledgement_then_what_holds(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "If permits drag past the autumn, the investors walk and the line does not get built.",
            "warn",
        ),
        ("We will consider all legal options, including withholding our dues.", "warn"),
    ],
)
def test_stance_of_what_a_side_holds_in_reserve(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    "text",
    [
        "If talks are not concluded by May, the president said, she will call fresh elections.",
        "Without a sharing clause, the guild's chair said, its members would sign nothing.",
    ],
)
def test_a_condition_before_the_attribution_is_read_with_the_content(text):
    quotes = extract_quotes(text, Registry())

    assert [(q.kind, q.stance) for q in quotes] == [("indirect", "warn")]
    assert not quotes[0].text.startswith(("If", "Without"))


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "She said the group would observe a pause, provided the aircraft stayed grounded.",
            "offer",
        ),
        ("It said it would raise its bid to 412 pence, provided the board backed it.", "offer"),
        ("He said it would not block the quota, provided the wage was extended.", "offer"),
    ],
)
def test_stance_of_a_move_held_out_on_terms(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We will phase the new rules in over four harvests.", "offer"),
        ("We'll move the haul road.", "offer"),
        ("We will study the response carefully.", "assess"),
        ("We will see what they bring to the table.", "assess"),
        ("I will move the haul road.", "assess"),
        ("We'll take the two-year freeze, and we'll keep pushing for three.", "accept"),
    ],
)
def test_stance_of_what_we_will_do(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The dam will be filled, with or without an agreement.", "warn"),
        ("The pipeline will open in May regardless of the court case.", "warn"),
    ],
)
def test_stance_of_a_move_made_whatever_the_other_does(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("That is not something any of our members will ever sign.", "reject"),
        ("Thirty percent would ruin the mine, and no board anywhere would approve it.", "reject"),
        ("There is no version of this merger that I can see us approving.", "reject"),
        ("With no fuss, we will approve the plan.", "accept"),
    ],
)
def test_stance_of_an_act_denied_through_its_subject_or_object(text, stance):
    assert _stance(text, direct=True) == stance


def test_stance_of_a_town_its_mayor_speaks_for():
    text = "Mayor Ivo Telmann said the town needs a guarantee that the park stays open."

    assert [q.stance for q in extract_quotes(text, Registry())] == ["demand"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("With hindsight, the consultation was rushed.", "concede"),
        ("We asked for guarantees, which in hindsight no buyer would sign.", "concede"),
        ("Our communication on this has been poor.", "concede"),
        ("Public statements were a poor guide to the talks.", "assess"),
        ("A loan of our own heritage is an insult.", "reject"),
        ("Our first draft was unworkable.", "concede"),
    ],
)
def test_stance_of_a_fault_owned(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("If the studios walk away from this table, the cameras stop.", "warn"),
        ("If we walk out in July, the whole summer schedule goes with us.", "warn"),
        ("If you look at the last rounds, every concession came in the final hour.", "assess"),
        ("I'd be surprised if we had a government before Easter.", "assess"),
    ],
)
def test_stance_of_what_a_condition_brings_in_the_present(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We cannot reopen a crossing simply because the calendar says it's spring.", "reject"),
        ("We did not come here to discuss our own territory.", "reject"),
        ("We did not expect the talks to move so quickly.", "assess"),
        ("They did not come here to talk.", "assess"),
        ("Our farmers are not a bargaining chip.", "reject"),
    ],
)
def test_stance_of_refusals_said_sideways(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Skyline Air chief executive Ana Ruiz said the airline would raise pilot pay.", "offer"),
        ("Union leader Ana Ruiz said the airline would raise pilot pay.", "assess"),
    ],
)
def test_stance_of_a_firm_its_officer_speaks_for(text, stance):
    assert [q.stance for q in extract_quotes(text, Registry())] == [stance]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Amnesty will be available to every fighter who lays down arms.", "offer"),
        ("The pitches will be free to local schools on weekdays.", "offer"),
    ],
)
def test_stance_of_what_will_be_available_to_others(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The floor they've proposed is something our members can work with.", "accept"),
        (
            "We haven't run this railway as well as we should have, and the figures show it.",
            "concede",
        ),
    ],
)
def test_stance_of_the_speakers_side_after_anothers_move(text, stance):
    assert _stance(text, direct=True) == stance


def test_stance_of_a_firm_owning_its_slowness():
    text = (
        "Sales director Ana Ruiz of Quillon said the company had been slow to explain its prices."
    )

    assert [q.stance for q in extract_quotes(text, Registry())] == ["concede"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Peak-hour demand at the hub exceeds runway capacity by 14 per cent.", "assess"),
        ("Winter demand in the north has grown by four percent a year.", "assess"),
        ("We demand in the strongest terms that the shelling stop.", "demand"),
    ],
)
def test_stance_of_an_act_noun_before_a_preposition(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("There was a good atmosphere, and we agreed to meet again in a fortnight.", "assess"),
        ("For the third time we have failed to agree on sharing the catch.", "assess"),
        ("We agreed to meet the mediators on Thursday.", "accept"),
        ("We agreed to the plan.", "accept"),
    ],
)
def test_stance_of_agreeing_only_to_meet_again(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("If they want to talk, we will be there.", "offer"),
        ("If they want a fight, we will be there.", "warn"),
    ],
)
def test_stance_of_being_there_in_return(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We will never write a fixed minimum flow into the treaty.", "reject"),
        ("We will not write off the debt.", "reject"),
        ("We will not comment on rumours.", "assess"),
    ],
)
def test_stance_of_a_verb_of_saying_used_of_a_deed(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Ormeth Airways chief executive Ana Ruiz said the carrier wanted the government "
            "to grant it seven slots.",
            "demand",
        ),
        ("Union leader Ana Ruiz said the union expected concrete answers by Friday.", "demand"),
        ("“We had expected more from this meeting,” Ana Ruiz said.", "assess"),
        ("The review body is expected to report within weeks, Ana Ruiz said.", "assess"),
        ("Ana Ruiz said the panel expected the minimum wage to rise by 5%.", "assess"),
        ("Ana Ruiz said the panel expected the company to increase its offer.", "demand"),
    ],
)
def test_stance_of_a_wish_told_in_the_past(text, stance):
    assert [q.stance for q in extract_quotes(text, Registry())] == [stance]


def test_stance_of_a_ministry_its_spokesman_speaks_for():
    text = (
        "Umbala's agriculture ministry wants AgriGen to deposit the seed lines in the gene "
        "bank, a ministry spokesman said."
    )

    assert [q.stance for q in extract_quotes(text, Registry())] == ["demand"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Our fighters must be on that list.", "demand"),
        ("Our members must be paid for the overtime.", "demand"),
        ("We must talk to them again.", "offer"),
    ],
)
def test_stance_of_what_the_speakers_side_owns_must_be(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Our members voted in favour of the agreement.", "accept"),
        ("Our members voted on the agreement.", "assess"),
        ("We would support the ministry's revised cap of 150,000 per farm.", "accept"),
    ],
)
def test_stance_of_backing_what_another_put_forward(text, stance):
    assert _stance(text, direct=True) == stance


def test_stance_of_a_deed_a_firm_announces_through_its_chief_executive():
    text = (
        '"The company will freeze standing charges for pensioners through 2026," chief '
        "executive Martin Hale said."
    )

    assert [q.stance for q in extract_quotes(text, Registry())] == ["offer"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Ana Ruiz said her country would need guaranteed seats on two missions.", "demand"),
        (
            '"We propose that revenues be split down the middle until the court rules," '
            "Ana Ruiz said.",
            "offer",
        ),
        ('"The tractors stay until the minister comes out," Ana Ruiz said.', "demand"),
    ],
)
def test_stance_of_a_need_held_out_and_a_proposal_until_a_ruling(text, stance):
    assert [q.stance for q in extract_quotes(text, Registry())] == [stance]


def test_stance_of_a_country_its_minister_names():
    text = (
        '"Norden will put another 2 billion on the table for adaptation," Norden\'s climate '
        "minister, Elsa Marten, told the plenary."
    )

    assert [q.stance for q in extract_quotes(text, Registry())] == ["offer"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We are in a position to give them a two-year grace period.", "offer"),
        ("We are not in a position to give them a grace period.", "reject"),
        ("We would gladly take the slots they offered.", "accept"),
        ("Links on trial? We'll take that. It's a start.", "accept"),
        ("A quota on our dairy is not how this partnership works.", "reject"),
        ("That is not how I see it.", "assess"),
        ("There is no question of including convicted fighters in the exchange.", "reject"),
        ("There is no question that the talks were useful.", "assess"),
        ("Ten percent? It isn't going to happen.", "reject"),
        ("Our debts are crushing us, so this money has to come as grants.", "demand"),
        ("We will walk out of the summit if the fund is cut.", "warn"),
        ("We will lift sanctions if they withdraw.", "offer"),
    ],
)
def test_stance_said_in_set_phrases_of_english(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Our moderation tools were not good enough during the election.", "concede"),
        ("The offer on the table is simply not good enough for our members.", "reject"),
        ("We could have been more transparent about the price.", "concede"),
        ("They could have done more.", "assess"),
        ("That was a mistake, and it will not be repeated.", "concede"),
        ("It won't happen again.", "concede"),
        ("We will not go back again.", "reject"),
    ],
)
def test_stance_of_falling_short(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    "text",
    [
        "A 3.5% offer isn't something I can put to my members with a straight face.",
        "Scrapping the steel quota is not something we can entertain at this stage.",
        "Their list of demands is not something any government could consider.",
    ],
)
def test_stance_of_a_thing_denied_governs_the_act_its_subject_names(text):
    assert _stance(text, direct=True) == "reject"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("If it helps the regional routes, we'll hand back four of our slots.", "offer"),
        ("We would station our own officers there, if that is what it takes.", "offer"),
        ("If the union can live with a two-year deal, we can live with front-loading.", "offer"),
        ("Let the monitors hold the weapons, and we will hand them the keys.", "offer"),
        ("Put the cap in writing and the overtime ban is lifted from Sunday.", "offer"),
        ("Give us the weapons and we will finish the job.", "demand"),
        ("Approve this, and you will see us in the High Court.", "warn"),
    ],
)
def test_stance_of_a_move_held_out_in_return(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("They cannot keep taking 95 per cent of what comes out of our seabed.", "demand"),
        ("We cannot keep paying for this.", "reject"),
        ("The window for a settlement will not stay open for ever.", "warn"),
        ("The deal is signed and covers everything.", "accept"),
    ],
)
def test_stance_of_what_cannot_go_on(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We will lift our bid to 14.20 krona a share.", "offer"),
        ("We will lift sanctions.", "concede"),
        ("That is our proposal, and it is a serious one.", "offer"),
        ("Their proposal is a fair one.", "accept"),
        ("Their offer is not good.", "reject"),
        ("The talks were good.", "assess"),
    ],
)
def test_stance_of_a_verdict_on_an_offer(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("“We'll back the reform,” Ana Ruiz said.", "accept"),
        (
            "“The text is one Ostrevia will back,” the Ostrevian delegate, Maren Ekdahl, said.",
            "accept",
        ),
        ("“The text is one they will back,” the Ostrevian delegate, Maren Ekdahl, said.", "assess"),
    ],
)
def test_stance_of_backing_a_text_by_the_side_the_speaker_is_named_for(text, stance):
    assert [q.stance for q in extract_quotes(text, Registry())] == [stance]


@pytest.mark.parametrize(
    "text",
    [
        "The law that protects them is not one this government intends to rewrite.",
        "It is not a law we intend to rewrite.",
        "It is not something we plan to do.",
    ],
)
def test_stance_of_a_thing_the_speakers_side_does_not_mean_to_do(text):
    assert _stance(text, direct=True) == "reject"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("In return for the pilots, we could release the trawler we are holding.", "offer"),
        ("We can lend the paintings for five years while the courts decide.", "offer"),
        ("In return for the pilots, they could release the trawler.", "assess"),
    ],
)
def test_stance_of_what_the_speakers_side_could_hand_over(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Raise the levy again and the talks are over.", "warn"),
        ("Put duties on our steel and see what happens to your car plants.", "warn"),
        ("Dam that river and you will be starving our valley of water.", "warn"),
        ("Go it alone and you'll find every port closed to you.", "warn"),
        ("One more missed payment and the mills will shut for good.", "warn"),
        ("Another round of talks and we will have a deal.", "assess"),
        ("Europe needs more gas and you know it.", "assess"),
    ],
)
def test_stance_of_a_command_or_noun_joined_to_a_harm_is_a_warning(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We lost the vote, and that is my fault.", "concede"),
        ("Mistakes were made, and I take full responsibility for them.", "concede"),
        ("We accept the blame for the delays.", "concede"),
        ("It is not our fault that the talks stalled.", "reject"),
        ("They must take responsibility for the spill.", "demand"),
        ("Our safety checks have been nowhere near good enough.", "concede"),
        ("Their offer is nowhere near good enough.", "reject"),
        ("Their offer is good enough.", "accept"),
    ],
)
def test_stance_of_a_fault_owned_or_shouldered_or_falling_short(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Why would we sign a treaty that gives away our coast for nothing?", "reject"),
        ("Why should I pay for their mistakes?", "reject"),
        ("Why would we not take a deal this good?", "assess"),
        ("Does anyone seriously believe a tariff builds a single factory?", "reject"),
        ("Does anyone know when the talks resume?", "assess"),
    ],
)
def test_stance_of_a_question_that_refuses_or_doubts(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("A two-day pause for the vote — we can do that.", "offer"),
        ("What we can do is extend the lease by a year.", "offer"),
        ("What they can do is wait.", "assess"),
    ],
)
def test_stance_of_what_the_speakers_side_can_do(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("At no point did this company mislead the inspectors.", "reject"),
        ("We never misled anyone about the test results.", "reject"),
        ("They misled everyone about the test results.", "assess"),
        ("These accusations are false.", "reject"),
        ("Our fees have nothing to do with the shortage.", "reject"),
    ],
)
def test_stance_of_a_wrong_or_a_link_denied(text, stance):
    assert _stance(text, direct=True) == stance


def test_stance_of_the_state_said_by_the_governments_spokesman():
    quote = "“The state does not bargain with hostage-takers,” said government spokesman Ali Rad."

    assert [q.stance for q in extract_quotes(quote, Registry())] == ["reject"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("31 countries had pledged a combined 2 billion so far.", "assess"),
        ("78 per cent of its members had voted in favour of the deal.", "accept"),
        ("his government could open its depots to inspectors in exchange for a freeze.", "offer"),
        ("the terminal would operate on reduced hours until further notice.", "assess"),
    ],
)
def test_stance_of_counted_others_terms_of_exchange_and_open_ended_times(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The airline would begin cancelling routes next week absent an agreement.", "warn"),
        ("Put the rota in without our agreement and you'll find out.", "warn"),
        ("Freeze rents for two years, and put it in the law, not in a leaflet.", "demand"),
        ("Close the depot as planned, and we ballot all our members on a stoppage.", "warn"),
        ("The army stands ready to defend the river by whatever means prove necessary.", "warn"),
    ],
)
def test_stance_of_threats_held_out_without_a_deal_or_after_a_command(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("“These claims are false,” a lawyer for the port operator said.", "reject"),
        ("“These claims are false,” a legal scholar said.", "assess"),
        ("“These claims are false,” said Ana Lutz, a lawyer for the former mayor.", "reject"),
        (
            "“The landlords should pay them before the winter,” said Ana Lutz, a lawyer for "
            "the evicted tenants.",
            "demand",
        ),
        ("“These claims are false,” said Ana Lutz, a lawyer at Kern & Bell.", "assess"),
        (
            "“If the levy stays, we will sue,” said Mira Osei, the airline's chief executive.",
            "warn",
        ),
        ("“We will appeal the ruling,” said Mira Osei, the airline's chief executive.", "warn"),
    ],
)
def test_stance_of_counsel_for_a_side_and_of_going_to_law(text, stance):
    assert [q.stance for q in extract_quotes(text, Registry())] == [stance]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Any attempt to divert the river would be regarded as a hostile act.", "warn"),
        ("Any player who talks to a rival club will never play here again.", "warn"),
        ("Any advance on the town would end the truce the same hour.", "warn"),
        ("Any worker who is moved will not lose a day's pay.", "assess"),
    ],
)
def test_stance_of_a_harm_foretold_of_whatever_anyone_does(text, stance):
    assert _stance(text, direct=True) == stance


def test_stance_of_answering_a_proposal_positively_accepts_it():
    assert (
        _stance("the ministry would respond positively to the proposal for a moratorium.")
        == "accept"
    )


def test_stance_of_a_state_foreseen_of_any_talks_is_a_view():
    assert _stance("any talks on the border would not be easy.") == "assess"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "it would put the revised offer to members with a recommendation to approve it.",
            "accept",
        ),
        ("the board found the revised offer fair and would recommend it.", "accept"),
        ("it would put the revised offer to members without a recommendation.", "assess"),
    ],
)
def test_stance_of_a_deal_put_to_a_vote_and_recommended(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("it expected two new directors to be appointed before the annual meeting.", "demand"),
        (
            "it expected a decision on the site of the new treatment works to be reached by "
            "the councils in September.",
            "demand",
        ),
        ("it expected the pressure on dairy farmers to continue through the winter.", "assess"),
        ("it expected the bids for the rights to exceed 40 million.", "assess"),
        ("the fund would need at least $300bn a year by 2035 to meet its goals.", "assess"),
    ],
)
def test_stance_of_a_deed_expected_of_others_in_the_passive_or_far_ahead(text, stance):
    assert _stance(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We have put a four-year deal in front of him.", "offer"),
        ("We will not put a new offer in front of the union.", "reject"),
        ("The tanks stood in front of the parliament.", "assess"),
    ],
)
def test_stance_of_a_deal_put_in_front_of_the_other_side(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The moment this coalition touches pensions, it loses our votes.", "warn"),
        ("If this coalition touches pensions, it loses our votes.", "warn"),
        ("The day they cut the subsidy, we walk out.", "warn"),
        ("The day after the vote, the talks resumed.", "assess"),
        ("It would be helpful if they came.", "assess"),
        ("One more rocket on the city and the truce is over.", "warn"),
        ("One more round of talks and we will have a deal.", "assess"),
    ],
)
def test_stance_of_a_moment_or_a_deed_set_as_the_condition_of_a_loss(text, stance):
    assert _stance(text, direct=True) == stance


def test_stance_of_a_firm_named_by_its_common_noun_by_its_spokeswoman():
    text = "A spokeswoman for the platform said the company should have acted faster."
    assert [q.stance for q in extract_quotes(text, Registry())] == ["concede"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "“This is the day we have waited a century for,” Nwosu said, welcoming the "
            "trustees' decision to return the bronzes.",
            "accept",
        ),
        (
            "A higher royalty “would make the mine uneconomic,” said Brian Holt, managing "
            "director of Greyrock, dismissing the government's plan.",
            "reject",
        ),
        (
            "The minister said the government would slow the filling of the reservoir, "
            "acknowledging that farmers downstream had suffered.",
            "concede",
        ),
        (
            "“Our position has not changed,” the deputy minister said, declining to go into "
            "detail.",
            "assess",
        ),
        ("“The talks were long,” she said, adding that they would resume in May.", "assess"),
    ],
)
def test_stance_told_by_a_participle_after_the_attribution(text, stance):
    assert extract_quotes(text, Registry())[0].stance == stance


@pytest.mark.parametrize(
    "text",
    [
        "Kingsbridge have tabled a bid of 65 million euros, according to a person familiar "
        "with the talks.",
        "“The law still bars museums from selling their collections,” said art law specialist "
        "Hannah Gould.",
    ],
)
def test_stance_of_sources_near_the_talks_and_specialists_is_a_view(text):
    assert extract_quotes(text, Registry())[0].stance == "assess"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The crossing will reopen when they remove their customs posts, and not a day before.",
            "demand",
        ),
        ("We will sign once they pay, and not before.", "demand"),
        (
            "We stand ready to return to full compliance on the day the sanctions are lifted, "
            "not a day after, and not a day before.",
            "offer",
        ),
        ("No agreement by March 1 means no games in April.", "warn"),
        ("No rise in pay means a strike in May.", "warn"),
        ("No news means good news.", "assess"),
    ],
)
def test_stance_of_a_time_set_as_the_least_to_wait_for_and_of_a_lack_bringing_a_loss(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The club will take the case to the sports tribunal if the federation does not "
            "release the file, team lawyer Elena Marchetti said.",
            "warn",
        ),
        (
            "The council will seek an injunction “the moment a drill rig crosses the creek,” "
            "its lawyer, Rhys Tanaka, said.",
            "warn",
        ),
        (
            "“Unless the diocese improves its offer, we will be in the High Court in "
            "September,” said Ana Lutz.",
            "warn",
        ),
        ("“We will respect the court ruling,” said Ana Lutz.", "offer"),
        ("“The ban will not survive an appeal,” said Ana Lutz, a competition lawyer.", "assess"),
    ],
)
def test_stance_of_going_to_court_and_of_counsel_for_a_client(text, stance):
    assert extract_quotes(text, Registry())[0].stance == stance


def test_stance_of_a_participle_naming_an_act_that_reports_no_speech():
    text = (
        "“How about this: we fund the bridges now and fight about pensions later?” the "
        "speaker said, floating a stopgap to end the standoff."
    )
    assert extract_quotes(text, Registry())[0].stance == "offer"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "“The work requirements are off the table,” Whitaker said, dropping a demand that "
            "had stalled talks for a fortnight.",
            "concede",
        ),
        (
            "“We will contribute to the fund,” the minister said, softening his government's "
            "refusal.",
            "concede",
        ),
        ("Compliance with agreed quotas averaged 85 percent last year, the agency said.", "assess"),
    ],
)
def test_stance_of_giving_up_told_by_a_participle_and_of_a_participle_describing_a_noun(
    text, stance
):
    assert extract_quotes(text, Registry())[0].stance == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Not here, not now, not ever.", "reject"),
        ("A fare hike? In this economy? Not while I am mayor.", "reject"),
        ("Compensation for every delay? Not on this contract.", "reject"),
        ("Not for the first time, the talks stalled.", "assess"),
        ("Not bad.", "assess"),
    ],
)
def test_stance_of_a_verbless_not_before_a_time_place_or_terms(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("it would not oppose the compromise text.", "accept"),
        ("We have never refused to talk.", "offer"),
        ("it would shelve a planned expansion of the mine if the new royalty is enacted.", "warn"),
        (
            "his party was willing to give up the finance ministry if it secured the health "
            "portfolio.",
            "concede",
        ),
        ("the two delegations had agreed on nine of the twelve chapters.", "assess"),
        (
            "two planning hours a week is what we asked for, and we will recommend the deal.",
            "accept",
        ),
    ],
)
def test_stance_of_an_objection_waived_a_step_back_threatened_and_both_sides_told_of(text, stance):
    assert _stance(text) == stance


def test_stance_of_a_mediator_telling_both_sides_what_to_do_is_a_demand():
    text = "“All parties should open the corridor to aid convoys,” said the mediator, Amina Sesay."
    assert extract_quotes(text, Registry())[0].stance == "demand"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Before there is any talk of lifting restrictions, the detained journalists must be "
            "on a plane home.",
            "demand",
        ),
        ("Before the ministry lectures us about hedgerows, it might pay the farmers.", "demand"),
        ("Before the talks began, we met the mediators.", "assess"),
        ("Before the summit opens, we will offer a new text.", "offer"),
        ("Almost a quarter of trains were cancelled last quarter.", "assess"),
    ],
)
def test_stance_of_what_others_must_do_first_and_of_a_sentence_opening_on_a_degree(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Our ports are open and our navy is available to escort the convoys.", "offer"),
        ("The minister was not available for comment.", "assess"),
    ],
)
def test_stance_of_a_side_saying_what_it_has_available(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The dam will be built, whatever the downstream states say.", "reject"),
        ("We will go ahead, no matter what the unions think.", "reject"),
        ("The dam will be filled, with or without an agreement.", "warn"),
        ("We will keep talking, whatever the outcome.", "assess"),
    ],
)
def test_stance_of_going_ahead_whatever_others_say(text, stance):
    assert _stance(text, direct=True) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Castellan's operations director, Lena Hoff, ruled out reopening the pay offer. "
            "“Five percent is the ceiling,” Hoff said.",
            "reject",
        ),
        (
            "Energy Minister Clare Doyle welcomed the decision. “This is the right call,” she "
            "said.",
            "accept",
        ),
        (
            "Council leader Ruth Baines backed down, saying the council would not charge for "
            "policing.",
            "concede",
        ),
        (
            "The union welcomed the ruling, saying it would end years of uncertainty.",
            "accept",
        ),
        (
            "Chidinma Bell had pressed for a vote on the sale. “With the guarantees in writing, "
            "I'm content, and I'll vote my shares in favour,” she said.",
            "accept",
        ),
        (
            "The union rejected the offer. “We are studying the figures,” the company's "
            "spokesman said.",
            "assess",
        ),
    ],
)
def test_stance_named_by_the_clause_or_sentence_the_quote_follows(text, stance):
    assert extract_quotes(text, Registry())[0].stance == stance
