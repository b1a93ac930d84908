# The Sitrep worker image: `sitrep worker` by default; docker-compose.yml also runs the topic
# creation and `sitrep replay` from it. Build: docker build -t sitrep:local .

# Stage 1: the mypyc build of the extractor (`sitrep compile`, ~1.3-1.4x faster extraction). It
# needs gcc, which the slim image lacks. The build is keyed by a digest of the installed sources
# and the Python ABI; the final stage installs the same sources on the same Python, so its
# digest matches. If it ever did not, the worker would log "extractor=pure Python" and run as is.
FROM python:3.11 AS compile
WORKDIR /src
COPY . .
RUN pip install --no-cache-dir ".[compiled]" \
    && SITREP_COMPILED_DIR=/opt/sitrep-compiled sitrep compile

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    SITREP_DATA_DIR=/var/lib/sitrep \
    SITREP_COMPILED_DIR=/opt/sitrep-compiled

WORKDIR /app
# Everything pip needs to build the package (see .dockerignore for what stays out).
COPY . .
RUN pip install . \
    && useradd --system --uid 10001 --home-dir /var/lib/sitrep --create-home sitrep
COPY --from=compile /opt/sitrep-compiled /opt/sitrep-compiled

USER sitrep
# /metrics for Prometheus (SITREP_METRICS_PORT; bind 0.0.0.0 with SITREP_METRICS_HOST).
EXPOSE 9464
CMD ["sitrep", "worker"]
