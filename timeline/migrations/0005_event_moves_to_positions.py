from django.db import migrations


class Migration(migrations.Migration):
    """Event moves to positions: its table and its parties' table are renamed, rows and all.

    positions' 0003 declares the model again, over the renamed tables.
    """

    dependencies = [
        ("timeline", "0004_quote_party_cover_index"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                # Renames timeline_event_parties to positions_event_parties as well.
                migrations.AlterModelTable(name="event", table="positions_event"),
            ],
            state_operations=[migrations.DeleteModel(name="event")],
        ),
    ]
