# The Sitrep worker image: `sitrep worker` by default; docker-compose.yml also runs the topic
# creation and `sitrep replay` from it. Build: docker build -t sitrep:local .
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    SITREP_DATA_DIR=/var/lib/sitrep

WORKDIR /app
# Everything pip needs to build the package (see .dockerignore for what stays out).
COPY . .
RUN pip install . \
    && useradd --system --uid 10001 --home-dir /var/lib/sitrep --create-home sitrep

USER sitrep
# /metrics for Prometheus (SITREP_METRICS_PORT; bind 0.0.0.0 with SITREP_METRICS_HOST).
EXPOSE 9464
CMD ["sitrep", "worker"]
