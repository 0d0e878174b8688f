"""Rules added after the ninth blind round's ``heldout34`` (credentials inside encodings and
configuration formats, and the same formats done safely).

Each case is a fresh instance of the class of message a blind row belonged to (other
values, other wording, other formats), so these tests pin the general rule, not the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import DETECTOR
from tests.unit.routing.sensitivity_rounds import show as _show

SENSITIVE = [
    # a URL-encoded session cookie: found, and redacted whole (below)
    (
        'from the HAR: "cookies": [{"name": "_shop_sess", "value": "Qm9Xk2LpT8vR4nZs1YwE6cHa3Jf'
        'U7gDi%2FoKb5tMqNx9PrWy2Ve%2BLh8sAj4uCz1Fd--Gk3Bn%2F7aQwE2rT--Zx9Vb%2B%3D%3D"}] why 500?',
        "secret.high_entropy",
    ),
    # a key cut short with an ellipsis still holds most of the key
    (
        "in our .env.example someone left OPENAI_API_KEY=sk-proj-4fKq9Lm2Xz7Wv1Rt... oops",
        "secret.password_assignment",
    ),
    ("my .env: DB_PASSWORD=Xk3mq9Lz... then the rest", "secret.password_assignment"),
    # base64 of a document holding a secret under its own key name: a .dockerconfigjson,
    # a whole .env in one CI variable, pretty-printed credentials JSON piped to base64
    (
        "regcred in the build namespace:\n```\ndata:\n  .dockerconfigjson: eyJhdXRocyI6eyJnaGNy"
        "LmlvIjp7InVzZXJuYW1lIjoiZGVwbG95LWJvdCIsInBhc3N3b3JkIjoiV3E3TG0yVng5UnQ0S3A4WnMzTmQifX19"
        "\n```\nstill 401",
        "secret.password_assignment",
    ),
    (
        "the pipeline stores the env as one var:\nAPP_ENV_B64=TE9HX0xFVkVMPWluZm8KU0VOVFJZX0RTTj0K"
        "SU5URVJOQUxfQVBJX1RPS0VOPUhjNFRxOUx3Mlp4N012NVJrOEJuM1BkNgo=\nwhy does decode fail?",
        "secret.password_assignment",
    ),
    (
        "the login step echoed this: ewogICJjbGllbnRfaWQiOiAicmVwb3J0aW5nIiwKICAiY2xpZW50X3NlY3Jl"
        "dCI6ICJZOHF+RnYyTG0uS3g5UnQ0V3o3TnAzQnM2Igp9",
        "secret.password_assignment",
    ),
    # Terraform state: a random_password's result, a sensitive output's value
    (
        "`terraform state pull | jq '.resources[] | select(.type==\"random_password\")'` "
        'prints\n```\n{\n  "mode": "managed",\n  "type": "random_password",\n  "name": "api_db",'
        '\n  "instances": [{"attributes": {"length": 20, "special": true, '
        '"result": "w7#Qp2)vLx9&Tz4!Rm8k", "min_upper": 2}}]\n}\n```\nwhy is it in the state?',
        "secret.password_assignment",
    ),
    (
        'old state dump:\n```\nresource "random_password" "grafana_admin" {\n    id     = "none"'
        '\n    length = 18\n    result = "Hq4]mZ8s*Lw2Vb7@Tn"\n}\n```',
        "secret.password_assignment",
    ),
    (
        'terraform output -json in the pipeline log:\n{"admin_pass": {"value": '
        '"harbor-violet-42-maple", "type": "string", "sensitive": true}, "url": {"value": '
        '"https://grafana.acme.io", "type": "string", "sensitive": false}}',
        "secret.password_assignment",
    ),
    # Oracle's user/password@ in a JDBC URL or a python-oracledb DSN
    (
        "flyway.url=jdbc:oracle:thin:BILLING_APP/Kx7#pLm2Qz@db-ora02.acme.local:1521:ORCL "
        "gives ORA-01017",
        "secret.password_assignment",
    ),
    (
        'python: `oracledb.connect(dsn="reporter/Tq9vLm2xWs@ora-rep.acme.local:1521/REPPDB")`'
        " hangs",
        "secret.password_assignment",
    ),
    # a key that differs from a published one by a character is somebody's key
    (
        "prod: AccountName=acmeprodlogs;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzF"
        "T50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGX==;EndpointSuffix=core.windo"
        "ws.net",
        "secret.azure_key",
    ),
    (
        "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZTE=  (I changed the RFC one a bit)",
        "secret.auth_header",
    ),
    # systemd's SetCredential= holds the value itself; an attribute of a password element
    (
        "drop-in:\n```\n[Service]\nSetCredential=dbpass:Vq8$wonder7Lm2\n"
        "ExecStart=/opt/app --db-pass-file=%d/dbpass\n```",
        "secret.password_assignment",
    ),
    (
        'old config: `<password value="Tr4il#mix9Q"/>` in the datasource element, why is it'
        " ignored?",
        "secret.password_assignment",
    ),
    # next to ciphertext, the key that opens it and a credential set in clear are secrets
    (
        "sops keys.txt from the old laptop:\n```\n# created: 2024-04-02T10:11:12Z\n# pu"
        "blic key: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\nAGE-"
        "SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGQ\n```",
        "secret.private_key",
    ),
    (
        "```ini\n[Service]\nSetCredential=api-token:N5S4zacc7/MtsOmT9dOnElub8k0BB7XBoQf/u01G\n```",
        "secret.password_assignment",
    ),
    # a private key printed after a digest or pubkey command ran, or by wg genkey
    (
        "```\n$ wg genkey > office.key && wg pubkey < office.key > office.pub && cat of"
        "fice.key\nye/XFOVo72hHSLNzf9PbOiK28qlt1xr76DZbF9cgnH8=\n```\nis the file right"
        "?",
        "secret.high_entropy",
    ),
    (
        "new tunnel key: `wg genkey` gives `eJmGJZlo0hRA3FBtwpBoGIBVqwdPHRZh0RfL+dB0zUY=`",
        "secret.high_entropy",
    ),
    # base64 of documents with no JSON shape: an .npmrc line, YAML
    (
        "NPM_RC_B64 in the CI settings is Ly9yZWdpc3RyeS5ucG1qcy5vcmcvOl9hdXRoVG9rZW49b"
        "nBtX2szTHE5WHdaMnZSOHRZNXVQMW1ON2JDNGRGNmdIMGpBMnNFOQo= and npm ci fails",
        "secret.npm_token",
    ),
    (
        "values.b64 from the old chart: ZGI6CiAgaG9zdDogcGcuaW50ZXJuYWwKICBwYXNzd29yZDo"
        "gUXg3IXZMbTIjUnQ5Cg==",
        "secret.password_assignment",
    ),
]

ORDINARY = [
    # what a digest or public-key command printed, on the next line or said right after it
    "webhook signature check, what I compute:\n```\n$ printf '%s' \"$BODY\" | openssl d"
    "gst -sha256 -binary | base64\nQ53DnmlBAyHTeWC9Vavxjm73dBUSe8rf0NaTwVFgOSU=\n```\na"
    "nd the header says something else",
    "`wg pubkey < /etc/wireguard/wg0.key` prints `iaXVyVhd4V5kB1GztMT3ZMCR/ji9om15jbWgv"
    "4OapWs=`, is that the one for the peer?",
    "```\n$ wg genkey | tee office.key | wg pubkey\n3uUokjE/DRiRwkNse5fOZN7E4uxJ5mzQ0dN"
    "sGoKg3IQ=\n```\nput that on the other side",
    # ciphertext for a recipient or a host (OpenPGP and age armor, systemd-creds), and the
    # host field of a hashed known_hosts line (an HMAC of the host name)
    "gpg -d fails with `No secret key`. the file:\n```\n-----BEGIN PGP MESSAGE-----\n\n"
    "h1uVB9c65gfhY1308hBs9E5XGJWC0icYRlicAMYnwIYWzQ9eQb2NtNYPzGPvKpbf\nok9KYVA2NHOJLZsh"
    "krdki2w8P6/QHJSrvxPPcUdqHZRI6egyyixnx8boV3Pd6BeF\nvdP6eWvddlwhcUYjOyhLTxHqTIQalYZM"
    "aO46aPHYT8OI6+W5wlr3vpzT3nQQErsM\nVmhSLMUvvWpXe12pRwDvtp2jQoOIyQ4pRR6AQ/kV26qMdcMk"
    "\n=QKWx\n-----END PGP MESSAGE-----\n```",
    "rage won't decrypt this backup header:\n```\n-----BEGIN AGE ENCRYPTED FILE-----\n5"
    "f/GJ3fuLvymXrzQYP3sJRx2U5gsyyFEvsBztNHbjbzU3PmakYv3dgVo0naffqFk\nKyUTZWbxhU7g+yrVh"
    "HR2N2nhlPSyT3GrRMCNnsAeqzwmuIGiTqscRwHhHsZzfH/a\niU0+iOuFWvcb71dX2ceoTMHi/eRarqIJ"
    "\n-----END AGE ENCRYPTED FILE-----\n```",
    "```ini\n[Service]\nSetCredentialEncrypted=api-token: Uk7wK2GBdgkCELwZk92ammXdGPHwk"
    "ULY/m/Xmwkqw3JkGKN2pPbb/U2/Lws9/euH2qywaFjGN1DQHMZ1YC/qObUyErOOrsk4Da/oB0PxWztRgk5"
    "e+drccMsqj9xNlXRE\n```\nsays `Failed to decrypt`",
    "known_hosts has\n`|1|l7bi5YG+nstQWnc8FA6x5Sc7W14=|es1rHK3tNY95K83PQKsiEN58KLU= ssh"
    "-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI3UWWVY7bniTsQGIfXnzTca9GgxfBH2bB`\nwhich host is"
    " it?",
    # systemd's LoadCredential= names a file; an XML password element's attribute names where
    # the password comes from (ClickHouse from_env / from_zk)
    "unit file:\n```\n[Service]\nLoadCredentialEncrypted=tls-key:/etc/credstore.encrypt"
    "ed/api-tls.key.cred\nLoadCredential=smtp:/run/secrets/smtp-password\nExecStart=/us"
    "r/bin/api --smtp-password-file=%d/smtp\n```\nworks as root only",
    'users.d/ro.xml:\n```xml\n<users><reporting><password from_env="CH_REPORTING_PASSW'
    'ORD"/><profile>readonly</profile></reporting></users>\n```\nlogin fails',
    '```xml\n<users><etl><password_sha256_hex from_zk="/clickhouse/etl_pw"/></etl></users>\n```',
    # published credentials: the storage and Cosmos DB emulators' keys, RFC 7617's examples
    "local dev uses the emulator: `AZURE_STORAGE=DefaultEndpointsProtocol=http;AccountN"
    "ame=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq"
    "2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstor"
    "eaccount1;` and blob upload hangs",
    "cosmos emulator in docker: AccountEndpoint=https://localhost:8081/;AccountKey=C2y6"
    "yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw"
    "==; cert error",
    "for the API docs: `curl -H 'Authorization: Basic dGVzdDoxMjPCow==' https://api.acm"
    "e.io/v1/ping` is that the RFC one?",
    # Oracle JDBC URLs with no password, or with references or the documentation's scott/tiger
    "datasource url: jdbc:oracle:thin:@//ora-erp01.acme.local:1521/orclpdb1, user from vault",
    'liquibase --url="jdbc:oracle:thin:${ORA_USER}/${ORA_PASSWORD}@//ora01:1521/svc" fails',
    "the docs sample `jdbc:oracle:thin:scott/tiger@localhost:1521:orcl` works locally",
    # Terraform's masks, a random_string suffix, an output declared sensitive with no value
    '`terraform show -json` for it:\n{"type": "random_password", "name": "db", "values": '
    '{"length": 24, "result": "(sensitive value)"}}',
    'suffix comes from\n{"type": "random_string", "name": "suffix", "instances": [{"attributes":'
    ' {"length": 6, "result": "x7k2qa", "special": false}}]}',
    'outputs:\n{"bucket": {"value": "acme-logs-prod", "type": "string", "sensitive": false}, '
    '"db_password": {"type": "string", "sensitive": true}}',
    # base64 of documents with no secret in them: settings, references and defaults only
    "configmap binaryData:\n  settings.json: eyJ0aGVtZSI6ICJkYXJrIiwgInJldHJpZXMiOiAzLCAicmVnaW"
    "9ucyI6IFsiZXUtd2VzdC0xIiwgInVzLWVhc3QtMiJdLCAiYnVpbGQiOiAiN2YzYTljMiJ9\nwhy gibberish?",
    "the CI var is\nAPP_ENV_B64=TE9HX0xFVkVMPWRlYnVnCkFQSV9UT0tFTj0ke0FQSV9UT0tFTn0KREJfUEFTU1dP"
    "UkQ9Y2hhbmdlbWUK\nit only has references, right?",
    "the CI var SETTINGS_B64 is dGhlbWU6IGRhcmsKcmV0cmllczogMwpyZWdpb246IGV1LXdlc3QtMQo"
    "= - why is it empty in the job?",
    # a key's vendor prefix and an ellipsis, a kubectl mask: the shape of a key, none of one
    'template for new devs:\nOPENAI_API_KEY=sk-proj-...\nSLACK_BOT_TOKEN="xoxb-\u2026"\n'
    "GITLAB_TOKEN=glpat-...\nis that enough of a hint?",
    "kubectl config view --minify:\nusers:\n- name: ci\n  user:\n"
    "    client-certificate-data: DATA+OMITTED\n    client-key-data: DATA+OMITTED\n",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_ninth_round_34_classes_are_found(text: str, label: str) -> None:
    assert label in DETECTOR.scan(text).labels, _show(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_ninth_round_34_look_alikes_are_ordinary(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_ninth_round_34_redaction_leaves_nothing(text: str, label: str) -> None:
    redacted = DETECTOR.redact(text)
    assert not DETECTOR.scan(redacted).sensitive, redacted
