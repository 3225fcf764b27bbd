from django import forms
from django.conf import settings

from articles.models import Source
from articles.parsing.limits import describe_size
from articles.queries import negotiations_to_bear_on

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
    )

    def __init__(self, *args, oversized: list[str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.oversized = oversized or []
        self.known_outlets = list(Source.objects.values_list("name", flat=True))

    def clean(self):
        cleaned = super().clean()
        if self.oversized:
            limit = describe_size(settings.PARLEY_MAX_UPLOAD_BYTES)
            names = ", ".join(self.oversized)
            raise forms.ValidationError(f"{names}: larger than the {limit} limit; not uploaded.")
        if self.errors:
            return cleaned
        if not (cleaned.get("files") or cleaned.get("text", "").strip() or cleaned.get("link")):
            raise forms.ValidationError("Choose a file, paste some text or give a link.")
        return cleaned
