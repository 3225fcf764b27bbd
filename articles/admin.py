from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.utils.html import format_html

from articles.models import Article, RawUpload, Source
from articles.queries import negotiations_to_bear_on
from articles.services import article_restore, article_withdraw


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "country", "state_affiliated", "domain"]
    list_filter = ["state_affiliated", "country"]
    search_fields = ["name", "domain"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(RawUpload)
class RawUploadAdmin(admin.ModelAdmin):
    list_display = ["id", "filename", "content_type", "size", "created_at"]
    search_fields = ["filename", "sha256"]
    # The bytes are evidence: never edited after upload.
    readonly_fields = ["sha256", "filename", "content_type", "size", "created_at"]
    exclude = ["content"]
    date_hierarchy = "created_at"


class _BoxedFilteredSelectMultiple(FilteredSelectMultiple):
    """The two-box picker in the wrapper the admin puts around a model field's widget: its
    script builds the boxes in the select's parent, which must not be the label's row."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = super().render(name, value, attrs, renderer)
        return format_html('<div class="related-widget-wrapper">{}</div>', widget)


class ArticleAdminForm(forms.ModelForm):
    """An article's form with the negotiations it bears on.

    The link is declared on Negotiation (positions builds on articles), so Article has no
    field of its own for it; this one edits it from the article's side, as before.
    """

    negotiations = forms.ModelMultipleChoiceField(
        queryset=negotiations_to_bear_on(),
        required=False,
        widget=_BoxedFilteredSelectMultiple("negotiations", is_stacked=False),
    )

    # A withdrawal goes through the service, which records who withdrew it and why.
    withdraw_reason = forms.CharField(
        label="Withdraw, saying why",
        required=False,
        max_length=500,
        help_text="Its quotes stop counting until it is restored.",
    )
    restore = forms.BooleanField(
        label="Restore it", required=False, help_text="Its quotes count again."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.initial.setdefault("negotiations", self.instance.negotiations.all())

    def clean(self):
        cleaned = super().clean()
        withdrawn = self.instance.pk is not None and self.instance.is_withdrawn
        if cleaned.get("withdraw_reason", "").strip() and withdrawn:
            self.add_error("withdraw_reason", "This article is already withdrawn.")
        if cleaned.get("restore") and not withdrawn:
            self.add_error("restore", "This article is not withdrawn.")
        return cleaned


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    list_display = ["__str__", "source", "published_on", "date_inferred", "status", "created_at"]
    list_filter = ["status", "source", "date_inferred", "language", "negotiations"]
    search_fields = ["title", "url", "body"]
    date_hierarchy = "created_at"
    list_select_related = ["source"]
    autocomplete_fields = ["source", "duplicate_of"]
    readonly_fields = [
        "raw",
        "body_sha256",
        "format",
        "encoding",
        "uploaded_by",
        "created_at",
        "parse_started_at",
        "parsed_at",
        "withdrawn_at",
        "withdrawn_reason",
    ]
    exclude = ["near_duplicate_signature", "near_duplicates"]

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        form.instance.negotiations.set(form.cleaned_data["negotiations"])
        article, reason = form.instance, form.cleaned_data["withdraw_reason"]
        if reason.strip():
            article_withdraw(article=article, reason=reason, editor=request.user)
        elif form.cleaned_data["restore"]:
            article_restore(article=article, editor=request.user)
