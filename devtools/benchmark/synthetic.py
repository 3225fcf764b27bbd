"""Deterministic synthetic rows at the target corpus's ratios, as plain tuples.

No Django here: each table's rows come as a `Batch` naming the model and the fields the
tuples fill, in an order that satisfies every foreign key, so a loader can COPY them as
they come. The same seed gives the same rows, value for value. Dates and times are
already text, as PostgreSQL's COPY reads them, because formatting a million dates is
slower than looking them up.
"""

import hashlib
import json
import random
from bisect import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from devtools.benchmark import vocabulary as words
from positions.names import name_keys

FIRST_DAY = date(2025, 1, 1)
DAYS = 365
NEGOTIATION_SLUG = "bench"
NEGOTIATION_ID = 1
QUOTES_PER_ARTICLE = 10
# Rows are made and loaded this many articles at a time, so memory stays flat at any scale.
ARTICLES_PER_BATCH = 2000
POSITION_BEARING = ("demand", "offer", "accept", "reject", "concede", "warn")

DAY_TEXT = tuple((FIRST_DAY + timedelta(days=d)).isoformat() for d in range(DAYS + 1))
DAY_STAMP = tuple(f"{day} 09:00:00+00" for day in DAY_TEXT)

SOURCE_FIELDS = ("id", "name", "slug", "country", "state_affiliated", "domain")
PARTY_FIELDS = ("id", "name", "slug", "colour")
NEGOTIATION_FIELDS = ("id", "name", "slug", "starts_on", "ends_on", "created_at")
NEGOTIATION_PARTY_FIELDS = ("id", "negotiation_id", "party_id", "order")
ACTOR_FIELDS = ("id", "name", "slug", "kind", "aliases")
# The picker's search keys: ids come from the table's own sequence.
ACTOR_NAME_FIELDS = ("actor_id", "key", "rank")
OFFICE_FIELDS = ("id", "actor_id", "title", "party_id", "starts_on", "ends_on")
ISSUE_FIELDS = ("id", "negotiation_id", "name", "slug", "keywords", "order")
EVENT_FIELDS = ("id", "negotiation_id", "title", "happened_on", "place")
EVENT_PARTY_FIELDS = ("event_id", "party_id")
POSITION_FIELDS = (
    "id",
    "negotiation_id",
    "party_id",
    "issue_id",
    "stance",
    "summary",
    "as_of",
    "pinned_by_id",
    "created_at",
)
RAW_UPLOAD_FIELDS = ("id", "sha256", "content", "filename", "content_type", "size", "created_at")
ARTICLE_FIELDS = (
    "id",
    "raw_id",
    "source_id",
    "title",
    "body",
    "body_sha256",
    "url",
    "published_on",
    "dateline_place",
    "language",
    "format",
    "encoding",
    "status",
    "uploaded_by_id",
    "created_at",
    "parsed_at",
)
ARTICLE_NEGOTIATION_FIELDS = ("article_id", "negotiation_id")
QUOTE_FIELDS = (
    "id",
    "article_id",
    "text",
    "start",
    "end",
    "kind",
    "speaker_as_written",
    "speaker_name",
    "actor_id",
    "party_id",
    "stance",
    "said_on",
    "confidence",
    "origin",
    "review_state",
    "reviewed_by_id",
    "reviewed_at",
    "created_at",
    "updated_at",
)
QUOTE_ISSUE_FIELDS = ("id", "quote_id", "issue_id", "party_id", "said_on", "stance", "review_state")
DEMAND_FIELDS = (
    "id",
    "negotiation_id",
    "kind",
    "summary",
    "party_id",
    "addressee_id",
    "issue_id",
    "first_raised_on",
    "status",
    "created_at",
    "updated_at",
)
DEMAND_EVIDENCE_FIELDS = ("demand_id", "quote_id")
RESPONSE_FIELDS = (
    "id",
    "demand_id",
    "party_id",
    "kind",
    "summary",
    "responded_on",
    "created_at",
    "updated_at",
)
RESPONSE_EVIDENCE_FIELDS = ("response_id", "quote_id")


