from django import forms
from django.conf import settings

from articles.models import Source
from articles.parsing.limits import describe_size
from articles.queries import negotiations_to_bear_on
from articles.uploads import MAX_FILENAME_CHARS, RefusedUploads
from config.dates import validate_sane_date

ACCEPTED_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Any number of files at once."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": ",".join(ACCEPTED_EXTENSIONS)})
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        empty = [upload.name for upload in files if upload.size == 0]
        if empty:
            raise forms.ValidationError(f"{', '.join(empty)}: the file is empty.")
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class UploadForm(forms.Form):
    files = MultipleFileField(
        required=False,
        label="Files",
        help_text="Text, Markdown, HTML, PDF or Word (.docx); several at once if you like.",
    )
    text = forms.CharField(
        required=False,
        label="Or paste the article's text",
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    link = forms.URLField(
        required=False,
        label="Or give a link",
        assume_scheme="https",
        help_text="Parley fetches the page and keeps a copy.",
    )
    negotiations = forms.ModelMultipleChoiceField(
        queryset=negotiations_to_bear_on(),
        label="Bears on",
        widget=forms.CheckboxSelectMultiple,
    )
    outlet = forms.CharField(
        required=False,
        max_length=200,
        label="Outlet",
        help_text="Pick a known outlet or type a new one. Leave empty to read it from the text.",
        widget=forms.TextInput(attrs={"list": "outlets", "autocomplete": "off"}),
    )
    url = forms.URLField(
        required=False, label="Article URL", assume_scheme="https", max_length=2000
    )
    published_on = forms.DateField(
        required=False,
        label="Publication date",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Leave empty to read it from the text.",
        validators=[validate_sane_date],
    )

    def __init__(self, *args, refused: RefusedUploads | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.refused = refused or RefusedUploads()
        self.known_outlets = list(Source.objects.values_list("name", flat=True))

    def clean(self):
        cleaned = super().clean()
        if self.refused.long_named:
            names = "; ".join(_shortened(name) for name in self.refused.long_named)
            raise forms.ValidationError(
                f"Rename the file: names may be at most {MAX_FILENAME_CHARS} characters "
                f"({names}). Nothing was uploaded."
            )
        if self.refused.oversized:
            limit = describe_size(settings.PARLEY_MAX_UPLOAD_BYTES)
            names = ", ".join(self.refused.oversized)
            raise forms.ValidationError(f"{names}: larger than the {limit} limit; not uploaded.")
        if self.errors:
            return cleaned
        if not (cleaned.get("files") or cleaned.get("text", "").strip() or cleaned.get("link")):
            raise forms.ValidationError("Choose a file, paste some text or give a link.")
        return cleaned


def _shortened(name: str, keep: int = 40) -> str:
    """A long file name as an editor recognises it: its start, its length and its ending."""
    return f"“{name[:keep].strip()}…{name[-10:].strip()}” has {len(name):,}"


class OutletForm(forms.Form):
    """An outlet's name, country, state affiliation and web domain."""

    name = forms.CharField(label="Name", max_length=200)
    country = forms.CharField(label="Country", max_length=100, required=False)
    state_affiliated = forms.BooleanField(
        label="State-affiliated",
        required=False,
        help_text="Owned or directed by a state, e.g. a state news agency.",
    )
    domain = forms.CharField(
        label="Web domain",
        max_length=200,
        required=False,
        help_text="e.g. interfax.ru: links to it are recognised as this outlet's.",
    )


def outlet_initial(source: Source) -> dict:
    return {
        "name": source.name,
        "country": source.country,
        "state_affiliated": source.state_affiliated,
        "domain": source.domain,
    }


class WithdrawForm(forms.Form):
    """Why an article is withdrawn: editors read it on the article's page."""

    reason = forms.CharField(label="Why withdraw it", max_length=500)


class RestoreForm(forms.Form):
    """Why a withdrawn article comes back; optional, kept in its history."""

    reason = forms.CharField(label="Why restore it", max_length=500, required=False)
