"""Refuse a file while it streams in, before it is held in memory or on disk: one that is too
big, or whose name is too long to keep (Django would silently cut it)."""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, SkipFile

from articles.models import RawUpload

MAX_FILENAME_CHARS = RawUpload._meta.get_field("filename").max_length


@dataclass
class RefusedUploads:
    """Names of the files of one request that were skipped, by reason, for the form to report."""

    oversized: list[str] = field(default_factory=list)
    long_named: list[str] = field(default_factory=list)


def refused_uploads(request) -> RefusedUploads:
    if not hasattr(request, "refused_uploads"):
        request.refused_uploads = RefusedUploads()
    return request.refused_uploads


class SizeLimitedUploadHandler(FileUploadHandler):
    """Skip any file past PARLEY_MAX_UPLOAD_BYTES, or named past MAX_FILENAME_CHARS."""

    def new_file(self, field_name, file_name, *args, **kwargs) -> None:
        super().new_file(field_name, file_name, *args, **kwargs)
        self.received = 0
        if len(file_name) > MAX_FILENAME_CHARS:
            refused_uploads(self.request).long_named.append(file_name)
            raise SkipFile

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        self.received += len(raw_data)
        if self.received > settings.PARLEY_MAX_UPLOAD_BYTES:
            refused_uploads(self.request).oversized.append(self.file_name)
            raise SkipFile
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None
