"""Parley's settings, read from the environment only.

With nothing set, Parley runs in its zero-setup mode: a SQLite file in the project,
DEBUG on, tasks in-process. A deployment sets DATABASE_URL, CELERY_BROKER_URL,
SECRET_KEY and ALLOWED_HOSTS, and gets production defaults for everything else.
"""

from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from config.env import database_from_url, env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DATABASE_URL = env_str("DATABASE_URL")
# DEBUG defaults to on only in the zero-setup mode, so a deployment never runs
# with it by accident.
DEBUG = env_bool("DEBUG", default=not DATABASE_URL)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "parley-development-key-not-for-production-use-0123456789abcdefghij"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "axes",
    "template_partials",
    "simple_history",
    "articles",
    "positions",
    "timeline",
    "api",
    "devtools",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    # Before anything reads a parameter, a cookie or the session from the database.
    "config.middleware.RefuseUnstorableTextMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "articles.middleware.TooManyFilesMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # A request to /api/ with a token is signed in as its owner, before the login check.
    "api.middleware.ApiTokenMiddleware",
    "config.middleware.ParleyLoginRequiredMiddleware",
    # Names the signed-in user on history records a write left without an editor of its own.
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "positions.middleware.CurrentNegotiationMiddleware",
    # Last, as django-axes requires: it turns a refused sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "positions.context_processors.negotiation",
                "config.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {
    "default": database_from_url(DATABASE_URL or "sqlite:///db.sqlite3", base_dir=BASE_DIR)
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# The covering indexes' INCLUDE columns are a PostgreSQL speed-up; SQLite builds the same
# indexes without them, which the zero-setup mode's small databases never notice.
SILENCED_SYSTEM_CHECKS = (
    ["models.W040"] if DATABASES["default"]["ENGINE"].endswith("sqlite3") else []
)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# django-axes' backend goes first: it refuses a locked sign-in before the password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"
# Anonymous visitors may read (never change) everything when this is on.
PARLEY_ANONYMOUS_READ = env_bool("PARLEY_ANONYMOUS_READ", default=False)

# Every change to quotes, demands, responses, actors, issues, positions and articles is kept
# (who, when, from → to); the reason an editor gives, say for a demand's new status, is free text.
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# --- Uploads and parsing -------------------------------------------------------
PARLEY_MAX_UPLOAD_BYTES = env_int("PARLEY_MAX_UPLOAD_BYTES", 10 * 1024 * 1024)
# Django must not refuse a multi-file upload before the form can say which file is too big.
DATA_UPLOAD_MAX_MEMORY_SIZE = PARLEY_MAX_UPLOAD_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# Files in one upload; more get the upload page saying so (articles.middleware).
DATA_UPLOAD_MAX_NUMBER_FILES = env_int("PARLEY_MAX_UPLOAD_FILES", 100)
FILE_UPLOAD_HANDLERS = [
    "articles.uploads.SizeLimitedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
# Fetching a link must not become a way to probe the internal network.
PARLEY_FETCH_ALLOW_PRIVATE = env_bool("PARLEY_FETCH_ALLOW_PRIVATE", default=False)
PARLEY_FETCH_TIMEOUT = env_int("PARLEY_FETCH_TIMEOUT", 15)
# Longest text (in characters, after extraction from its format) that quotes are looked for
# in: about 80,000 words. Past it cleaning and extraction would hold a worker for minutes
# and gigabytes; the article fails at once, saying so, with its upload kept.
PARLEY_MAX_ARTICLE_CHARS = env_int("PARLEY_MAX_ARTICLE_CHARS", 500_000)
# Editors' verdicts (confirmed quotes) a negotiation needs before a model learned from them
# re-ranks its suggestions, and again before each retraining: fewer teach noise.
PARLEY_SUGGESTIONS_MIN_VERDICTS = env_int("PARLEY_SUGGESTIONS_MIN_VERDICTS", 30)

# --- Login throttling (django-axes; see config/throttling.py) --------------------
AXES_HANDLER = "config.throttling.LoginThrottle"
# Counted for an account at an address, then for the address: LoginThrottle reads them in
# this order.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_FAILURE_LIMIT = env_int("PARLEY_LOGIN_FAILURE_LIMIT", 5)
PARLEY_LOGIN_ADDRESS_FAILURE_LIMIT = env_int("PARLEY_LOGIN_ADDRESS_FAILURE_LIMIT", 20)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("PARLEY_LOGIN_COOLOFF_MINUTES", 15))
# Each attempt during a lock starts the cool-off again, so the lockout page's time holds.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = True
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "config.throttling.lockout_response"
AXES_WHITELIST_CALLABLE = "config.throttling.demo_account_is_exempt"
AXES_CLIENT_IP_CALLABLE = "config.throttling.client_address"
# Failures and lockouts are still logged; only the start-up banner of every command goes.
AXES_VERBOSE = False
# How many proxies in front of Parley append to X-Forwarded-For: a deployment sits behind
# its TLS proxy; run alone (make run), visitors reach Parley directly and the header,
# which anyone can send, is ignored.
PARLEY_PROXY_COUNT = env_int("PARLEY_PROXY_COUNT", 0 if DEBUG else 1)

