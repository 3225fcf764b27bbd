from django.db import migrations


class Migration(migrations.Migration):
    """Once created the timeline index on quote issues (quoteissue_timeline_idx).

    The index belongs to positions, whose 0004 now makes it where it is missing; databases
    migrated before keep the one made here. Kept, empty, so migration history stays whole.
    """

    dependencies = [
        ("timeline", "0002_quote_search_index"),
        ("positions", "0001_initial"),
    ]

    operations = []
