"""Real brokers and Celery workers for the tests that need them.

A throwaway `redis-server` on a free port can be stopped and started again without
touching the machine's own Redis; a worker runs as a subprocess of the real
`celery` command, reading the test database; the test process's Celery app can be
pointed at any broker for a while. Everything started here is stopped again on the
way out, also when the test fails.
"""

import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

import redis
from django.conf import settings
from django.db import connection
from kombu import pools

from articles.models import Article
from config.celery import app as celery_app
from tests.services import require

PROJECT_DIR = Path(settings.BASE_DIR)
# The `celery` command of the environment running the tests, next to its Python.
CELERY = Path(sys.executable).with_name("celery")
STARTUP_SECONDS = 30
STOP_SECONDS = 10
_worker_numbers = count(1)
T = TypeVar("T")
_PR_SET_PDEATHSIG = 1


def require_redis_server() -> str:
    path = os.environ.get("PARLEY_REDIS_SERVER") or shutil.which("redis-server") or ""
    require(
        bool(path), "needs redis-server: apt-get install redis-server (or set PARLEY_REDIS_SERVER)"
    )
    return path


def _die_with_this_process() -> None:
    # Runs in the child before exec: should pytest itself be killed, the services it
    # started go with it instead of lingering (Linux only; elsewhere they must be reaped).
    with suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(
    condition: Callable[[], T], *, timeout: float, interval: float = 0.05, what: str = ""
) -> T:
    """Poll `condition` until it returns something truthy; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {timeout:g} s waiting for {what or condition}")
        time.sleep(interval)


@dataclass
class RedisServer:
    """A `redis-server` of the test's own, keeping nothing on disk."""

    executable: str
    log_path: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        """Start (or start again, on the same port) and wait until it answers."""
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [
                    self.executable,
                    *("--bind", "127.0.0.1", "--port", str(self.port)),
                    *("--save", "", "--appendonly", "no", "--daemonize", "no"),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                preexec_fn=_die_with_this_process,
            )
        wait_for(self._answers, timeout=STARTUP_SECONDS, what=f"redis-server on {self.port}")

    def _answers(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            raise AssertionError(f"redis-server exited: {self.log_path.read_text()[-2000:]}")
        client = redis.Redis(port=self.port, socket_connect_timeout=0.5, socket_timeout=0.5)
        try:
            return bool(client.ping())
        except redis.ConnectionError:
            return False
        finally:
            client.close()

    def stop(self) -> None:
        if self.process is None:
            return
        _end(self.process, signal.SIGKILL)
        self.process = None


@contextmanager
def throwaway_redis(log_dir: Path) -> Iterator[RedisServer]:
    server = RedisServer(executable=require_redis_server(), log_path=log_dir / "redis.log")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def worker_database_url() -> str:
    """The URL of the database this test runs on, for a worker process to use."""
    db = connection.settings_dict
    credentials = quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    port = f":{db['PORT']}" if db["PORT"] else ""
    return f"postgres://{credentials}@{db['HOST']}{port}/{quote(db['NAME'], safe='')}"


@dataclass
class Worker:
    """`celery -A config worker` as a subprocess, one pool process, logging to a file."""

    broker_url: str
    log_path: Path
    env: dict[str, str] = field(default_factory=dict)
    # Run beat inside the worker too, so the periodic sweep runs as it does in production.
    beat: bool = False
    process: subprocess.Popen | None = None
    _log_offset: int = 0

    def start(self) -> None:
        """Start, and wait until the worker says it is ready to take tasks."""
        name = f"parley-test-{os.getpid()}-{next(_worker_numbers)}@%h"
        env = {
            **os.environ,
            "DATABASE_URL": worker_database_url(),
            "CELERY_BROKER_URL": self.broker_url,
            "PYTHONUNBUFFERED": "1",
            **self.env,
        }
        self._log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [
                    str(CELERY),
                    *("-A", "config", "worker", "--pool=prefork", "--concurrency=1"),
                    *("--loglevel=INFO", "--hostname", name),
                    # Talking to other workers only slows the start down.
                    *("--without-mingle", "--without-gossip", "--without-heartbeat"),
                    *self._beat_options(),
                ],
                cwd=PROJECT_DIR,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                preexec_fn=_die_with_this_process,
                # Its own process group, so the worker and its pool die together.
                start_new_session=True,
            )
        wait_for(self._ready, timeout=STARTUP_SECONDS, interval=0.1, what="the worker to start")

    def _beat_options(self) -> list[str]:
        if not self.beat:
            return []
        return ["--beat", "--schedule", str(self.log_path.with_suffix(".beat-schedule"))]

    def _ready(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            raise AssertionError(f"the worker exited at start:\n{self.log()[-4000:]}")
        return " ready." in self.log()[self._log_offset :]

    @property
    def pid(self) -> int:
        assert self.process is not None, "the worker is not running"
        return self.process.pid

    def pool_pids(self) -> list[int]:
        """The pool processes that run the tasks: the main process's children."""
        return _children_of(self.pid)

    def pool_peak_memory(self) -> int:
        """The most memory (resident, bytes) the pool process has held since it started."""
        (pid,) = self.pool_pids()
        status = Path(f"/proc/{pid}/status").read_text()
        (kilobytes,) = (
            line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")
        )
        return int(kilobytes) * 1024

    def kill_pool_process(self) -> int:
        """SIGKILL the pool process (the main process starts a new one)."""
        (pid,) = self.pool_pids()
        os.kill(pid, signal.SIGKILL)
        return pid

    def kill(self) -> None:
        """SIGKILL the main process and its pool at once, as a crashed machine would."""
        if self.process is None:
            return
        with suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=STOP_SECONDS)
        self.process = None

    def stop(self) -> None:
        """A warm shutdown, then SIGKILL for whatever is left of the process group."""
        if self.process is None:
            return
        _end(self.process, signal.SIGTERM, group=True)
        self.process = None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


