from django.contrib import admin

from articles.models import Article, RawUpload, Source


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


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "source", "published_on", "date_inferred", "status", "created_at"]
    list_filter = ["status", "source", "date_inferred", "language", "negotiations"]
    search_fields = ["title", "url", "body"]
    date_hierarchy = "created_at"
    list_select_related = ["source"]
    autocomplete_fields = ["source", "duplicate_of"]
    filter_horizontal = ["negotiations"]
    readonly_fields = [
        "raw",
        "body_sha256",
        "format",
        "encoding",
        "uploaded_by",
        "created_at",
        "parse_started_at",
        "parsed_at",
    ]
    exclude = ["near_duplicate_signature", "near_duplicates"]
