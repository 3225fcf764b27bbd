"""What a matrix cell shows: the latest position-bearing stance a party confirmed."""

import datetime
import random

from django.utils import timezone

from positions.models import Actor, Position
from positions.queries import cells
from positions.queries.cells import EVIDENCE_CAP, Step
from positions.queries.matrix import history_strip, matrix
from positions.queries.shifts import stance_shifts
from positions.services import quote_confirm
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    IssueFactory,
    OfficeFactory,
    QuoteFactory,
    QuoteIssueFactory,
)
from tests.matrix.conftest import JAN, said
from tests.services import require_postgres


def _cell(negotiation, party, as_of=None):
    grid = matrix(negotiation=negotiation, as_of=as_of)
    return dict(grid.rows[0].entries)[party]


def test_cell_shows_the_latest_confirmed_position_bearing_stance(talks):
    negotiation, issue, russia, _ = talks
    said(russia, issue, "warn", JAN[7])
    latest = said(russia, issue, "demand", JAN[12])

    cell = _cell(negotiation, russia)

    assert (cell.stance, cell.said_on, cell.quote_id, cell.suggested) == (
        "demand",
        JAN[12],
        latest.pk,
        False,
    )
    assert cell.evidence == 2


def test_cell_prefers_a_confirmed_quote_to_a_newer_suggestion(talks):
    negotiation, issue, russia, _ = talks
    said(russia, issue, "demand", JAN[7])
    said(russia, issue, "offer", JAN[14], state="suggested")

    cell = _cell(negotiation, russia)

    assert (cell.stance, cell.suggested) == ("demand", False)


def test_cell_without_confirmed_quotes_shows_the_latest_suggestion_as_such(talks):
    negotiation, issue, russia, _ = talks
    said(russia, issue, "offer", JAN[7], state="suggested")
    said(russia, issue, "warn", JAN[10], state="suggested")
    said(russia, issue, "accept", JAN[12], state="rejected")

    cell = _cell(negotiation, russia)

    assert (cell.stance, cell.said_on, cell.suggested, cell.settled) == (
        "warn",
        JAN[10],
        True,
        False,
    )


def test_statements_of_view_count_as_evidence_but_never_move_a_position(talks):
    negotiation, issue, russia, _ = talks
    said(russia, issue, "demand", JAN[7])
    said(russia, issue, "assess", JAN[12])

    cell = _cell(negotiation, russia)

    assert (cell.stance, cell.said_on, cell.evidence, cell.shifted) == ("demand", JAN[7], 2, False)


def test_only_statements_of_view_leave_the_cell_empty(talks):
    negotiation, issue, russia, _ = talks
    said(russia, issue, "assess", JAN[12])

    cell = _cell(negotiation, russia)

    assert (cell.empty, cell.evidence) == (True, 1)


def test_a_position_far_behind_many_statements_of_view_is_still_found(talks):
    negotiation, issue, russia, _ = talks
    said(russia, issue, "reject", JAN[2])
    said(russia, issue, "demand", JAN[3])
    for day in range(4, 4 + EVIDENCE_CAP + 2):
        said(russia, issue, "assess", JAN[day])

    cell = _cell(negotiation, russia)

    assert (cell.stance, cell.previous_stance, cell.evidence_label) == (
        "demand",
        "reject",
        f"{EVIDENCE_CAP}+",
    )


def test_experts_never_set_a_party_position(talks):
    negotiation, issue, russia, _ = talks
    expert = ActorFactory(kind=Actor.Kind.EXPERT)
    OfficeFactory(actor=expert, party=russia, title="Analyst")
    quote = QuoteFactory(stance="demand", said_on=JAN[12])
    QuoteIssueFactory(quote=quote, issue=issue)

    quote_confirm(quote=quote, editor=None, actor=expert, issues=[issue])

    assert _cell(negotiation, russia).empty


def test_officials_confirmed_through_the_service_set_the_position(talks):
    negotiation, issue, russia, _ = talks
    official = ActorFactory(kind=Actor.Kind.OFFICIAL)
    OfficeFactory(actor=official, party=russia, title="Deputy Foreign Minister")
    quote = QuoteFactory(stance="demand", said_on=JAN[12])

    quote_confirm(quote=quote, editor=None, actor=official, issues=[issue])

    assert _cell(negotiation, russia).stance == "demand"


def test_quotes_of_withdrawn_articles_do_not_count(talks):
    negotiation, issue, russia, _ = talks
    said(russia, issue, "demand", JAN[7])
    withdrawn = said(russia, issue, "concede", JAN[12])
    withdrawn.article.withdrawn_at = timezone.now()
    withdrawn.article.withdrawn_reason = "Retracted by the outlet"
    withdrawn.article.save()

    cell = _cell(negotiation, russia)

    assert (cell.stance, cell.evidence) == ("demand", 1)


