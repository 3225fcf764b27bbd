import datetime
import hashlib

import factory
from django.contrib.auth import get_user_model

from articles.models import Article, RawUpload, Source
from positions.models import (
    Actor,
    Demand,
    Event,
    Issue,
    Negotiation,
    NegotiationParty,
    Office,
    Party,
    Quote,
    QuoteIssue,
    Response,
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("correct horse battery staple")


class PartyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Party
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Party {n}")
    slug = factory.Sequence(lambda n: f"party-{n}")
    colour = "#1d3f8f"


class NegotiationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Negotiation
        django_get_or_create = ["slug"]
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Talks {n}")
    slug = factory.Sequence(lambda n: f"talks-{n}")
    starts_on = datetime.date(2022, 1, 1)

    @factory.post_generation
    def with_parties(self, create, parties, **kwargs):
        for order, party in enumerate(parties or ()):
            NegotiationParty.objects.create(negotiation=self, party=party, order=order)


class IssueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Issue

    negotiation = factory.SubFactory(NegotiationFactory)
    name = factory.Sequence(lambda n: f"Issue {n}")
    slug = factory.Sequence(lambda n: f"issue-{n}")
    keywords = factory.LazyFunction(list)


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor

    name = factory.Sequence(lambda n: f"Actor {n}")
    slug = factory.Sequence(lambda n: f"actor-{n}")
    kind = Actor.Kind.OFFICIAL


class OfficeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Office

    actor = factory.SubFactory(ActorFactory)
    title = "Minister"
    party = factory.SubFactory(PartyFactory)


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Outlet {n}")
    slug = factory.Sequence(lambda n: f"outlet-{n}")


class RawUploadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RawUpload

    content = factory.Sequence(lambda n: f"Article {n}\n\nBody text {n}.".encode())
    sha256 = factory.LazyAttribute(lambda o: hashlib.sha256(o.content).hexdigest())
    size = factory.LazyAttribute(lambda o: len(o.content))
    filename = factory.Sequence(lambda n: f"article-{n}.txt")
    content_type = "text/plain"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    raw = factory.SubFactory(RawUploadFactory)
    source = factory.SubFactory(SourceFactory)
    title = factory.Sequence(lambda n: f"Article {n}")
    body = factory.Sequence(lambda n: f"Body text {n}. “We want talks,” the minister said.")
    published_on = datetime.date(2022, 1, 12)
    status = Article.Status.PARSED
    language = "en"


class QuoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quote

    article = factory.SubFactory(ArticleFactory)
    text = "We want talks"
    start = 0
    end = factory.LazyAttribute(lambda o: o.start + len(o.text))
    kind = Quote.Kind.DIRECT
    speaker_name = "A Minister"
    said_on = datetime.date(2022, 1, 12)
    confidence = 0.9


class QuoteIssueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuoteIssue

    quote = factory.SubFactory(QuoteFactory)
    issue = factory.SubFactory(IssueFactory)
    party = factory.LazyAttribute(lambda o: o.quote.party)
    said_on = factory.LazyAttribute(lambda o: o.quote.said_on)
    stance = factory.LazyAttribute(lambda o: o.quote.stance)
    review_state = factory.LazyAttribute(lambda o: o.quote.review_state)


class DemandFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Demand

    negotiation = factory.SubFactory(NegotiationFactory)
    summary = factory.Sequence(lambda n: f"Demand {n}")
    party = factory.SubFactory(PartyFactory)
    issue = factory.SubFactory(IssueFactory, negotiation=factory.SelfAttribute("..negotiation"))
    first_raised_on = datetime.date(2022, 1, 7)


class ResponseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Response

    demand = factory.SubFactory(DemandFactory)
    party = factory.SubFactory(PartyFactory)
    kind = Response.Kind.REJECT
    summary = factory.Sequence(lambda n: f"Response {n}")
    responded_on = datetime.date(2022, 1, 12)


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    negotiation = factory.SubFactory(NegotiationFactory)
    title = factory.Sequence(lambda n: f"Meeting {n}")
    happened_on = datetime.date(2022, 1, 12)
