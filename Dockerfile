# Statement Lens dashboard in a container.
#   docker build -t statement-lens .
#   docker run -p 8501:8501 -v lens-data:/data statement-lens
# The document store lives in /data (LENS_DATA_DIR); an empty store is seeded
# from seeds/ and the sample corpus in sample/ on first start
# (-e LENS_SEEDS_DIR=none starts empty). With --build-arg EXTRAS=postgres and
# -e LENS_DATABASE_URL=postgresql://... the store is on PostgreSQL instead
# (docs/docker-compose.yml).
FROM python:3.12-slim

# optional extras of pyproject.toml to install, comma-separated (e.g. postgres)
ARG EXTRAS=

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    LENS_DATA_DIR=/data

WORKDIR /app

# The dependencies first, in their own layer: a code change does not reinstall
# them. pip needs only the two packages' __init__.py to install the project;
# the editable install maps `analysis` and `dashboard` to /app/analysis and
# /app/dashboard, so the code copied next is what runs, and
# `streamlit run dashboard/app.py` can import the dashboard package.
COPY pyproject.toml README.md ./
RUN mkdir analysis dashboard \
    && touch analysis/__init__.py dashboard/__init__.py \
    && pip install -e ".${EXTRAS:+[$EXTRAS]}"

COPY .streamlit ./.streamlit
COPY analysis ./analysis
COPY dashboard ./dashboard
COPY seeds ./seeds
COPY sample ./sample

RUN useradd --create-home --uid 10001 lens \
    && mkdir -p /data \
    && chown lens /data
USER lens
VOLUME ["/data"]

EXPOSE 8501
# python-slim has no curl; the standard library is enough for the health check.
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; r = urllib.request.urlopen('http://localhost:8501/_stcore/health', timeout=4); sys.exit(0 if r.read().strip() == b'ok' else 1)"]

ENTRYPOINT ["streamlit", "run", "dashboard/app.py", "--server.port=8501", "--server.address=0.0.0.0"]
