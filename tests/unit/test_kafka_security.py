"""One set of SITREP_KAFKA_* settings configures TLS/SASL for Faust and for kafka-python."""

import ssl
from pathlib import Path

import faust
import pytest

from streams.config import Settings
from streams.kafka_security import client_options, faust_credentials
from tests.tls_proxy import make_test_ca


def test_plaintext_adds_nothing() -> None:
    s = Settings()
    assert client_options(s) == {}
    assert faust_credentials(s) is None


def test_ssl_trusts_the_configured_ca(tmp_path: Path) -> None:
    ca = make_test_ca(tmp_path)
    s = Settings(kafka_security_protocol="SSL", kafka_ssl_cafile=ca.ca)
    opts = client_options(s)
    assert opts["security_protocol"] == "SSL"
    ctx = opts["ssl_context"]
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    assert any("sitrep test CA" in str(c["subject"]) for c in ctx.get_ca_certs())
    creds = faust_credentials(s)
    assert isinstance(creds, faust.SSLCredentials)


def test_sasl_ssl_passes_mechanism_and_user_through(tmp_path: Path) -> None:
    ca = make_test_ca(tmp_path)
    s = Settings(
        kafka_security_protocol="SASL_SSL",
        kafka_ssl_cafile=ca.ca,
        kafka_sasl_mechanism="SCRAM-SHA-512",
        kafka_sasl_username="sitrep",
        kafka_sasl_password="s3cret",  # type: ignore[arg-type]
    )
    opts = client_options(s)
    assert opts["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (opts["sasl_plain_username"], opts["sasl_plain_password"]) == ("sitrep", "s3cret")
    creds = faust_credentials(s)
    assert isinstance(creds, faust.SASLCredentials)
    assert creds.username == "sitrep" and creds.ssl_context is not None
    assert str(creds.mechanism.value) == "SCRAM-SHA-512"
    assert "s3cret" not in repr(s)  # the password never reaches logs


def test_sasl_without_credentials_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="SITREP_KAFKA_SASL_USERNAME"):
        client_options(Settings(kafka_security_protocol="SASL_PLAINTEXT"))


def test_security_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    monkeypatch.setenv("SITREP_KAFKA_SASL_USERNAME", "u")
    monkeypatch.setenv("SITREP_KAFKA_SASL_PASSWORD", "p")
    opts = client_options(Settings())
    assert opts["security_protocol"] == "SASL_PLAINTEXT" and "ssl_context" not in opts
