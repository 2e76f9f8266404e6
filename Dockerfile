# The jixiao app (pages, /healthz and the JSON API on port 8501). Also runs the Chroma server
# and `jixiao migrate` in compose.yaml, so client and server versions always match.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    HF_HUB_OFFLINE=1 ANONYMIZED_TELEMETRY=False TOKENIZERS_PARALLELISM=false \
    JIXIAO_INDEX_DIR=/data/index JIXIAO_MODEL_DIR=/opt/jixiao/models

# CJK fonts for charts and exports; poppler, libGL and GLib for the PDF and scan readers.
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-noto-cjk poppler-utils libgl1 libglib2.0-0 \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
# torch first, pinned, CPU build (as `make install-python` does)
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
COPY pyproject.toml README.md ./
COPY bot bot
COPY index index
COPY ui ui
COPY eval eval
RUN pip install .

# Build the bundled embedding model once, offline, into the image (not into a volume).
RUN python -c "from index import Settings; from index.embed import load_embedder; load_embedder(Settings())"

RUN useradd --create-home --uid 10001 jixiao && mkdir -p /data && chown jixiao /data
USER jixiao
VOLUME ["/data"]
EXPOSE 8501

HEALTHCHECK --interval=30s --timeout=10s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/healthz', timeout=8).status != 200)"]

CMD ["jixiao", "ui", "--address", "0.0.0.0", "--port", "8501"]
