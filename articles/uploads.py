"""Refuse an oversized file while it streams in, before it is held in memory or on disk."""

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, SkipFile


class SizeLimitedUploadHandler(FileUploadHandler):
    """Skip any file past PARLEY_MAX_UPLOAD_BYTES and note its name for the form to report."""

    def new_file(self, *args, **kwargs) -> None:
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        self.received += len(raw_data)
        if self.received > settings.PARLEY_MAX_UPLOAD_BYTES:
            oversized = getattr(self.request, "oversized_uploads", [])
            oversized.append(self.file_name)
            self.request.oversized_uploads = oversized
            raise SkipFile
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None
