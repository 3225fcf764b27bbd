from django.db import migrations


class Migration(migrations.Migration):
    """Once created the full-text search index on quotes (quote_search_idx).

    The index belongs to positions, whose 0004 now makes it where it is missing; databases
    migrated before keep the one made here. Kept, empty, so migration history stays whole.
    """

    dependencies = [
        ("timeline", "0001_initial"),
        ("positions", "0001_initial"),
    ]

    operations = []