def _end(process: subprocess.Popen, first: signal.Signals, *, group: bool = False) -> None:
    send = (lambda sig: os.killpg(process.pid, sig)) if group else process.send_signal
    with suppress(ProcessLookupError):
        send(first)
    with suppress(subprocess.TimeoutExpired):
        process.wait(timeout=STOP_SECONDS)
    with suppress(ProcessLookupError):
        send(signal.SIGKILL)
    process.wait(timeout=STOP_SECONDS)


def _children_of(pid: int) -> list[int]:
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with suppress(OSError):
            # The command name in parentheses may hold spaces: the fields after it are fixed.
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                children.append(int(stat.parent.name))
    return sorted(children)


@contextmanager
def running_worker(
    *,
    broker_url: str,
    log_dir: Path,
    env: dict[str, str] | None = None,
    name: str = "worker",
    beat: bool = False,
) -> Iterator[Worker]:
    """A started worker, stopped on the way out; its log is printed (pytest shows it on failure)."""
    worker = Worker(
        broker_url=broker_url, log_path=log_dir / f"{name}.log", env=env or {}, beat=beat
    )
    try:
        worker.start()
        yield worker
    finally:
        worker.stop()
        print(f"--- worker log ({worker.log_path.name}) ---\n{worker.log()}")


def _drop_broker_connections() -> None:
    # Connections and producers are pooled per broker URL, in kombu's process-wide
    # registries; closing and forgetting them makes the next publish connect afresh
    # (to a changed URL, or to a broker that was restarted). A closed pool is never
    # reused: emptied, it would make the next publish wait for ever.
    for registry, pool in (
        (pools.producers, celery_app.amqp._producer_pool),
        (pools.connections, celery_app._pool),
    ):
        if pool is None:
            continue
        pool.force_close_all()
        for key, registered in list(registry.items()):
            if registered is pool:
                dict.__delitem__(registry, key)
    celery_app.amqp._producer_pool = None
    celery_app._pool = None


@contextmanager
def publishing_to(broker_url: str) -> Iterator[None]:
    """Make this process's Celery app publish tasks to `broker_url`, really, not in-process."""
    conf = celery_app.conf
    saved = (conf.get("broker_write_url"), conf.task_always_eager)
    # Publishing uses the write URL; `broker_url` itself would lose to CELERY_BROKER_URL
    # in the environment, which Celery reads first.
    conf.broker_write_url = broker_url
    conf.task_always_eager = False
    _drop_broker_connections()
    try:
        yield
    finally:
        conf.broker_write_url, conf.task_always_eager = saved
        _drop_broker_connections()


def reconnect_publisher() -> None:
    """Forget connections to a broker that went away, so the next publish connects again."""
    _drop_broker_connections()


def wait_for_article(
    article_id: int,
    *statuses: str,
    timeout: float,
    worker: Worker | None = None,
    where: Callable[[Article], bool] = lambda article: True,
) -> Article:
    """The article once its status is one of `statuses` (and `where` holds), or fail saying why."""

    def arrived() -> Article | None:
        article = Article.objects.get(pk=article_id)
        return article if article.status in statuses and where(article) else None

    try:
        return wait_for(arrived, timeout=timeout, what=f"article {article_id} to be {statuses}")
    except AssertionError as error:
        article = Article.objects.get(pk=article_id)
        log = f"\nworker log:\n{worker.log()[-6000:]}" if worker is not None else ""
        raise AssertionError(
            f"{error}; it is {article.status!r} (error {article.error!r}){log}"
        ) from None
