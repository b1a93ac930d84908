"""TLS and SASL options for every Kafka client Sitrep opens, from one set of settings.

The worker (Faust/aiokafka) gets `broker_credentials`; the replay producer, the admin client and
`sitrep tail` (kafka-python) get keyword arguments. Both come from the same `SITREP_KAFKA_*`
settings, so a deployment configures security once.
"""

import ssl
from typing import Any

import faust
from faust.auth import Credentials

from streams.config import Settings, get_settings


def ssl_context(settings: Settings) -> ssl.SSLContext:
    """A client context trusting `kafka_ssl_cafile` (or the system CAs), with the client
    certificate when one is configured."""
    ctx = ssl.create_default_context(
        cafile=str(settings.kafka_ssl_cafile) if settings.kafka_ssl_cafile else None
    )
    ctx.check_hostname = settings.kafka_ssl_check_hostname
    if settings.kafka_ssl_certfile:
        ctx.load_cert_chain(
            str(settings.kafka_ssl_certfile),
            str(settings.kafka_ssl_keyfile) if settings.kafka_ssl_keyfile else None,
        )
    return ctx


def _sasl(settings: Settings) -> tuple[str, str]:
    if not settings.kafka_sasl_username or settings.kafka_sasl_password is None:
        raise ValueError(
            f"{settings.kafka_security_protocol} needs SITREP_KAFKA_SASL_USERNAME and "
            "SITREP_KAFKA_SASL_PASSWORD"
        )
    return settings.kafka_sasl_username, settings.kafka_sasl_password.get_secret_value()


def faust_credentials(settings: Settings) -> Credentials | None:
    """`broker_credentials` for the Faust app; None for PLAINTEXT."""
    protocol = settings.kafka_security_protocol
    if protocol == "PLAINTEXT":
        return None
    if protocol == "SSL":
        return faust.SSLCredentials(ssl_context(settings))
    username, password = _sasl(settings)
    return faust.SASLCredentials(
        username=username,
        password=password,
        mechanism=settings.kafka_sasl_mechanism,
        ssl_context=ssl_context(settings) if protocol == "SASL_SSL" else None,
    )


def client_options(settings: Settings | None = None) -> dict[str, Any]:
    """Keyword arguments for kafka-python's KafkaProducer/KafkaConsumer/KafkaAdminClient."""
    s = settings or get_settings()
    protocol = s.kafka_security_protocol
    if protocol == "PLAINTEXT":
        return {}
    opts: dict[str, Any] = {"security_protocol": protocol}
    if protocol in ("SSL", "SASL_SSL"):
        opts["ssl_context"] = ssl_context(s)
    if protocol in ("SASL_PLAINTEXT", "SASL_SSL"):
        username, password = _sasl(s)
        opts.update(
            sasl_mechanism=s.kafka_sasl_mechanism,
            sasl_plain_username=username,
            sasl_plain_password=password,
        )
    return opts
