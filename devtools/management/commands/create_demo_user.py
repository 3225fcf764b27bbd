from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the demo account demo/demo (zero-setup SQLite mode only)."

    def handle(self, *args, **options) -> None:
        # A known password must never reach a real deployment's database.
        if settings.DATABASE_URL:
            self.stdout.write("DATABASE_URL is set: no demo account is created.")
            return
        user, created = get_user_model().objects.get_or_create(
            username="demo", defaults={"is_staff": True}
        )
        if created:
            user.set_password("demo")
            user.save()
        user.groups.add(Group.objects.get(name="admin"))
        self.stdout.write(self.style.SUCCESS("Sign in as demo / demo."))
