"""Token families and chat shapes found missing or over-reported by the third held-out set.

Each case is a fresh instance of a family (other values, other wording than the rows of
``tests/data/sensitivity/heldout3.jsonl``), so these tests pin the general rule, not the row.
"""

from __future__ import annotations

import pytest

from bot.routing.sensitivity import SensitivityDetector

DETECTOR = SensitivityDetector(company_domains=["acme.io"])


def _show(text: str) -> list[tuple[str, str]]:
    return [(f.label, text[f.start : f.end]) for f in DETECTOR.scan(text).findings]


# Values that name or describe a secret kept elsewhere, or prove a signature: not secrets.
REFERENCES = [
    # YAML tags resolved elsewhere (CloudFormation intrinsics, Home Assistant, Ansible Vault)
    "MasterUserPassword: !Ref DatabasePasswordParam",
    "  ApiToken: !GetAtt TokenSecret.SecretString",
    "http:\n  api_password: !secret http_api_password",
    "db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6638643965323362",
    # Helm's ``*PasswordKey``: which key of an existing Secret holds the password
    "auth:\n  existingSecret: pg-auth\n  secretKeys:\n    userPasswordKey: user-password",
    "passwordKey: redis-password",
    # webhook / request signatures: one payload's HMAC, not a credential
    "X-Hub-Signature-256: sha256=" + "3b" * 32,
    "X-Slack-Signature: v0=" + "a1f0" * 16,
    "Stripe-Signature: t=1699999999,v1=" + "5d" * 32 + ",v0=" + "e4" * 32,
    # the same HMACs in base64 (Twilio's HMAC-SHA1, Shopify's HMAC-SHA256); until heldout6
    # (2026-11-27) a base64 one was still reported, a hex one not
    "X-Twilio-Signature: AoPxzxOHyQiJLCK9pstLH8xGwQU=",
    "X-Shopify-Hmac-Sha256: gNwU/88KieibAG2iNrcQRMRvS9/CUk8Z3noHioRtXpU=",
    "X-Signature: Zk3pQ9xW7vN2mR5tL8yB4cH6jF1dS0aE3gU7iO9kM2n=",
    "Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20240101/eu-west-1/s3/"
    "aws4_request, SignedHeaders=host;x-amz-date, Signature=" + "0c" * 32,
    # ARNs are resource names, whatever words they contain
    "grant GetSecretValue on"
    " arn:aws:secretsmanager:us-east-2:111122223333:secret:ci/npm-token-Qx9Zp1",
    "the role arn:aws:iam::111122223333:role/password-rotation-Lambda7Hx2 fails",
    # SSH public keys and certificates are public, even right after "password:"
    "why does it still ask for my password:\n"
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7x9kq2 me@laptop",
]


@pytest.mark.parametrize("text", REFERENCES)
def test_references_signatures_and_public_material_are_not_secrets(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)


# The same shapes with a real value are still reported.
STILL_SECRET = [
    "MasterUserPassword: Hq7!xv2Lm9Pz",
    "userPasswordKey: Kp8$wq2Lx7",
    "sig=Zk3pQ9xW7vN2mR5tL8yB4cH6jF1dS0aE3gU7iO9kM2n%3D in the SAS URL",
]


@pytest.mark.parametrize("text", STILL_SECRET)
def test_real_values_in_the_same_shapes_are_still_secrets(text: str) -> None:
    assert DETECTOR.scan(text).sensitive


