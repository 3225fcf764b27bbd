"""Fetching an article from a link without letting the link reach inside our network."""

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .errors import ParseError
from .limits import describe_size

MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_USER_AGENT = "Parley/0.1 (article fetcher)"


class FetchError(ParseError):
    """A link could not be fetched; ``str(err)`` says why in an editor's words."""


@dataclass(frozen=True)
class FetchedPage:
    url: str  # after redirects
    content: bytes
    content_type: str


def fetch_url(
    url: str,
    *,
    timeout: float = 10.0,
    max_bytes: int = 10 * 1024 * 1024,
    allow_private: bool = False,
) -> FetchedPage:
    """GET an http(s) link, following at most five redirects, within ``timeout`` seconds.

    Every connection (redirects included) goes only to addresses that were
    checked to be public, unless ``allow_private``; the body is read in chunks
    and abandoned once it exceeds ``max_bytes``.
    """
    deadline = time.monotonic() + timeout
    for _ in range(MAX_REDIRECTS + 1):
        response, connection = _request(url, deadline, allow_private)
        try:
            location = response.getheader("Location")
            if response.status in (301, 302, 303, 307, 308) and location:
                url = urljoin(url, location)
                continue
            if not 200 <= response.status < 300:
                raise _unreachable(f"the server answered {response.status} {response.reason}")
            content = _read_capped(response, max_bytes, deadline)
            content_type = response.getheader("Content-Type") or "application/octet-stream"
            return FetchedPage(url=url, content=content, content_type=content_type)
        finally:
            connection.close()
    raise FetchError(
        f"The link could not be reached: it redirects more than {MAX_REDIRECTS} times.",
        "too-many-redirects",
    )


def _request(
    url: str, deadline: float, allow_private: bool
) -> tuple[http.client.HTTPResponse, http.client.HTTPConnection]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("Only http:// and https:// links can be fetched.", "bad-url")
    try:
        port = parts.port
    except ValueError as error:
        raise FetchError("The link is not a valid web address.", "bad-url") from error
    connection_class = (
        _CheckedHTTPSConnection if parts.scheme == "https" else _CheckedHTTPConnection
    )
    # http.client reads "host:port", so an IPv6 literal keeps its brackets.
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    connection = connection_class(
        host, port, timeout=_remaining(deadline), allow_private=allow_private
    )
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    try:
        connection.request(
            "GET", path, headers={"User-Agent": _USER_AGENT, "Accept-Encoding": "identity"}
        )
        return connection.getresponse(), connection
    except FetchError:
        connection.close()
        raise
    except (OSError, http.client.HTTPException) as error:
        connection.close()
        raise _unreachable(_describe(error)) from error


def _read_capped(response: http.client.HTTPResponse, max_bytes: int, deadline: float) -> bytes:
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise _too_large(max_bytes)
    chunks = []
    received = 0
    try:
        while chunk := response.read(_CHUNK):
            received += len(chunk)
            if received > max_bytes:
                raise _too_large(max_bytes)
            if time.monotonic() > deadline:
                raise _unreachable("the server took too long to send the page")
            chunks.append(chunk)
    except (OSError, http.client.HTTPException) as error:
        raise _unreachable(_describe(error)) from error
    return b"".join(chunks)


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise _unreachable("the server took too long to answer")
    return left


def _open_checked_socket(
    host: str, port: int, timeout: float, allow_private: bool
) -> socket.socket:
    """Resolve ``host`` and connect only to an address we are allowed to reach.

    Checking the resolved address and then connecting to that very address
    (not resolving again) leaves no window for DNS to point elsewhere between.
    """
    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise _unreachable(f"the address {host} could not be found") from error
    if not allow_private and any(_is_internal(info[4][0]) for info in addresses):
        raise FetchError("Links to internal addresses are not allowed.", "private-address")
    last_error: OSError | None = None
    for family, kind, protocol, _, address in addresses:
        sock = socket.socket(family, kind, protocol)
        sock.settimeout(timeout)
        try:
            sock.connect(address)
            return sock
        except OSError as error:
            sock.close()
            last_error = error
    raise _unreachable(_describe(last_error or OSError("no address to connect to")))


def _is_internal(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
        or not ip.is_global
    )


class _CheckedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, port: int | None, *, timeout: float, allow_private: bool) -> None:
        super().__init__(host, port, timeout=timeout)
        self.allow_private = allow_private

    def connect(self) -> None:
        self.sock = _open_checked_socket(self.host, self.port, self.timeout, self.allow_private)


_TLS = ssl.create_default_context()


class _CheckedHTTPSConnection(_CheckedHTTPConnection):
    default_port = http.client.HTTPS_PORT

    def connect(self) -> None:
        super().connect()
        self.sock = _TLS.wrap_socket(self.sock, server_hostname=self.host)


def _unreachable(reason: str) -> FetchError:
    return FetchError(f"The link could not be reached: {reason}.", "unreachable")


def _too_large(max_bytes: int) -> FetchError:
    return FetchError(f"The page is larger than the {describe_size(max_bytes)} limit.", "too-large")


def _describe(error: BaseException) -> str:
    if isinstance(error, TimeoutError | socket.timeout):
        return "the server took too long to answer"
    if isinstance(error, ssl.SSLError):
        return "its secure connection could not be verified"
    if isinstance(error, ConnectionRefusedError):
        return "the server refused the connection"
    return str(error) or type(error).__name__
