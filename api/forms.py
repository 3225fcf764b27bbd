from django import forms

from api.models import ApiToken


class TokenForm(forms.Form):
    """A new token's name: what it is for, so its owner knows which to revoke."""

    name = forms.CharField(
        max_length=ApiToken._meta.get_field("name").max_length,
        label="What is it for?",
        help_text="A name to tell it apart, such as “Briefing notebook”.",
    )

    def clean_name(self) -> str:
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError("Give the token a name.")
        return name