# Random-looking strings that are named as ids, files, hosts, public keys, digests or
# ciphertext by what surrounds them.
NAMED_RANDOM = [
    "ssh: host key changed, fingerprint SHA256:q3Lx0bVt7PzR1mWc8Yk2NsD4fHj6Ga9Ue5Io3Ty7Kw0",
    "golang.org/x/net v0.25.0 h1:d/OCCoBEUq33pjydKrGQhw7IlUPI2Oylr+8qLx49kac= in go.sum",
    '{"buildId": "Qm3xZ8rT2vLp9Ks4Wd7Yh", "page": "/"}',
    "the documentId is 1x9Qm3ZrT2vLp8Ks4Wd7YhFj6Bn0Cc5Ee2Gg the API can't find",
    "row with payment_id=Qm3xZ8rT2vLp9Ks4Wd7YhB2n is duplicated",
    "webpack emitted dist/static/main-Qm3xZ8rT2v.js and dist/static/vendor-Lp9Ks4Wd7Y.css",
    "OAuth client 90412-q8zt2lmx9vkp4rwn7syc1hbj3k5d.apps.googleusercontent.com, origin mismatch",
    "[Peer]\nPublicKey = Wd7YhQm3xZ8rT2vLp9Ks4Bn0Cc5Ee2Gg6Fj1Hk3Ll8=",
    "the peer's public key is Wd7YhQm3xZ8rT2vLp9Ks4Bn0Cc5Ee2Gg6Fj1Hk3Ll8= on wg0",
    "sops: api_key: ENC[AES256_GCM,data:Qm3xZ8rT2vLp9Ks4Wd7Yh==,iv:Bn0Cc5Ee2Gg6Fj1Hk3Ll8Mm4=,"
    "tag:Xx1Yy2Zz3Ww4Vv5Uu6Tt7A==,type:str] won't decrypt",
    "spring: password: ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm) and jasypt says bad padding",
]


@pytest.mark.parametrize("text", NAMED_RANDOM)
def test_named_random_strings_are_not_secrets(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)


RANDOM_SECRETS = [
    "session_id=Qm3xZ8rT2vLp9Ks4Wd7YhB2nF6 in the cookie jar",
    "[Interface]\nPrivateKey = Wd7YhQm3xZ8rT2vLp9Ks4Bn0Cc5Ee2Gg6Fj1Hk3Ll8=",
    "the key is Qm3xZ8rT2vLp9Ks4Wd7YhB2nF6. Then it fails",
]


@pytest.mark.parametrize("text", RANDOM_SECRETS)
def test_random_secrets_next_to_those_shapes_are_still_reported(text: str) -> None:
    assert DETECTOR.scan(text).sensitive


# Credentials in code and commands that have no ``name = value`` shape.
CODE_AND_COMMANDS = [
    # kubeadm bootstrap tokens look like a dotted attribute chain
    "users:\n- name: node\n  user:\n    token: 7fk2q9.x1b8m3k0p2z7w4qa",
    # Go MySQL DSN, no scheme
    'dsn := "reporter:Qv7!pz2Lkm@tcp(db.internal:3306)/sales?tls=true"',
    "root:Lm9x2Qz7Kp@unix(/var/run/mysqld/mysqld.sock)/app",
    # defaults of declarations named like secrets
    'variable "api_token" {\n  type    = string\n  default = "q8Zt2LmX9vKp4RwN7sYc1HbJ"\n}',
    'parser.add_argument("--db-password", default="Tm8#kq2Lpz")',
    '{"admin_password": {"type": "string", "default": "Wx4!pq8Lzm"}}',
    # basic-auth tuples and helpers
    'httpx.get(url, auth=("ci-bot", "Zq8!kd92Lm"))',
    'req.SetBasicAuth(user, "Zq8!kd92Lm")',
    # API keys in query strings under non-keyword names
    "GET https://api.example-weather.com/v1/now?city=Oslo&appid=3f9a1c2e7b4d8e6f0a1b2c3d4e5f6071",
    "https://tiles.example-maps.com/v4/{z}/{x}/{y}.png?key=q8Zt2LmX9vKp4RwN7sYc",
    # Windows and Samba command lines
    r"net use Y: \\nas01\backup Zq8!kd92Lm /user:CORP\backup",
    r"psexec \\srv01 -u CORP\admin -p Zq8!kd92Lm ipconfig",
    "smbclient //fs01/finance -U alice%Zq8!kd92Lm -c ls",
]


@pytest.mark.parametrize("text", CODE_AND_COMMANDS)
def test_credentials_in_code_and_commands_are_reported(text: str) -> None:
    assert DETECTOR.scan(text).sensitive