def test_a_pinned_position_wins_until_a_newer_confirmed_quote(talks):
    negotiation, issue, russia, _ = talks
    said(russia, issue, "demand", JAN[7])
    Position.objects.create(
        negotiation=negotiation,
        issue=issue,
        party=russia,
        stance="concede",
        summary="Ready to talk about limits",
        as_of=JAN[10],
    )

    pinned = _cell(negotiation, russia)
    said(russia, issue, "reject", JAN[13])
    overtaken = _cell(negotiation, russia)

    assert (pinned.stance, pinned.pinned, pinned.summary) == (
        "concede",
        True,
        "Ready to talk about limits",
    )
    assert (overtaken.stance, overtaken.pinned, overtaken.previous_stance) == (
        "reject",
        False,
        "concede",
    )


def test_a_pin_wins_a_tie_with_a_quote_of_the_same_day(talks):
    negotiation, issue, russia, _ = talks
    said(russia, issue, "demand", JAN[10])
    Position.objects.create(
        negotiation=negotiation,
        issue=issue,
        party=russia,
        stance="offer",
        summary="s",
        as_of=JAN[10],
    )

    assert _cell(negotiation, russia).stance == "offer"


def test_a_changed_stance_is_marked_as_a_shift(talks):
    negotiation, issue, russia, nato = talks
    said(russia, issue, "demand", JAN[7])
    said(russia, issue, "concede", JAN[12])
    said(nato, issue, "reject", JAN[7])
    said(nato, issue, "reject", JAN[12])

    assert (_cell(negotiation, russia).shifted, _cell(negotiation, russia).previous_stance) == (
        True,
        "demand",
    )
    assert _cell(negotiation, nato).shifted is False


def test_undated_quotes_count_today_below_dated_ones_but_not_in_a_replay(talks):
    negotiation, issue, russia, nato = talks
    said(russia, issue, "accept", None)
    said(nato, issue, "offer", None)
    said(nato, issue, "reject", JAN[7])

    assert (_cell(negotiation, russia).stance, _cell(negotiation, russia).said_on) == (
        "accept",
        None,
    )
    assert _cell(negotiation, nato).stance == "reject"
    assert _cell(negotiation, russia, as_of=JAN[31]).empty


def test_as_of_replays_the_position_at_the_end_of_that_day(talks):
    negotiation, issue, russia, _ = talks
    said(russia, issue, "demand", JAN[7])
    said(russia, issue, "concede", JAN[12])

    before, on_the_day, after = (
        _cell(negotiation, russia, as_of=day) for day in (JAN[6], JAN[7], JAN[11])
    )

    assert (before.empty, on_the_day.stance, after.stance) == (True, "demand", "demand")
    assert _cell(negotiation, russia, as_of=JAN[12]).stance == "concede"
    assert after.evidence == 1


def test_a_demand_met_only_by_rejections_is_a_deadlock(talks):
    negotiation, issue, russia, nato = talks
    said(russia, issue, "demand", JAN[12])
    said(nato, issue, "reject", JAN[12])

    row = matrix(negotiation=negotiation).rows[0]

    assert (row.deadlocked, row.converging) == (True, False)


def test_an_offer_breaks_a_deadlock(talks):
    negotiation, issue, russia, nato = talks
    said(russia, issue, "demand", JAN[12])
    said(nato, issue, "offer", JAN[12])

    assert matrix(negotiation=negotiation).rows[0].deadlocked is False


def test_an_offer_met_by_acceptance_converges(talks):
    negotiation, issue, russia, nato = talks
    said(nato, issue, "offer", JAN[12])
    said(russia, issue, "accept", JAN[13])

    row = matrix(negotiation=negotiation).rows[0]

    assert (row.deadlocked, row.converging) == (False, True)


def test_suggestions_raise_no_flags(talks):
    negotiation, issue, russia, nato = talks
    said(russia, issue, "demand", JAN[12], state="suggested")
    said(nato, issue, "reject", JAN[12], state="suggested")

    row = matrix(negotiation=negotiation).rows[0]

    assert (row.deadlocked, row.converging) == (False, False)


def test_matrix_keeps_the_negotiation_order_of_issues_and_parties(talks):
    negotiation, issue, _russia, _nato = talks
    later = issue.__class__.objects.create(
        negotiation=negotiation, name="Arms control", slug="arms-control", order=5
    )
    issue.order = 9
    issue.save()

    grid = matrix(negotiation=negotiation)

    assert [p.slug for p in grid.parties] == ["russia", "nato"]
    assert [row.issue for row in grid.rows] == [later, issue]


def test_matrix_reads_only_its_own_negotiation(talks):
    negotiation, issue, russia, _ = talks
    said(russia, issue, "demand", JAN[12])
    other = issue.__class__.objects.create(
        negotiation=negotiation.__class__.objects.create(name="Other", slug="other"),
        name="Other issue",
        slug="other-issue",
    )
    said(russia, other, "offer", JAN[13])

    assert [row.issue.slug for row in matrix(negotiation=negotiation).rows] == ["enlargement"]
    assert _cell(negotiation, russia).stance == "demand"


def test_as_of_today_matches_the_current_matrix_for_dated_quotes(talks):
    negotiation, issue, russia, _ = talks
    said(russia, issue, "demand", JAN[7])

    assert _cell(negotiation, russia, as_of=datetime.date.today()).stance == "demand"


