"""The editor workbench's acceptance check, replayed on the demo in a real browser: a keyboard
review of one article with a stance and a speaker fixed on the way, a quote tagged by
selecting its words, a demand started from Fomin's words and answered, a change reverted
from its history, a stale save refused with both versions shown, and an analyst kept out."""

import os
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from articles.models import Article
from devtools.demo import dossier
from devtools.demo.loader import SEEDS_DIR
from positions.editing import quote_edit
from positions.models import (
    POSITION_BEARING_STANCES,
    Actor,
    Demand,
    Negotiation,
    Quote,
    Stance,
)
from positions.queries.cells import positions_at
from tests.e2e.browser import DEMO_ANALYST, sign_in
from tests.e2e.test_inline_editing import SELECT
from tests.factories import UserFactory

# Playwright's sync API runs an event loop in this thread; the tests touch the database
# only before the browser does, never while it waits on it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.browser

EDITOR = "editor-scenario"
# Words of seed 003 whose extracted stance is wrong, whose speaker is wrong, and a sentence
# of it no quote covers yet.
WRONG_STANCE = "NATO cannot continue to expand"
WRONG_SPEAKER = "could not accept allowing Russia"
UNQUOTED = "The meeting was called as Russia has massed an estimated 100,000 combat-ready troops"
FOMIN = "repeatedly proposed"


@pytest.fixture
def workbench(demo):
    """The demo, an editor, and seed 003's article (the NATO–Russia Council report)."""
    editor = UserFactory(username=EDITOR)
    editor.groups.add(Group.objects.get(name="editor"))
    return _seed_article("003_"), Negotiation.objects.get()


def _seed_article(prefix: str) -> Article:
    """The article a demo seed became, found by the seed's own title line."""
    spec = next(spec for spec in dossier.ARTICLES if spec["file"].startswith(prefix))
    title = (SEEDS_DIR / spec["file"]).read_text().splitlines()[0].split(" | ")[0]
    return Article.objects.get(title=title)


def _cell_stance(quote: Quote) -> str:
    issue = quote.issues.get()
    cells = positions_at(issue_ids=[issue.pk], party_ids=[quote.party_id], dates=[None])
    return cells[(issue.pk, quote.party_id, None)].stance


def _focused_id(page) -> str:
    return page.evaluate("document.activeElement.id || ''")


def _tab_to(page, selector: str) -> None:
    """Press Tab until the element matching `selector` has the focus, as a person would."""
    seen = []
    for _ in range(40):
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
        seen.append(page.evaluate("document.activeElement.outerHTML.slice(0, 120)"))
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}, only {seen}")


def _save_editor_with_keyboard(page, item_id: str) -> None:
    _tab_to(page, f"#{item_id} .quote-editor__actions button[type=submit]")
    page.keyboard.press("Enter")
    item = page.locator(f"#{item_id}")
    expect(item).to_contain_text("Confirmed")
    expect(item).to_be_focused()


def _open_editor(page, item_id: str) -> None:
    page.keyboard.press("e")
    # The editor swaps in and takes the focus on its first field.
    expect(page.locator(f"#{item_id} .quote-editor__form input[type=number]").first).to_be_focused()


def _fix_stance(page, item_id: str, label: str) -> None:
    _open_editor(page, item_id)
    _tab_to(page, f"#{item_id} select[name$=stance]")
    page.keyboard.type(label)  # a focused select picks the option typed
    expect(page.locator(f"#{item_id} select[name$=stance]")).to_have_value(label.lower())
    _save_editor_with_keyboard(page, item_id)


def _fix_speaker(page, item_id: str, typed: str, name: str) -> None:
    _open_editor(page, item_id)
    _tab_to(page, f"#{item_id} [role=combobox]")
    page.keyboard.press("Control+A")
    page.keyboard.type(typed, delay=30)
    listbox = page.get_by_role("listbox", name="Suggested actors")
    expect(listbox.get_by_role("option", name=name)).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(listbox.get_by_role("option").first).to_have_attribute("aria-selected", "true")
    page.keyboard.press("Enter")
    expect(page.get_by_role("combobox", name="Speaker")).to_have_value(name)
    _save_editor_with_keyboard(page, item_id)