# --- Celery --------------------------------------------------------------------
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL")
# Without a broker (the zero-setup mode) tasks run in-process, right after commit.
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TASK_IGNORE_RESULT = True
# With the upload and text limits above a parse takes seconds (a link's fetch at most
# PARLEY_FETCH_TIMEOUT, a PDF's text at most 15 s more); a task still running at the soft
# limit fails its article ("took too long"), and at the hard limit its process is killed.
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 25)
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 30)
# No task runs past the hard limit, so an article still `parsing` this long after its parse
# began lost its worker: the sweep hands it to another. The margin covers the commit of a
# parse that ends at the limit and clocks that differ between machines.
PARLEY_PARSE_STUCK_SECONDS = CELERY_TASK_TIME_LIMIT + 10
# How often beat runs the sweep: a lost parse is taken up again at most
# PARLEY_PARSE_STUCK_SECONDS + PARLEY_SWEEP_SECONDS (50 s by default) after it began.
PARLEY_SWEEP_SECONDS = env_int("PARLEY_SWEEP_SECONDS", 10)
# A pool process whose memory has peaked above this (KiB) is replaced after its task, so
# that one large parse does not keep its memory for the life of the worker.
CELERY_WORKER_MAX_MEMORY_PER_CHILD = env_int("CELERY_WORKER_MAX_MEMORY_PER_CHILD", 300_000)
# Retries back off up to this many seconds in all.
PARLEY_MAX_RETRY_SECONDS = 600
# A task a dead worker held comes back after the visibility timeout, so it must
# outlast the longest retry plus the hard time limit, or a slow task would run twice.
# Articles do not wait for it: the sweep takes a lost parse up after PARLEY_PARSE_STUCK_SECONDS,
# and the redelivered message then finds its article claimed or done and does nothing.
CELERY_VISIBILITY_TIMEOUT = env_int(
    "CELERY_VISIBILITY_TIMEOUT", PARLEY_MAX_RETRY_SECONDS + CELERY_TASK_TIME_LIMIT + 60
)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": CELERY_VISIBILITY_TIMEOUT,
    # A hung Redis must fail an upload's publish fast, not block the request.
    "socket_timeout": 5,
    "socket_connect_timeout": 3,
    "max_retries": 1,
}
CELERY_BROKER_CONNECTION_TIMEOUT = 3
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_PUBLISH_RETRY = True
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.5,
    "interval_max": 1,
}
# /healthz asks the broker at most this often; checks in between get its last answer.
PARLEY_HEALTH_BROKER_SECONDS = 5.0
CELERY_BEAT_SCHEDULE = {
    "sweep-articles": {"task": "articles.sweep", "schedule": float(PARLEY_SWEEP_SECONDS)},
}

# --- Cache and the API -----------------------------------------------------------
# The API's rate limits are counted in the cache: in Redis once a broker is configured (or
# CACHE_URL names one), so that every server process shares the count; in each process's
# memory in the zero-setup mode, where there is one process.
CACHE_URL = env_str(
    "CACHE_URL",
    CELERY_BROKER_URL if CELERY_BROKER_URL.startswith(("redis://", "rediss://")) else "",
)
if CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            # Beside the broker's queues in the same Redis database.
            "KEY_PREFIX": "parley-cache",
            # A dead Redis must fail a request fast, not stall it.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Requests each API token (or browser session) may make in a minute; 0: no limit.
PARLEY_API_RATE_PER_MINUTE = env_int("PARLEY_API_RATE_PER_MINUTE", 120)

# --- Security ------------------------------------------------------------------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