def test_history_strip_draws_one_run_per_unbroken_stance_and_a_tick_per_step():
    steps = [
        Step("demand", JAN[1]),
        Step("demand", JAN[3]),
        Step("reject", JAN[5], position_id=1),
        Step("offer", None),
    ]

    history = history_strip(steps, until=JAN[11], width=100)

    assert [(r.stance, r.start, r.end, r.x, r.width, r.steps) for r in history.runs] == [
        ("demand", JAN[1], JAN[5], 0, 40.0, 2),
        ("reject", JAN[5], JAN[11], 40.0, 60.0, 1),
    ]
    assert [(m.x, m.pinned) for m in history.marks] == [(0, False), (20.0, False), (40.0, True)]
    assert history.undated == 1


def test_a_pin_between_two_quotes_is_the_previous_position_of_the_newer_one(talks):
    negotiation, issue, russia, _ = talks
    said(russia, issue, "demand", JAN[7])
    Position.objects.create(
        negotiation=negotiation,
        issue=issue,
        party=russia,
        stance="offer",
        summary="s",
        as_of=JAN[10],
    )
    said(russia, issue, "reject", JAN[13])

    cell = _cell(negotiation, russia)
    replayed = _cell(negotiation, russia, as_of=JAN[11])

    assert (cell.stance, cell.previous_stance, cell.shifted) == ("reject", "offer", True)
    assert (replayed.stance, replayed.pinned, replayed.previous_stance) == ("offer", True, "demand")


def test_postgresql_probes_agree_with_the_portable_reading_on_random_histories(talks):
    """The index probes must give the answer the plain reading gives, whatever the mix of
    stances, review states, undated quotes, withdrawn articles and pins."""
    require_postgres()
    negotiation, issue, russia, nato = talks
    issues = [issue, IssueFactory(negotiation=negotiation, slug="arms")]
    rng = random.Random(7)
    withdrawn = ArticleFactory(withdrawn_at=timezone.now(), withdrawn_reason="Retracted")
    for _ in range(160):
        day = None if rng.random() < 0.1 else JAN[rng.randint(1, 28)]
        said(
            rng.choice([russia, nato]),
            rng.choice(issues),
            rng.choice(["demand", "offer", "accept", "reject", "concede", "warn", "assess"]),
            day,
            state=rng.choice(["confirmed", "confirmed", "suggested", "rejected"]),
            article=withdrawn if rng.random() < 0.05 else None,
        )
    for _ in range(6):
        Position.objects.create(
            negotiation=negotiation,
            issue=rng.choice(issues),
            party=rng.choice([russia, nato]),
            stance=rng.choice(["offer", "reject"]),
            summary="Pinned",
            as_of=JAN[rng.randint(1, 28)],
        )
    pairs = [(i.pk, p.pk) for i in issues for p in (russia, nato)]
    dates = [None, JAN[3], JAN[10], JAN[17], JAN[28]]
    counted = {None, JAN[10]}
    probed = cells._cells_postgresql(pairs, dates, counted)
    read = cells._cells_portable(pairs, dates, counted)

    for issue_id, party_id in pairs:
        for day in dates:
            key = (issue_id, party_id, day)
            empty = cells.Cell(issue_id, party_id)
            assert probed.get(key, empty) == read.get(key, empty), key


def test_stance_shifts_compare_with_the_day_before_the_window(talks):
    negotiation, issue, russia, nato = talks
    arms, talks_issue = (IssueFactory(negotiation=negotiation, slug=s) for s in ("arms", "talks"))
    said(russia, issue, "offer", JAN[1])  # once in the window: offer → reject
    said(russia, issue, "reject", JAN[10])
    said(nato, issue, "offer", JAN[1])  # twice in the window: still offer → reject
    said(nato, issue, "demand", JAN[8])
    said(nato, issue, "reject", JAN[10])
    said(russia, arms, "reject", JAN[1])  # away and back within the window: no shift
    said(russia, arms, "offer", JAN[8])
    said(russia, arms, "reject", JAN[10])
    said(nato, talks_issue, "offer", JAN[10])  # a first position

    shifts = stance_shifts(negotiation=negotiation, since=JAN[6], until=JAN[12])

    found = {(s.issue.slug, s.party.slug): (s.before.stance, s.after.stance) for s in shifts}
    assert found == {
        ("enlargement", "russia"): ("offer", "reject"),
        ("enlargement", "nato"): ("offer", "reject"),
        ("talks", "nato"): ("", "offer"),
    }


def test_a_cells_two_latest_steps_give_the_same_cell_in_either_order():
    def read(first, second):
        cell = cells.Cell(1, 2, stance=first[0], said_on=first[1], quote_id=first[2])
        cells._add_step(cell, *second)
        return cell

    newer, older = ("reject", JAN[12], 9), ("offer", JAN[7], 4)

    assert read(newer, older) == read(older, newer)
    assert (read(older, newer).stance, read(older, newer).previous_stance) == ("reject", "offer")
