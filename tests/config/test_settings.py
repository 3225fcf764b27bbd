import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from config.env import database_from_url, env_bool, env_int, env_list

PROJECT = Path(__file__).resolve().parents[2]


def test_database_url_postgres_is_translated_for_django():
    database = database_from_url("postgres://ann:s%40cret@db.example:5433/parley", base_dir=PROJECT)

    assert (database["ENGINE"], database["NAME"], database["USER"]) == (
        "django.db.backends.postgresql",
        "parley",
        "ann",
    )
    assert (database["PASSWORD"], database["HOST"], database["PORT"]) == (
        "s@cret",
        "db.example",
        "5433",
    )


def test_database_url_sqlite_relative_path_is_inside_the_project():
    database = database_from_url("sqlite:///local.sqlite3", base_dir=PROJECT)

    assert database["NAME"] == PROJECT / "local.sqlite3"


def test_database_url_sqlite_absolute_path_is_kept():
    database = database_from_url("sqlite:////var/tmp/parley.sqlite3", base_dir=PROJECT)

    assert database["NAME"] == Path("/var/tmp/parley.sqlite3")


@pytest.mark.parametrize("url", ["mysql://db/parley", "postgres://db/", "sqlite:///"])
def test_database_url_unsupported_or_incomplete_is_refused(url):
    with pytest.raises(ImproperlyConfigured):
        database_from_url(url, base_dir=PROJECT)


def test_env_bool_rejects_a_value_that_is_not_a_boolean(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")

    with pytest.raises(ImproperlyConfigured, match="DEBUG"):
        env_bool("DEBUG", default=False)


def test_env_bool_reads_true_and_false(monkeypatch):
    monkeypatch.setenv("A", "True")
    monkeypatch.setenv("B", "false")

    assert (env_bool("A", default=False), env_bool("B", default=True)) == (True, False)


def test_env_int_rejects_words(monkeypatch):
    monkeypatch.setenv("PARLEY_MAX_UPLOAD_BYTES", "ten")

    with pytest.raises(ImproperlyConfigured, match="PARLEY_MAX_UPLOAD_BYTES"):
        env_int("PARLEY_MAX_UPLOAD_BYTES", 1)


def test_env_list_splits_on_commas(monkeypatch):
    monkeypatch.setenv("ALLOWED_HOSTS", "a.example, b.example,,")

    assert env_list("ALLOWED_HOSTS", []) == ["a.example", "b.example"]


def _settings_in_subprocess(env: dict, expression: str) -> subprocess.CompletedProcess:
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "DEBUG", "SECRET_KEY", "CELERY_BROKER_URL", "CACHE_URL"}
    }
    code = (
        f"import django; django.setup(); from django.conf import settings; print(({expression},))"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**clean_env, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_settings_refuse_to_start_without_secret_key_when_debug_is_off():
    result = _settings_in_subprocess({"DATABASE_URL": "sqlite:///x.sqlite3"}, "settings.DEBUG")

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_settings_zero_setup_mode_is_debug_sqlite_and_in_process_tasks():
    result = _settings_in_subprocess(
        {},
        "settings.DEBUG, settings.DATABASES['default']['ENGINE'], settings.CELERY_TASK_ALWAYS_EAGER,"
        " settings.PARLEY_PROXY_COUNT",
    )

    # Served directly by `make run`: an X-Forwarded-For header is the visitor's own invention.
    assert result.stdout.strip() == "(True, 'django.db.backends.sqlite3', True, 0)"


def test_settings_with_database_url_default_to_production():
    result = _settings_in_subprocess(
        {"DATABASE_URL": "postgres://db/parley", "SECRET_KEY": "x" * 50},
        "settings.DEBUG, settings.SESSION_COOKIE_SECURE, settings.SECURE_HSTS_SECONDS > 0,"
        " settings.PARLEY_PROXY_COUNT",
    )

    # Behind its TLS proxy, which appends the visitor's address to X-Forwarded-For.
    assert result.stdout.strip() == "(False, True, True, 1)"


_CACHE = "settings.CACHES['default']['BACKEND'].rsplit('.', 1)[-1], settings.CACHES['default'].get('LOCATION')"


def test_the_cache_is_in_memory_in_the_zero_setup_mode():
    result = _settings_in_subprocess({}, _CACHE)

    assert result.stdout.strip() == "('LocMemCache', None)"


def test_the_cache_is_the_brokers_redis_once_there_is_one():
    # API rate limits are counted there, shared by every server process.
    result = _settings_in_subprocess({"CELERY_BROKER_URL": "redis://cache-host:6379/3"}, _CACHE)

    assert result.stdout.strip() == "('RedisCache', 'redis://cache-host:6379/3')"


def test_cache_url_names_a_redis_of_its_own():
    env = {"CELERY_BROKER_URL": "redis://broker:6379/0", "CACHE_URL": "redis://cache:6379/1"}

    result = _settings_in_subprocess(env, _CACHE)

    assert result.stdout.strip() == "('RedisCache', 'redis://cache:6379/1')"


def test_settings_bad_debug_value_stops_start_up_naming_the_variable():
    result = _settings_in_subprocess({"DEBUG": "yes please"}, "settings.DEBUG")

    assert result.returncode != 0
    assert "DEBUG must be True or False" in result.stderr


def test_celery_settings_are_safe_for_lost_workers():
    assert settings.CELERY_TASK_ACKS_LATE is True
    assert settings.CELERY_TASK_REJECT_ON_WORKER_LOST is True
    assert settings.CELERY_WORKER_PREFETCH_MULTIPLIER == 1
    assert settings.CELERY_ACCEPT_CONTENT == ["json"]
    assert settings.CELERY_VISIBILITY_TIMEOUT > (
        settings.PARLEY_MAX_RETRY_SECONDS + settings.CELERY_TASK_TIME_LIMIT
    )
    assert settings.CELERY_BEAT_SCHEDULE["sweep-articles"]["task"] == "articles.sweep"


def test_a_lost_parse_is_swept_up_within_a_minute_and_never_while_it_may_still_run():
    sweep = settings.CELERY_BEAT_SCHEDULE["sweep-articles"]["schedule"]
    assert settings.CELERY_TASK_SOFT_TIME_LIMIT < settings.CELERY_TASK_TIME_LIMIT
    assert settings.PARLEY_PARSE_STUCK_SECONDS > settings.CELERY_TASK_TIME_LIMIT
    assert settings.PARLEY_PARSE_STUCK_SECONDS + sweep <= 60
