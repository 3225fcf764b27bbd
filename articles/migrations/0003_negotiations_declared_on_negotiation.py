from django.db import migrations


class Migration(migrations.Migration):
    """Article.negotiations becomes the reverse side of Negotiation.articles.

    Only the state changes here: the link table stays, with its rows, and positions'
    0003 renames it when it declares the relation on Negotiation.
    """

    dependencies = [
        ("articles", "0002_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.RemoveField(model_name="article", name="negotiations")],
        ),
    ]