def test_keyboard_review_fixes_a_stance_and_a_speaker_and_the_history_reverts_one(
    page, live_server, workbench
):
    article, negotiation = workbench
    suggested = article.quotes.filter(review_state=Quote.ReviewState.SUGGESTED)
    queued = suggested.count()
    reviewed_before = article.quotes.exclude(review_state=Quote.ReviewState.SUGGESTED).count()
    assert queued > 3
    restanced = suggested.get(text__contains=WRONG_STANCE)
    respoken = suggested.get(text__contains=WRONG_SPEAKER)
    stoltenberg = Actor.objects.get(name="Jens Stoltenberg")
    before = _cell_stance(restanced)
    new_stance = next(s for s in POSITION_BEARING_STANCES if s not in (before, restanced.stance))
    label = str(Stance(new_stance).label)
    sign_in(page, live_server.url, EDITOR)

    page.goto(f"/review/?article={article.pk}&negotiation={negotiation.slug}")
    _tab_to(page, "#review-list .review-item")
    first = _focused_id(page)
    judged = 0
    while True:
        item_id = _focused_id(page)
        quote = Quote.objects.get(pk=int(item_id.removeprefix("review-")))
        if quote == restanced:
            _fix_stance(page, item_id, label)
            page.keyboard.press("j")
        elif quote == respoken:
            _fix_speaker(page, item_id, "stolt", stoltenberg.name)
            page.keyboard.press("j")
        else:
            keep = quote.party_id is not None and quote.issues.exists()
            page.keyboard.press("a" if keep else "r")
            verdict = "Confirmed" if keep else "Rejected"
            expect(page.locator(f"#{item_id}")).to_contain_text(verdict)
        judged += 1
        following = page.locator(f"#{item_id} + .review-item")
        if not following.count():
            break  # the last quote of the queue
        expect(following).to_be_focused()
        if judged == 1:  # k goes back, j on again
            page.keyboard.press("k")
            expect(page.locator(f"#{first}")).to_be_focused()
            page.keyboard.press("j")
            expect(following).to_be_focused()
    # Today's progress follows the verdicts without a reload.
    progress = page.locator("#review-progress")
    expect(progress).to_contain_text(f"{queued + reviewed_before} of {queued + reviewed_before}")
    _screenshot(page, "review-judged")
    assert judged == queued
    assert not suggested.exists()
    page.reload()
    expect(page.get_by_text("Nothing to review.")).to_be_visible()

    restanced.refresh_from_db()
    respoken.refresh_from_db()
    assert restanced.stance == new_stance
    assert (respoken.actor, respoken.review_state) == (stoltenberg, "confirmed")
    assert _cell_stance(restanced) == new_stance != before
    party, issue = restanced.party.name, restanced.issues.get().name
    page.goto(f"/matrix/?negotiation={negotiation.slug}")
    expect(page.get_by_role("link", name=f"{party} on {issue}: {label}")).to_be_visible()
    _screenshot(page, "matrix-after-review")

    # The stance change is in the quote's history; reverting it puts the stance back.
    old_label = str(Stance(restanced.history.earliest("history_date").stance).label)
    page.goto(f"/quotes/{restanced.pk}/")
    change = page.locator("#history .history__entry", has_text=f"{old_label} → {label}")
    expect(change).to_be_visible()
    _screenshot(page, "quote-history")
    change.get_by_role("button", name="Revert").click()
    expect(page.locator(".quote-page .badge", has_text=old_label)).to_be_visible()
    restanced.refresh_from_db()
    assert str(Stance(restanced.stance).label) == old_label


def test_selecting_a_sentence_in_the_reader_tags_a_new_quote(page, live_server, workbench):
    article, _ = workbench
    start = article.body.index(UNQUOTED)
    end = start + len(UNQUOTED)
    assert not article.quotes.filter(start__lt=end, end__gt=start).exists()
    sign_in(page, live_server.url, EDITOR)

    page.goto(f"/articles/{article.pk}/")
    page.evaluate(SELECT, UNQUOTED)
    page.keyboard.press("t")
    tagger = page.locator("#quote-new")
    expect(tagger.locator("mark")).to_have_text(UNQUOTED)
    _screenshot(page, "reader-tagging")
    tagger.get_by_role("button", name="Save quote").click()

    expect(page.locator(".quote-mark--new")).to_have_text(UNQUOTED)
    _screenshot(page, "reader-tagged")
    quote = article.quotes.get(start=start, end=end)
    assert (quote.text, quote.origin, quote.review_state) == (UNQUOTED, "manual", "confirmed")


