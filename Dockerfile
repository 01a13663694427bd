# Statement Lens dashboard in a container.
#   docker build -t statement-lens .
#   docker run -p 8501:8501 -v lens-data:/data statement-lens
# The document store lives in /data (LENS_DATA_DIR); an empty store is seeded
# from seeds/ on first start.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    LENS_DATA_DIR=/data

WORKDIR /app

# The package and its dependencies first: a dashboard change does not reinstall them.
# The rule modules are compiled with mypyc (scripts/compile.py, about twice as
# fast); the compiler is removed again once they are built.
COPY pyproject.toml README.md ./
COPY analysis ./analysis
COPY scripts/compile.py ./scripts/compile.py
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev \
    && pip install -e ".[fast]" \
    && python scripts/compile.py \
    && apt-get purge -y gcc libc6-dev && apt-get autoremove -y \
    && rm -rf /var/lib/apt/lists/*

COPY .streamlit ./.streamlit
COPY dashboard ./dashboard
COPY seeds ./seeds

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
