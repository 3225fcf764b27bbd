from django.db import migrations


class Migration(migrations.Migration):
    """Once created the covering index of quotes by party (quote_party_cover_idx).

    The index belongs to positions, whose 0004 now makes it where it is missing; databases
    migrated before keep the one made here. Kept, empty, so migration history stays whole.
    """

    dependencies = [
        ("timeline", "0003_quoteissue_timeline_index"),
        ("positions", "0001_initial"),
    ]

    operations = []
