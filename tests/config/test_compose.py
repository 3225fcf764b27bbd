"""No Docker engine runs where Parley is developed, so the compose file is checked as data."""

from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parents[2]


def _compose() -> dict:
    return yaml.safe_load((PROJECT / "docker-compose.yml").read_text())


def test_compose_runs_every_parley_process_and_its_services():
    services = _compose()["services"]

    assert sorted(services) == ["beat", "db", "redis", "web", "worker"]
    assert "gunicorn config.wsgi:application" in services["web"]["command"]
    assert services["worker"]["command"].startswith("celery -A config worker")
    assert services["beat"]["command"].startswith("celery -A config beat")


def test_compose_every_long_running_service_has_a_health_check():
    services = _compose()["services"]

    assert [
        name for name in ("web", "worker", "db", "redis") if "healthcheck" not in services[name]
    ] == []
    assert "/healthz" in " ".join(services["web"]["healthcheck"]["test"])


def test_compose_environment_uses_the_settings_variable_names():
    services = _compose()["services"]
    names = {"DATABASE_URL", "CELERY_BROKER_URL", "SECRET_KEY", "ALLOWED_HOSTS", "DEBUG"}

    for name in ("web", "worker", "beat"):
        environment = services[name]["environment"]
        assert names <= set(environment), name
        assert environment["DEBUG"] == "False"
        assert environment["DATABASE_URL"].startswith("postgres://")
        assert environment["CELERY_BROKER_URL"].startswith("redis://redis:6379")


def test_compose_sets_only_variables_the_settings_read():
    settings_source = (PROJECT / "config" / "settings.py").read_text()
    environment = _compose()["services"]["web"]["environment"]

    assert [name for name in environment if f'"{name}"' not in settings_source] == []


def test_compose_keeps_the_database_on_a_volume_and_waits_for_healthy_services():
    compose = _compose()

    assert "pgdata:/var/lib/postgresql/data" in compose["services"]["db"]["volumes"]
    assert "pgdata" in compose["volumes"]
    assert compose["services"]["worker"]["depends_on"] == {
        "db": {"condition": "service_healthy"},
        "redis": {"condition": "service_healthy"},
    }


def test_dockerfile_installs_the_locked_requirements_and_serves_with_gunicorn():
    dockerfile = (PROJECT / "Dockerfile").read_text()

    assert "pip install -r requirements.lock" in dockerfile
    assert '"gunicorn", "config.wsgi:application"' in dockerfile


def test_dockerfile_ships_the_compiled_engine_without_its_compiler():
    dockerfile = (PROJECT / "Dockerfile").read_text()
    stages = dockerfile.split("\nFROM ")[1:]

    assert len(stages) == 2
    assert "python -m devtools.compile_engine" in stages[0]
    assert "COPY --from=engine /src/build/engine build/engine" in stages[1]
    assert "requirements-build.lock" not in stages[1]  # no mypy or setuptools in the image
