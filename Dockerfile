# Parley's production image: one image for the web server, the worker and beat.

# The extraction engine compiled with mypyc (about twice as fast), in a stage that has a C
# compiler; the image itself stays slim and takes only the build.
FROM python:3.11-bookworm AS engine
WORKDIR /src
COPY requirements.lock requirements-build.lock ./
RUN pip install --no-cache-dir -r requirements.lock -r requirements-build.lock
COPY . .
RUN python -m devtools.compile_engine

FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
RUN useradd --create-home --uid 1000 parley

COPY requirements.lock ./
RUN pip install -r requirements.lock

COPY . .
# Used only while it matches these sources (positions/extraction/native.py checks).
COPY --from=engine /src/build/engine build/engine
# collectstatic needs settings that load; the real key comes from the environment at run time.
RUN SECRET_KEY=build-only DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    python manage.py collectstatic --no-input

USER parley
EXPOSE 8000
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
