import django.db.models.deletion
from django.db import migrations, models

# Renaming keeps every row; Django's default names for the moved tables are the new ones.
LINKS_TABLE_BEFORE = "articles_article_negotiations"
LINKS_TABLE_AFTER = "positions_negotiation_articles"


def _content_type_mover(from_app: str, to_app: str):
    """Re-label Event's content type, so its permissions (and the groups and users that hold
    them) and its admin history follow the model instead of being made anew."""

    def move(apps, schema_editor):
        content_types = apps.get_model("contenttypes", "ContentType").objects.using(
            schema_editor.connection.alias
        )
        if not content_types.filter(app_label=to_app, model="event").exists():
            content_types.filter(app_label=from_app, model="event").update(app_label=to_app)

    return move


class Migration(migrations.Migration):
    """Event moves here from timeline, and the article–negotiation links are declared on
    Negotiation: models depend one way, timeline → positions → articles.

    Only the state is new: the tables are the old ones, renamed (timeline's 0005 renames
    Event's), with their rows, constraints and indexes.
    """

    dependencies = [
        ("articles", "0003_negotiations_declared_on_negotiation"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("positions", "0002_matrix_indexes"),
        ("timeline", "0005_event_moves_to_positions"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Event",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("title", models.CharField(max_length=300)),
                        ("happened_on", models.DateField()),
                        ("ends_on", models.DateField(blank=True, null=True)),
                        ("place", models.CharField(blank=True, max_length=200)),
                        ("description", models.TextField(blank=True)),
                        ("url", models.URLField(blank=True, max_length=2000)),
                        ("negotiation", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="events", to="positions.negotiation")),
                        ("parties", models.ManyToManyField(blank=True, related_name="events", to="positions.party")),
                    ],
                    options={
                        "ordering": ["-happened_on", "-id"],
                        "indexes": [models.Index(fields=["negotiation", "-happened_on", "-id"], name="event_timeline_idx")],
                        "constraints": [
                            models.CheckConstraint(condition=models.Q(("ends_on__isnull", True), ("ends_on__gte", models.F("happened_on")), _connector="OR"), name="event_ends_after_start"),
                            models.UniqueConstraint(fields=("negotiation", "title", "happened_on"), name="event_once"),
                        ],
                    },
                ),
            ],
        ),
        migrations.RunPython(
            _content_type_mover("timeline", "positions"),
            _content_type_mover("positions", "timeline"),
        ),
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    f"ALTER TABLE {LINKS_TABLE_BEFORE} RENAME TO {LINKS_TABLE_AFTER}",
                    f"ALTER TABLE {LINKS_TABLE_AFTER} RENAME TO {LINKS_TABLE_BEFORE}",
                ),
            ],
            state_operations=[
                migrations.AddField(
                    model_name="negotiation",
                    name="articles",
                    field=models.ManyToManyField(blank=True, related_name="negotiations", to="articles.article"),
                ),
            ],
        ),
    ]
