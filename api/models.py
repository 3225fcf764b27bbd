from django.conf import settings
from django.db import models


class ApiToken(models.Model):
    """A user's key for scripts to read the API with (`Authorization: Bearer <token>`).

    Only the token's SHA-256 digest is kept: the token itself is shown once, when it is
    made, and cannot be read back. A revoked token stays listed, so its owner sees what
    stopped working and when.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(
        max_length=100, help_text="What the token is for: a notebook, a script."
    )
    digest = models.CharField(max_length=64, unique=True, editable=False)
    # The token's first characters, so its owner can tell it apart from others.
    prefix = models.CharField(max_length=16, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "-created_at"], name="apitoken_user_idx")]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None