def test_a_demand_started_from_fomins_words_is_answered_from_a_nato_quote(
    page, live_server, workbench
):
    article, _ = workbench
    fomin = Quote.objects.get(text__contains=FOMIN)
    answer = article.quotes.filter(
        party__slug="nato", review_state="confirmed", stance__in=POSITION_BEARING_STANCES
    ).first()
    demands_before = set(Demand.objects.values_list("pk", flat=True))
    sign_in(page, live_server.url, EDITOR)

    page.goto(f"/quotes/{fomin.pk}/")
    page.get_by_role("link", name="Start a new demand from this quote…").click()
    expect(page.get_by_label("Party making it")).to_have_value(str(fomin.party_id))
    # Fomin's words, up to the comma they were quoted to, and without it.
    expect(page.get_by_label("Summary")).to_have_value(
        re.compile(r"^The Russian side .*situation$")
    )
    _screenshot(page, "demand-from-fomin")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".messages")).to_contain_text("Demand started")
    demand = Demand.objects.exclude(pk__in=demands_before).get()
    assert list(demand.evidence.all()) == [fomin]

    page.goto(f"/quotes/{answer.pk}/")
    page.get_by_label("Demand it answers").select_option(str(demand.pk))
    page.get_by_role("button", name="Answer it with this quote…").click()
    expect(page.get_by_label("Responding party")).to_have_value(str(answer.party_id))
    page.get_by_role("button", name="Save").click()

    expect(page).to_have_url(f"{live_server.url}/demands/{demand.pk}/")
    board = page.locator(f"#demand-{demand.pk}")
    expect(board.locator(".demand__ask .evidence")).to_contain_text(FOMIN)
    expect(board.locator(".response")).to_contain_text(answer.text[:40])
    _screenshot(page, "demand-answered")
    assert [q.pk for q in demand.responses.get().evidence.all()] == [answer.pk]


def test_a_stale_save_shows_both_versions_and_saves_mine_on_request(page, live_server, workbench):
    article, _ = workbench
    quote = article.quotes.filter(review_state="confirmed", party__isnull=False).first()
    theirs, mine = [s for s in POSITION_BEARING_STANCES if s != quote.stance][:2]
    colleague = UserFactory(username="editor-colleague")
    colleague.groups.add(Group.objects.get(name="editor"))
    sign_in(page, live_server.url, EDITOR)

    page.goto(f"/quotes/{quote.pk}/")
    page.locator("#quote-card").get_by_role("link", name="Edit").click()
    page.get_by_label("Stance").select_option(mine)
    quote_edit(quote=quote, editor=colleague, version=quote.version, stance=theirs)
    page.get_by_role("button", name="Save").click()

    conflict = page.get_by_role("alert")
    expect(conflict).to_contain_text("someone changed this quote")
    row = page.get_by_role("row", name="Stance")
    expect(row).to_contain_text(str(Stance(theirs).label))
    expect(row).to_contain_text(str(Stance(mine).label))
    _screenshot(page, "quote-conflict")
    quote.refresh_from_db()
    assert quote.stance == theirs
    page.get_by_role("button", name="Save mine anyway").click()

    expect(page.locator("#quote-card .badge", has_text=str(Stance(mine).label))).to_be_visible()
    quote.refresh_from_db()
    assert quote.stance == mine


def test_an_analyst_sees_no_editing_controls_and_is_refused_a_write(page, live_server, workbench):
    article, negotiation = workbench
    quote = article.quotes.filter(review_state="confirmed").first()
    sign_in(page, live_server.url, DEMO_ANALYST)

    for url, shows in (
        (f"/review/?article={article.pk}&negotiation={negotiation.slug}", ".review-item"),
        (f"/articles/{article.pk}/", f"#quote-{quote.pk}"),
        (f"/quotes/{quote.pk}/", "#quote-card"),
        (f"/timeline/?negotiation={negotiation.slug}", ".tl-quote"),
    ):
        assert page.goto(url).ok
        expect(page.locator(shows).first).to_be_visible()
        for control in ("Edit", "Tag as quote", "Evidence for…", "Accept", "Revert"):
            expect(page.get_by_role("link", name=control, exact=True)).to_have_count(0)
            expect(page.get_by_role("button", name=control, exact=True)).to_have_count(0)
    _screenshot(page, "analyst-timeline")

    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.post(
        f"/quotes/{quote.pk}/edit/",
        form={"version": str(quote.version), "stance": "offer"},
        headers={"X-CSRFToken": token, "Referer": live_server.url},
    )
    assert response.status == 403
    assert Quote.objects.get(pk=quote.pk).version == quote.version


def _screenshot(page, name: str) -> None:
    """Kept for a person to look at when SCREENSHOTS names a folder, 1280 px wide."""
    folder = os.environ.get("SCREENSHOTS")
    if not folder:
        return
    size = page.viewport_size
    page.set_viewport_size({"width": 1280, "height": size["height"]})
    page.screenshot(path=str(Path(folder) / f"scenario-{name}-1280.png"), full_page=True)
    page.set_viewport_size(size)
