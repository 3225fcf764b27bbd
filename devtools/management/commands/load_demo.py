from django.core.management.base import BaseCommand

from devtools.demo.loader import demo_load
from positions.models import Demand, Quote


class Command(BaseCommand):
    help = (
        "Load the demo negotiation and its five seed articles (running it twice changes nothing)."
    )

    def handle(self, *args, **options) -> None:
        negotiation = demo_load()
        articles = negotiation.articles.count()
        quotes = Quote.objects.filter(article__negotiations=negotiation).count()
        demands = Demand.objects.filter(negotiation=negotiation).count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo ready: “{negotiation.name}”, {articles} articles, {quotes} quotes, "
                f"{demands} demands and offers."
            )
        )
