from django.db import migrations, models

from config.schema import AddIndexIfMissing


class Migration(migrations.Migration):
    """The withdrawn-articles index, declared on Article now.

    positions' 0002 used to create it with SQL, so databases migrated before have it.
    """

    dependencies = [
        ("articles", "0003_negotiations_declared_on_negotiation"),
    ]

    operations = [
        AddIndexIfMissing(
            model_name="article",
            index=models.Index(
                condition=models.Q(("withdrawn_at__isnull", False)),
                fields=["id"],
                name="article_withdrawn_idx",
            ),
        ),
    ]