@dataclass(frozen=True)
class Scale:
    """How many of each thing: the target corpus is 1M quotes, 100k articles, 5k actors."""

    quotes: int
    articles: int
    demands: int
    actors: int = 5000
    parties: int = 50
    negotiation_parties: int = 10
    issues: int = 200
    sources: int = 100
    events: int = 60
    positions: int = 40


def scale_for(quotes: int) -> Scale:
    """Ten quotes an article, and a few hundred demands once there are quotes to cite."""
    return Scale(
        quotes=quotes,
        articles=-(-quotes // QUOTES_PER_ARTICLE),
        demands=min(300, max(5, quotes // 50)),
    )


@dataclass(frozen=True)
class Batch:
    """Rows for one model ("app_label.ModelName"), each a tuple in the order of `fields`."""

    model: str
    fields: tuple[str, ...]
    rows: list[tuple]


class _Weighted:
    """Draws from items with fixed weights: one random number and a bisection a draw."""

    def __init__(self, items: Sequence, weights: Sequence[float]):
        self.items = items
        self.cumulative = list(accumulate(weights))
        self.total = self.cumulative[-1]

    def draw(self, rng: random.Random):
        return self.items[bisect(self.cumulative, rng.random() * self.total)]


@dataclass
class _World:
    """What the quotes are drawn from, built once: actors with their parties, issues."""

    actor_names: list[str]
    actor_titles: list[str]
    # Party spoken for before and from the switch day (experts and journalists: None).
    actor_party: list[int | None]
    actor_later_party: list[int | None]
    actor_switch_day: list[int]
    speakers: _Weighted
    issue_topics: list[str]
    issues: _Weighted


def synthetic_batches(scale: Scale, *, seed: int, user_id: int | None) -> Iterator[Batch]:
    """Every row of the synthetic corpus, batch by batch, parents before children.

    `user_id` is the account that uploaded the articles and reviewed the quotes.
    """
    world = _world(scale, seed)
    yield Batch("articles.Source", SOURCE_FIELDS, _source_rows(scale))
    yield Batch("positions.Party", PARTY_FIELDS, _party_rows(scale))
    yield Batch("positions.Negotiation", NEGOTIATION_FIELDS, [_negotiation_row()])
    yield Batch(
        "positions.NegotiationParty",
        NEGOTIATION_PARTY_FIELDS,
        [(p, NEGOTIATION_ID, p, p) for p in range(1, scale.negotiation_parties + 1)],
    )
    yield Batch("positions.Actor", ACTOR_FIELDS, _actor_rows(world))
    yield Batch("positions.ActorName", ACTOR_NAME_FIELDS, _actor_name_rows(world))
    yield Batch("positions.Office", OFFICE_FIELDS, _office_rows(world))
    yield Batch("positions.Issue", ISSUE_FIELDS, _issue_rows(scale))
    events, event_parties = _event_rows(scale, seed)
    yield Batch("positions.Event", EVENT_FIELDS, events)
    yield Batch("positions.Event_parties", EVENT_PARTY_FIELDS, event_parties)
    yield Batch("positions.Position", POSITION_FIELDS, _position_rows(scale, seed, user_id))
    # Quotes a demand or response may cite: confirmed, position-bearing, by party.
    evidence: dict[int, list[tuple[int, int]]] = {}
    yield from _article_batches(scale, seed, user_id, world, evidence)
    yield from _demand_batches(scale, seed, world, evidence)


def _world(scale: Scale, seed: int) -> _World:
    rng = random.Random(f"{seed}:actors")
    parties_in_talks = range(1, scale.negotiation_parties + 1)
    parties_outside = range(scale.negotiation_parties + 1, scale.parties + 1)
    names, titles, party, later_party, switch_day = [], [], [], [], []
    for a in range(scale.actors):
        first = words.FIRST_NAMES[a % len(words.FIRST_NAMES)]
        last = words.LAST_NAMES[(a // len(words.FIRST_NAMES)) % len(words.LAST_NAMES)]
        cycle = a // (len(words.FIRST_NAMES) * len(words.LAST_NAMES))
        names.append(f"{first} {last}" + (f" {cycle + 1}" if cycle else ""))
        kind = _actor_kind(a)
        if kind in ("expert", "journalist", "other"):
            titles.append(rng.choice(words.OTHER_TITLES))
            party.append(None)
            later_party.append(None)
            switch_day.append(DAYS + 1)
            continue
        titles.append(
            rng.choice(words.SPOKESPERSON_TITLES if kind == "spokesperson" else words.OFFICE_TITLES)
        )
        pool = parties_in_talks if rng.random() < 0.7 else parties_outside
        party.append(rng.choice(pool))
        # Offices change: some officials move to speak for another party mid-year.
        if rng.random() < 0.08:
            later_party.append(rng.choice(pool))
            switch_day.append(rng.randrange(60, 300))
        else:
            later_party.append(party[-1])
            switch_day.append(DAYS + 1)
    # A few actors speak often and most rarely, as in the news.
    weights = [1 / (rank + 20) for rank in range(scale.actors)]
    rng.shuffle(weights)
    issue_weights = [1 / (1 + i / 20) for i in range(scale.issues)]
    return _World(
        actor_names=names,
        actor_titles=titles,
        actor_party=party,
        actor_later_party=later_party,
        actor_switch_day=switch_day,
        speakers=_Weighted(range(scale.actors), weights),
        issue_topics=[_topic(_issue_name(i)) for i in range(scale.issues)],
        issues=_Weighted(range(scale.issues), issue_weights),
    )


def _actor_kind(index: int) -> str:
    # Fixed shares by position: half officials, a fifth spokespeople, the rest others.
    slot = index % 20
    if slot < 10:
        return "official"
    if slot < 14:
        return "spokesperson"
    if slot < 17:
        return "expert"
    return "journalist" if slot < 19 else "other"


def _issue_name(index: int) -> str:
    subject = words.ISSUE_SUBJECTS[index % len(words.ISSUE_SUBJECTS)]
    setting = words.ISSUE_SETTINGS[(index // len(words.ISSUE_SUBJECTS)) % len(words.ISSUE_SETTINGS)]
    return f"{subject} {setting}"


def _topic(name: str) -> str:
    # "Force posture …" reads "force posture …" mid-sentence; "NATO enlargement …" stays.
    return name if name[1:2].isupper() else name[0].lower() + name[1:]


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _source_rows(scale: Scale) -> list[tuple]:
    rows = []
    for s in range(scale.sources):
        prefix = words.OUTLET_PREFIXES[s % len(words.OUTLET_PREFIXES)]
        suffix = words.OUTLET_SUFFIXES[
            (s // len(words.OUTLET_PREFIXES)) % len(words.OUTLET_SUFFIXES)
        ]
        cycle = s // (len(words.OUTLET_PREFIXES) * len(words.OUTLET_SUFFIXES))
        name = f"{prefix} {suffix}" + (f" {cycle + 1}" if cycle else "")
        country = words.COUNTRIES[s % len(words.COUNTRIES)]
        rows.append((s + 1, name, _slug(name), country, s % 5 == 0, f"{_slug(name)}.example"))
    return rows


def _party_rows(scale: Scale) -> list[tuple]:
    rows = []
    for p in range(scale.parties):
        name = words.PARTY_NAMES[p % len(words.PARTY_NAMES)]
        if p >= len(words.PARTY_NAMES):
            name = f"{name} {p // len(words.PARTY_NAMES) + 1}"
        colour = words.PARTY_COLOURS[p % len(words.PARTY_COLOURS)]
        rows.append((p + 1, name, _slug(name), colour))
    return rows


def _negotiation_row() -> tuple:
    return (
        NEGOTIATION_ID,
        "Synthetic security talks (benchmark)",
        NEGOTIATION_SLUG,
        DAY_TEXT[0],
        None,
        DAY_STAMP[0],
    )


def _actor_rows(world: _World) -> list[tuple]:
    rows = []
    for a, name in enumerate(world.actor_names):
        kind = _actor_kind(a)
        rows.append((a + 1, name, f"{_slug(name)}-{a + 1}", kind, json.dumps([name.split()[1]])))
    return rows


def _actor_name_rows(world: _World) -> list[tuple]:
    """What a save would index for each actor (see positions.actors.actor_names_refresh)."""
    return [
        (a + 1, key, rank)
        for a, name in enumerate(world.actor_names)
        for key, rank in name_keys(name, [name.split()[1]]).items()
    ]


def _office_rows(world: _World) -> list[tuple]:
    rows = []
    for a, title in enumerate(world.actor_titles):
        switch = world.actor_switch_day[a]
        if switch > DAYS:
            rows.append((len(rows) + 1, a + 1, title, world.actor_party[a], "2020-01-01", None))
            continue
        rows.append(
            (len(rows) + 1, a + 1, title, world.actor_party[a], "2020-01-01", DAY_TEXT[switch - 1])
        )
        rows.append(
            (len(rows) + 1, a + 1, title, world.actor_later_party[a], DAY_TEXT[switch], None)
        )
    return rows


def _issue_rows(scale: Scale) -> list[tuple]:
    rows = []
    for i in range(scale.issues):
        name = _issue_name(i)
        keywords = json.dumps(name.lower().split()[:2])
        rows.append((i + 1, NEGOTIATION_ID, name, _slug(name), keywords, i))
    return rows


def _event_rows(scale: Scale, seed: int) -> tuple[list[tuple], list[tuple]]:
    rng = random.Random(f"{seed}:events")
    events, parties = [], []
    for e in range(scale.events):
        day = e * DAYS // scale.events
        title = f"{words.EVENT_KINDS[e % len(words.EVENT_KINDS)]} {e + 1}"
        events.append((e + 1, NEGOTIATION_ID, title, DAY_TEXT[day], rng.choice(words.PLACES)))
        for party in rng.sample(range(1, scale.negotiation_parties + 1), rng.randint(2, 4)):
            parties.append((e + 1, party))
    return events, parties


def _position_rows(scale: Scale, seed: int, user_id: int | None) -> list[tuple]:
    rng = random.Random(f"{seed}:positions")
    rows = []
    for p in range(scale.positions):
        party = rng.randint(1, scale.negotiation_parties)
        issue = rng.randint(1, scale.issues)
        stance = rng.choice(POSITION_BEARING)
        day = rng.randrange(DAYS)
        summary = f"Pinned: {stance} on {_topic(_issue_name(issue - 1))}"
        rows.append(
            (
                p + 1,
                NEGOTIATION_ID,
                party,
                issue,
                stance,
                summary,
                DAY_TEXT[day],
                user_id,
                DAY_STAMP[day],
            )
        )
    return rows


_STANCES = _Weighted(
    ("demand", "offer", "accept", "reject", "concede", "warn", "assess", ""),
    (15, 10, 8, 15, 5, 12, 30, 5),
)
_REVIEW_STATES = _Weighted(("confirmed", "suggested", "rejected"), (55, 38, 7))
_DETAILS = _Weighted(words.DETAILS, words.DETAIL_WEIGHTS)


def _article_batches(
    scale: Scale,
    seed: int,
    user_id: int | None,
    world: _World,
    evidence: dict[int, list[tuple[int, int]]],
) -> Iterator[Batch]:
    rng = random.Random(f"{seed}:articles")
    sources = _Weighted(range(1, scale.sources + 1), [1 / (s + 3) for s in range(scale.sources)])
    # Keep a spread of citable quotes through the year, not only the first ones.
    evidence_stride = max(1, scale.quotes // 20_000)
    quote_issue_id = 0
    for first in range(0, scale.articles, ARTICLES_PER_BATCH):
        raws, articles, links, quotes, quote_issues = [], [], [], [], []
        for a in range(first, min(first + ARTICLES_PER_BATCH, scale.articles)):
            article_id = a + 1
            day = a * DAYS // scale.articles
            first_quote = a * QUOTES_PER_ARTICLE
            count = min(QUOTES_PER_ARTICLE, scale.quotes - first_quote)
            lead_issue = world.issues.draw(rng)
            lead_party = words.PARTY_NAMES[rng.randrange(scale.negotiation_parties)]
            title = rng.choice(words.HEADLINES).format(
                party=lead_party, topic=world.issue_topics[lead_issue]
            )
            place = rng.choice(words.PLACES)
            parts = [f"{place.upper()}, {DAY_TEXT[day]}. {title}."]
            length = len(parts[0])
            for q in range(count):
                quote_id = first_quote + q + 1
                actor = world.speakers.draw(rng)
                said_day = day - 1 if day and rng.random() < 0.2 else day
                party = (
                    world.actor_party[actor]
                    if said_day < world.actor_switch_day[actor]
                    else world.actor_later_party[actor]
                )
                stance = _STANCES.draw(rng)
                review = _REVIEW_STATES.draw(rng)
                manual = rng.random() < 0.05
                if manual:
                    review = "confirmed"
                issue = world.issues.draw(rng)
                issues = [issue]
                if rng.random() < 0.3:
                    other = world.issues.draw(rng)
                    if other != issue:
                        issues.append(other)
                sentence = rng.choice(words.STANCE_SENTENCES[stance]).format(
                    topic=world.issue_topics[issue]
                )
                if rng.random() < words.DETAIL_SHARE:
                    clause = rng.choice(words.DETAIL_CLAUSES)
                    sentence += clause.format(detail=_DETAILS.draw(rng))
                name = world.actor_names[actor]
                speaker = name if rng.random() < 0.8 else f"the {world.actor_titles[actor].lower()}"
                filler = rng.choice(words.FILLER_SENTENCES)
                if rng.random() < 0.6:
                    kind, text = "direct", sentence[0].upper() + sentence[1:]
                    prefix = f" {filler} {speaker[0].upper()}{speaker[1:]} said: “"
                    piece = f"{prefix}{text}.”"
                else:
                    kind, text = "indirect", sentence
                    prefix = f" {filler} {speaker[0].upper()}{speaker[1:]} said that "
                    piece = f"{prefix}{text}."
                start = length + len(prefix)
                parts.append(piece)
                length += len(piece)
                reviewed = review != "suggested"
                said_on = DAY_TEXT[said_day]
                quotes.append(
                    (
                        quote_id,
                        article_id,
                        text,
                        start,
                        start + len(text),
                        kind,
                        speaker,
                        name,
                        actor + 1,
                        party,
                        stance,
                        said_on,
                        f"{0.35 + rng.random() * 0.6:.2f}",
                        "manual" if manual else "extracted",
                        review,
                        user_id if reviewed else None,
                        DAY_STAMP[day + 1] if reviewed else None,
                        DAY_STAMP[day],
                        DAY_STAMP[day + 1] if reviewed else DAY_STAMP[day],
                    )
                )
                for issue_index in issues:
                    quote_issue_id += 1
                    quote_issues.append(
                        (quote_issue_id, quote_id, issue_index + 1, party, said_on, stance, review)
                    )
                if (
                    party is not None
                    and party <= scale.negotiation_parties
                    and review == "confirmed"
                    and stance in POSITION_BEARING
                    and quote_id % evidence_stride == 0
                ):
                    evidence.setdefault(party, []).append((quote_id, said_day))
            body = "".join(parts)
            content = f"{title}\n(benchmark upload {article_id})\n".encode()
            raws.append(
                (
                    article_id,
                    hashlib.sha256(content).hexdigest(),
                    content,
                    f"article-{article_id}.txt",
                    "text/plain",
                    len(content),
                    DAY_STAMP[day],
                )
            )
            articles.append(
                (
                    article_id,
                    article_id,
                    sources.draw(rng),
                    title,
                    body,
                    hashlib.sha256(body.encode()).hexdigest(),
                    f"https://news.example/{DAY_TEXT[day]}/{article_id}",
                    DAY_TEXT[day],
                    place,
                    "en",
                    "text",
                    "utf-8",
                    "parsed",
                    user_id,
                    DAY_STAMP[day],
                    DAY_STAMP[day],
                )
            )
            links.append((article_id, NEGOTIATION_ID))
        yield Batch("articles.RawUpload", RAW_UPLOAD_FIELDS, raws)
        yield Batch("articles.Article", ARTICLE_FIELDS, articles)
        yield Batch("positions.Negotiation_articles", ARTICLE_NEGOTIATION_FIELDS, links)
        yield Batch("positions.Quote", QUOTE_FIELDS, quotes)
        yield Batch("positions.QuoteIssue", QUOTE_ISSUE_FIELDS, quote_issues)


_DEMAND_STATUSES = _Weighted(
    ("open", "rejected", "partly_met", "met", "withdrawn"), (50, 25, 12, 5, 8)
)
_RESPONSE_KINDS = _Weighted(
    ("reject", "accept", "counter-offer", "conditional", "ignore"), (40, 10, 20, 20, 10)
)


def _demand_batches(
    scale: Scale, seed: int, world: _World, evidence: dict[int, list[tuple[int, int]]]
) -> Iterator[Batch]:
    rng = random.Random(f"{seed}:demands")
    parties = range(1, scale.negotiation_parties + 1)
    demands, demand_evidence, responses, response_evidence = [], [], [], []
    for d in range(scale.demands):
        demand_id = d + 1
        party, addressee = rng.sample(parties, 2)
        issue = world.issues.draw(rng)
        cited = _cite(rng, evidence.get(party, []), rng.randint(1, 3))
        day = min((day for _, day in cited), default=rng.randrange(DAYS))
        kind = "offer" if rng.random() < 0.25 else "demand"
        topic = world.issue_topics[issue]
        summary = f"{rng.choice(words.DEMAND_SUMMARIES).format(topic=topic)} (no. {demand_id})"
        touched = min(DAYS, day + rng.randrange(30))
        demands.append(
            (
                demand_id,
                NEGOTIATION_ID,
                kind,
                summary,
                party,
                addressee,
                issue + 1,
                DAY_TEXT[day],
                _DEMAND_STATUSES.draw(rng),
                DAY_STAMP[day],
                DAY_STAMP[touched],
            )
        )
        demand_evidence.extend((demand_id, quote_id) for quote_id, _ in cited)
        others = [p for p in parties if p not in (party, addressee)]
        for responder in [addressee, *rng.sample(others, rng.randint(0, 2))]:
            response_id = len(responses) + 1
            response_kind = _RESPONSE_KINDS.draw(rng)
            answers = _cite(rng, evidence.get(responder, []), rng.randint(0, 2))
            answered = max((day for _, day in answers), default=touched)
            responses.append(
                (
                    response_id,
                    demand_id,
                    responder,
                    response_kind,
                    words.RESPONSE_SUMMARIES[response_kind].format(topic=topic),
                    DAY_TEXT[max(answered, day)],
                    DAY_STAMP[max(answered, day)],
                    DAY_STAMP[max(answered, day)],
                )
            )
            response_evidence.extend((response_id, quote_id) for quote_id, _ in answers)
    yield Batch("positions.Demand", DEMAND_FIELDS, demands)
    yield Batch("positions.Demand_evidence", DEMAND_EVIDENCE_FIELDS, demand_evidence)
    yield Batch("positions.Response", RESPONSE_FIELDS, responses)
    yield Batch("positions.Response_evidence", RESPONSE_EVIDENCE_FIELDS, response_evidence)


def _cite(rng: random.Random, quotes: list[tuple[int, int]], count: int) -> list[tuple[int, int]]:
    return rng.sample(quotes, min(count, len(quotes)))
