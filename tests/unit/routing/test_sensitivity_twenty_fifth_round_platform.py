"""Round 25 (heldout68 3, 74, 96, 103, 108, 109, 114, 116, 130, 153): what platform
engineers paste that is public or dead (an ACME HTTP-01 token, an Elastic ``cloud_id``,
Google's reCAPTCHA test keys and RFC 7636's PKCE vector, a KMS ciphertext blob, a WireGuard
peer's public key, an expired one-time code, a Twilio account SID or an AWS key id read off
CloudTrail, each alone), and a random value a generator printed that is put to use as a
secret."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

# --- heldout68 96: a generator's output, then put to use as a secret ---------------------
GENERATED = [
    "$ openssl rand -hex 32\n743ed89b2248de312d918810b331b7b1656efab26905b8c1b7dcffd5def6e8a5\n\n"
    "I'll set that as JWT_SIGNING_SECRET for the prod auth service tonight. enough for HS256?",
    "generated the webhook secret:\n```\nopenssl rand -base64 24\n"
    "Jhde1cZfmBx42SGmZUFbX0XB/nbwEd7s\n```\nputting it in the stripe dashboard now",
    "`openssl rand -hex 16` gave me ba936b0f88450ffacd36ed6f6362af97, ok as the HMAC key?",
    "$ pwgen -s 24 1\nP2htSac5RPEk9ZpcRp4nUzGv\nthat's the new db password for staging",
]
GENERATOR_ORDINARY = [
    # no output, only the command asked about
    "what does `openssl rand -hex 32` make? is it good for the JWT_SECRET env var?",
    "rotate-secrets.sh uses `openssl rand -hex 16`; is hex fine for a webhook secret?",
    # output, but nothing puts it to use as a secret
    "$ openssl rand -hex 8\n9f3c2a7d41be0c55\nis that 64 bits or 32? confused by the hex",
    # a digest command's output next to a secret word: a digest, not a generator
    "$ sha256sum release.tar.gz\n"
    "743ed89b2248de312d918810b331b7b1656efab26905b8c1b7dcffd5def6e8a5  release.tar.gz\n"
    "does the signing step check this?",
]


@pytest.mark.parametrize("text", GENERATED)
def test_generated_secret(text: str) -> None:
    assert_sensitive(text, "secret.password_assignment")


@pytest.mark.parametrize("text", GENERATOR_ORDINARY)
def test_generator_without_a_secret(text: str) -> None:
    assert_ordinary(text)


# --- heldout68 3: an ACME HTTP-01 challenge token ----------------------------------------
ACME_ORDINARY = [
    "cert-manager order stuck, challenge says:\nWaiting for HTTP-01 challenge propagation: "
    "wrong status code '404', expected '200'\ntoken: P2htSac5RPEk-ZpcRp-nUzGv7Us0_TZPl2PsOsmXHbQ\n"
    "url: http://shop.acme.io/.well-known/acme-challenge/P2htSac5RPEk-ZpcRp-nUzGv7Us0_TZPl2PsOsmXHbQ"
    "\ndoes the redirect to https break it?",
    "kubectl describe challenge says Token: 4HDN-PtUnbEW0efISnnEoKzI_OEW72-1mPq4QKajJ0c for "
    "the http01 solver, but nginx returns 404 on /.well-known/acme-challenge/",
]
ACME_SENSITIVE = [
    # an account's EAB HMAC key in the same message
    "cert-manager http-01 issuer, eab hmac key: 4HDN-PtUnbEW0efISnnEoKzI_OEW72-1mPq4QKajJ0c "
    "key id kid-8812, is the solver config right?",
    # a token of something else, with no ACME challenge anywhere
    "api token: P2htSac5RPEk-ZpcRp-nUzGv7Us0_TZPl2PsOsmXHbQ for the deploy bot, 401s",
]


@pytest.mark.parametrize("text", ACME_ORDINARY)
def test_acme_http_challenge_token_is_public(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize("text", ACME_SENSITIVE)
def test_secrets_beside_acme_words(text: str) -> None:
    assert_sensitive(text, None)


# --- heldout68 74: an Elastic cloud_id ---------------------------------------------------
CLOUD_ID_ORDINARY = [
    "elasticsearch python client wants cloud_id, ours is acme-logs:" + "OrLu+cBpO9hdnQr1H9Lwu"
    "PkTgZZTzOJgXe4/T8CpJ3YD2Jipzl5+v0FsL9j+CVRkx4nkNatF9p/X1+tVFOXnApTTKY6xx7ao2SgR/T5fcvy"
    " - the api key comes from ES_API_KEY",
    "filebeat: cloud.id is staging-search:"
    "uSH4p0WDHWH4eFRqACM8Z4oLgtN0W0ih3m5ev10EUon5vwwiR0azSvQgmDQYTGyjShffRj3B6khpan9qLrto "
    "and it still can't connect",
]
CLOUD_ID_SENSITIVE = [
    "cloud_id is set, but cloud_auth elastic:on5vwwiR0azSvQgmDQYTGyjShffRj3B6khpan9qLrto is "
    "rejected",
    "cloud_id fine; the api key is uSH4p0WDHWH4eFRqACM8Z4oLgtN0W0ih3m5ev10EU9x",
]


@pytest.mark.parametrize("text", CLOUD_ID_ORDINARY)
def test_cloud_id_is_an_address(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize("text", CLOUD_ID_SENSITIVE)
def test_credentials_beside_a_cloud_id(text: str) -> None:
    assert_sensitive(text, None)


# --- heldout68 109, 116: published test keys and test vectors ----------------------------
PUBLISHED = [
    "staging signup uses google's reCAPTCHA test keys:\n"
    "RECAPTCHA_SITE_KEY=6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI\n"
    "RECAPTCHA_SECRET_KEY=6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe\n"
    "why does playwright still see it?",
    "recaptcha:\n  secret: '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe'  # google's always-pass key",
    "RFC 7636 appendix B: code_verifier dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk gives "
    "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM but my rust version differs",
]
NOT_PUBLISHED = [
    # the same slots with other values
    "RECAPTCHA_SECRET_KEY=6LdQ8xAcTAAAAPq2Rk9vWm3TnB7yZcX4uJ0hLsE1 for prod, checking it in",
    "code_verifier=P2htSac5RPEk-ZpcRp-nUzGv7Us0_TZPl2PsOsmXHbQ from our app's log, challenge "
    "mismatch",
]


@pytest.mark.parametrize("text", PUBLISHED)
def test_published_test_keys(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize("text", NOT_PUBLISHED)
def test_other_values_in_the_same_slots(text: str) -> None:
    assert_sensitive(text, None)


# --- heldout68 114: a KMS ciphertext blob ------------------------------------------------
_BLOB = (
    "AQICAHjK5A5FgYEPFbRjOnI8e07ZOGmX5DKURmBqBz1+vCqiKtVNubqM44DRDFvh3qTnEUMaYMXBAdGjhVyIr1v996u"
    "IXryQzORAN4xrYh5thDX80cHKQAoZzG/r38jsTCw3SgsECqoAWHPilKwowKZXdVrWYLiGtW3+m48exm5GdIFcGdoupsF"
    "YXluJ1/cV0A=="
)
KMS_ORDINARY = [
    "$ aws kms encrypt --key-id alias/app --plaintext fileb://cfg.json --query CiphertextBlob "
    f"--output text\n{_BLOB}\ncan I store this in ssm as a plain String?",
    f"lambda env DB_PASSWORD_ENC={_BLOB} is the KMS ciphertext, decrypt at cold start ok?",
]
KMS_SENSITIVE = [
    # the same base64 shape without KMS or ciphertext named: judged by entropy
    f"backup token {_BLOB.replace('AQICAH', 'QqICAH')} for the restore job",
    # a secret beside the blob
    f"kms encrypt gave {_BLOB} and the plaintext was DB_PASSWORD=h7Tq!x9vRm2#LpW4",
]


@pytest.mark.parametrize("text", KMS_ORDINARY)
def test_kms_ciphertext(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize("text", KMS_SENSITIVE)
def test_not_only_kms_ciphertext(text: str) -> None:
    assert_sensitive(text, None)


# --- heldout68 153: a WireGuard peer's public key ----------------------------------------
PEER_ORDINARY = [
    "wg show on the gateway:\n\npeer: uSH4p0WDHWH/4eFRqACM8Z4oLgtN0W/0ih3m5ev10EU=\n"
    "  endpoint: 81.2.69.160:51820\n  allowed ips: 10.44.0.23/32\ncan it reach 172.20.0.0/14?",
    "ran wg set wg0 peer on5vwwiR0azSvQgmDQYTGyjShffRj3B6khpan9qLrto= allowed-ips 10.0.0.9/32 "
    "and nothing changed",
]
PEER_SENSITIVE = [
    "[Interface]\nPrivateKey = uSH4p0WDHWH/4eFRqACM8Z4oLgtN0W/0ih3m5ev10EU=\n[Peer]\n"
    "PublicKey = on5vwwiR0azSvQgmDQYTGyjShffRj3B6khpan9qLrto=\nwhy no handshake?",
    "wg peer: on5vwwiR0azSvQgmDQYTGyjShffRj3B6khpan9qLrto= preshared key "
    "uSH4p0WDHWH/4eFRqACM8Z4oLgtN0W/0ih3m5ev10EU= still fails",
]


@pytest.mark.parametrize("text", PEER_ORDINARY)
def test_wireguard_peer_is_public(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize("text", PEER_SENSITIVE)
def test_wireguard_private_and_preshared_keys(text: str) -> None:
    assert_sensitive(text, None)


# --- heldout68 103: a one-time code that had already expired -----------------------------
DEAD_CODES = [
    "the okta verify code I got was 517204 but it had already expired by the time I typed it, "
    "and now it says too many attempts. how long is the lockout?",
    "my 2fa code was 638 119 but it was already expired when the page loaded; is the clock off?",
]
LIVE_CODES = [
    "I'm locked out, Okta sent me 334658 but it says expired when I paste it, can someone with "
    "admin enter it for me in the next minute?",
    "Okta asks me to 'enter code', the code in my app is 008 417 right now but it keeps saying "
    "expired.",
    "the okta code I got is 517204, it expires in 5 minutes",
]


@pytest.mark.parametrize("text", DEAD_CODES)
def test_expired_code(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize("text", LIVE_CODES)
def test_live_code(text: str) -> None:
    assert_sensitive(text, "secret.otp")


# --- heldout68 108: a Twilio account SID named earlier in its sentence -------------------
SID_ORDINARY = [
    "where in the console do I find the Account SID vs the API key SID? I have "
    "ACb4ccc6027b171315344e8a40322a2146 from the dashboard but the SDK wants an SK...",
    "the account SID shown on the dashboard (ACb4ccc6027b171315344e8a40322a2146) differs from "
    "the one in the invoice, which is right?",
]
SID_SENSITIVE = [
    # its auth token in the message
    "account SID and token: ACb4ccc6027b171315344e8a40322a2146 ba936b0f88450ffacd36ed6f6362af97",
    # a setting's value, and a key SID
    "account SID vs key: TWILIO_ACCOUNT_SID=ACb4ccc6027b171315344e8a40322a2146",
    "account sid is in vault; the api key sid ACb4ccc6027b171315344e8a40322a2146 is it?",
]


@pytest.mark.parametrize("text", SID_ORDINARY)
def test_account_sid_alone(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize("text", SID_SENSITIVE)
def test_account_sid_with_more(text: str) -> None:
    assert_sensitive(text, None)


# --- heldout68 130: an AWS key id read off CloudTrail ------------------------------------
KEY_ID_ORDINARY = [
    "cloudtrail shows a burst of ListBuckets from access key AKIA1BE44REK44LA09FI at 03:12 UTC."
    " how do I map a key id to the IAM user without the console?",
    'CloudTrail event: "userIdentity": {"type": "IAMUser", "accessKeyId": '
    '"AKIA1BE44REK44LA09FI"}, eventName DeleteObject. who is it?',
    "get-access-key-last-used for access key id AKIA1BE44REK44LA09FI says us-east-1 s3",
]
KEY_ID_SENSITIVE = [
    # its secret beside it
    "cloudtrail shows calls from access key AKIA1BE44REK44LA09FI; the secret was "
    "1dBKbrWRWEnpr+sSfLdE/6gTAmGJwbFO0kB+802W, rotate both?",
    # no log's field: "our key ... shows up in the CloudTrail"
    "Is it a problem that our key AKIA1BE44REK44LA09FI shows up in the CloudTrail of another "
    "account?",
    # no CloudTrail or usage metadata
    "Is the access key AKIA1BE44REK44LA09FI still active? it belongs to the old jenkins user",
]


@pytest.mark.parametrize("text", KEY_ID_ORDINARY)
def test_key_id_in_an_audit_log(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize("text", KEY_ID_SENSITIVE)
def test_key_id_elsewhere(text: str) -> None:
    assert_sensitive(text, "secret.aws_key")