NOT_CREDENTIALS_IN_CODE = [
    "token = module.eks.cluster_token",
    "password: spring.datasource.hikari.password",
    'dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, db)',
    'sql.Open("mysql", "user:password@tcp(localhost:3306)/dbname")',
    'variable "db_password" {\n  type      = string\n  sensitive = true\n}',
    'variable "db_password" {\n  default = var.fallback\n}',
    'parser.add_argument("--token", default=None)',
    'parser.add_argument("--max-tokens", default="4096")',
    'parser.add_argument("--secret-name", default="prod-db-creds")',
    'parser.add_argument("--token-file", default="/run/secrets/token")',
    "requests.get(url, auth=(user, password))",
    "HTTPBasicAuth('admin', 'admin')",
    "https://www.googleapis.com/youtube/v3/videos?id=abc&key=${YT_KEY}",
    "GET /cache?key=user_session_cache",
    r"net use Z: \\fs01\share /persistent:yes",
    "net use * /delete /y",
    "we stopped using net use in our logon scripts",
    "smbclient //fs01/share -U alice",
]


@pytest.mark.parametrize("text", NOT_CREDENTIALS_IN_CODE)
def test_references_and_defaults_without_a_secret_are_not_reported(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)


# Passwords told in a sentence.
PROSE = [
    "reset the password of svc-backup-01 to Hq7!xv2Lm9 and tell them",
    "I changed the truststore password to Vb3#pl9Qw yesterday",
    "the passphrase is violet-harbor-2291, gpg keeps asking anyway",
    "the app password is abcd efgh ijkl mnop",
    "spring.mail.password: wxyz qrst uvab cdef",
    "keys/signing.key contains 9f8e7d6c5b4a39281706f5e4d3c2b1a0",
    "login for the test box: tester / Zq8!kd92Lm",
    "the staging creds are deploy / Zq8!kd92Lm, please rotate",
    "o senha do banco é Zq8!kd92Lm",
    "het wachtwoord is Zq8!kd92Lm",
    "le mot de passe est Zq8!kd92Lm",
    "das Kennwort lautet Zq8!kd92Lm",
    "la contraseña del FTP es Zq8!kd92Lm",
]


@pytest.mark.parametrize("text", PROSE)
def test_passwords_told_in_prose_are_reported(text: str) -> None:
    assert DETECTOR.scan(text).sensitive


NOT_PROSE_SECRETS = [
    "Reset the password of svc-backup-01 please",
    "the password to login is in 1Password",
    "set the password as required in the signup form",
    "pass the token to s3Client2024 then call upload",
    "the API key contains 40 characters",
    "the token contains 3 parts: header.payload.signature",
    "the passphrase is stored in 1password",
    "change the password to something stronger",
    "our login flow on web / mobile-v2 is broken",
    "login p50 / p99 went from 120ms / 1400ms",
    "username / password auth is deprecated, use SSO",
    "credentials: read / write access for team-a / team-b2",
    "Account: acme-prod / eu-west-1",
    "the mot de passe field is required",
    "das Passwort ist abgelaufen, wie setze ich es zurück?",
    "la contraseña es incorrecta según el log",
    "app.secret_key is set in config.py",
]


@pytest.mark.parametrize("text", NOT_PROSE_SECRETS)
def test_prose_about_passwords_without_one_is_not_reported(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)


@pytest.mark.parametrize(
    "text",
    [
        'the ETag is "Qm3xZ8rT2vLp9Ks4Wd7YhB2nF6" for the multipart upload',
        'JWT header {"alg":"RS256","kid":"Qm3xZ8rT2vLp9Ks4Wd7Yh"}, which JWK?',
        "the commit was Qm3xZ8rT2vLp9Ks4Wd7YhB2nF6 on the fork",
    ],
)
def test_id_words_followed_by_is_name_ids(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)


def test_an_id_word_does_not_hide_a_secret_word() -> None:
    assert DETECTOR.scan("the request token is Qm3xZ8rT2vLp9Ks4Wd7YhB2nF6").sensitive


def test_a_token_redacted_inside_a_url_is_not_reported_again() -> None:
    text = "git remote is https://ghp_" + "q8Zt2LmX9vKp4RwN7sYc1HbJ3k5dQ2xW9mLp" + "@github.com/a/b"
    redacted = DETECTOR.redact(text)
    assert "[REDACTED:secret.github_token]@github.com" in redacted
    assert not DETECTOR.scan(redacted).sensitive, _show(redacted)
