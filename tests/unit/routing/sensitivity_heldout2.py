"""Second held-out corpus, written after the first held-out evaluation and before any change
made because of it, so that the changes can be measured on data they were not made for.

Other languages and tools again: PowerShell, Java properties, GraphQL, Dockerfile ``ENV``,
CloudFormation, Vault/Heroku/Fly CLIs, German and Spanish support tickets.
Regenerate with ``python -m tests.unit.routing.sensitivity_heldout2``.
"""

# ruff: noqa: E501 -- each line is one literal chat message; wrapping them would hide the data.

from __future__ import annotations

import base64
import json
import random
from pathlib import Path

from tests.unit.routing import sensitivity_values as v

SEED = 77031
OUT = Path(__file__).resolve().parents[2] / "data" / "sensitivity" / "heldout2.jsonl"

Entry = tuple[str, list[str]]


def _ordinary(rng: random.Random) -> list[str]:
    n, ip, sha = rng.randint, v.ipv4(rng), v.git_sha(rng)
    return [
        f"PS C:\\> $env:AWS_PROFILE = 'staging'; Get-S3Object -BucketName acme-logs | Select -First {n(5, 50)}",
        "application.properties has `spring.datasource.password=${DB_PASSWORD}` and the app reads it fine locally",
        "GraphQL: `mutation { login(email: $email, password: $password) { token } }` returns null token, resolver bug?",
        "Dockerfile: `ENV NODE_ENV=production` then `ARG GITHUB_TOKEN` for the private npm registry — leak risk?",
        f"CloudFormation drift on `AWS::RDS::DBInstance` {v.pick(rng, v.ALNUM, 12)}: MasterUserPassword uses `{{{{resolve:secretsmanager:prod/db:SecretString:password}}}}`",
        "`vault kv get -field=password secret/payments/db` works for me but not for the CI role",
        "`heroku config:get DATABASE_URL -a acme-api` prints it, how do I avoid it showing in the terminal history?",
        f"`fly secrets set STRIPE_KEY=...` triggered a redeploy of {n(2, 9)} machines, expected?",
        f"Hallo zusammen, der Build {n(100, 999)} ist seit heute Morgen rot, Commit {sha[:8]} — kann jemand schauen?",
        f"¿Alguien sabe por qué el pod {v.pod_name(rng)} reinicia cada {n(2, 30)} minutos?",
        f"k6 run: http_req_duration p(95)={n(100, 900)}ms, {n(1000, 90000)} iterations, {n(1, 99)}% checks ok",
        "`openssl rand -base64 32` for the new signing key, stored in vault at secret/jwt/signing",
        "how do I make `git credential-manager` stop asking for my password on WSL?",
        f'nginx access log: {ip} - - [12/Mar/2024:10:{n(10, 59)}:00 +0000] "GET /api/v1/items?page={n(1, 99)} HTTP/1.1" 200 {n(100, 99999)}',
        f"ssh fingerprint SHA256:{v.random_bytes_b64(rng, 32).rstrip('=')} — is that the new bastion?",
        f'the JSON schema says `"password": {{"type": "string", "minLength": {n(8, 16)}}}`, validator ignores minLength',
        "who owns the `svc-reporting` service account? its token TTL is 24h and jobs run 30h",
        f"ticket from customer support: order {n(10**6, 10**7)} stuck in PENDING since {v.timestamp(rng)}",
        "`terraform output -raw db_password` prints it in CI logs, should outputs be sensitive = true?",
        f"prometheus rule `rate(auth_failures_total[5m]) > {n(1, 50)}` fired {n(2, 30)} times overnight",
        f'Java: `KeyStore.getInstance("PKCS12")` then `ks.load(in, password.toCharArray())` throws on JDK {n(11, 21)}',
        f"rollback: helm history api shows revision {n(10, 90)} deployed at {v.timestamp(rng)}, image tag {v.version(rng)}",
        "base64 `YWRtaW4=` is just 'admin' btw, not a secret, it's the username field in the Secret",
        f"AWS request id {v.uuid4(rng)} and extended request id {v.random_bytes_b64(rng, 48)} from the S3 403",
        f"Kafka topic payments.v{n(1, 5)} has {n(6, 64)} partitions, retention.ms={n(10**7, 10**9)}",
    ]


def _sensitive(rng: random.Random) -> list[Entry]:
    pw = v.password(rng)
    email, phone = v.email(rng), v.phone(rng)
    return [
        (f'PS C:\\> $env:OPENAI_API_KEY = "{v.openai_key(rng)}"', ["secret.openai_key"]),
        (
            f"application-prod.properties:\nspring.datasource.username=app\nspring.datasource.password={pw}",
            ["secret.password_assignment"],
        ),
        (
            f"Dockerfile has `ENV API_TOKEN={v.opaque_token(rng, 36)}` baked in, how bad is that?",
            ["secret.password_assignment"],
        ),
        (f"`fly secrets set STRIPE_KEY={v.stripe_key(rng)}` then deploy", ["secret.stripe_key"]),
        (
            f"`heroku config:set SENDGRID_API_KEY={v.sendgrid_key(rng)} -a acme-api`",
            ["secret.sendgrid_key"],
        ),
        (
            f"vault output:\n```\nKey         Value\n---         -----\npassword    {pw}\nusername    payments\n```",
            ["secret.password_assignment"],
        ),
        (
            f"Hallo, Kunde {email} bittet um Rückruf unter {phone}, Rechnung doppelt abgebucht",
            ["pii.email", "pii.phone"],
        ),
        (
            f"El cliente {v.email(rng)} dice que su tarjeta {v.card_number(rng)} fue rechazada",
            ["pii.email", "pii.card"],
        ),
        (f"refund IBAN from the ticket: {v.iban(rng)}", ["pii.iban"]),
        (
            f'GraphQL variables: {{"email": "{v.email(rng)}", "password": "{pw}"}}',
            ["pii.email", "secret.password_assignment"],
        ),
        (
            f"k8s secret decoded: `echo {base64.b64encode(pw.encode()).decode()} | base64 -d` gives the prod db password",
            ["secret.high_entropy"],
        ),
        (
            f"my github token {v.github_token(rng)} stopped working after SSO enforcement",
            ["secret.github_token"],
        ),
        (
            f"AWS keys for the sandbox: {v.aws_access_key_id(rng)} / {v.aws_secret_access_key(rng)}",
            ["secret.aws_key"],
        ),
        (f"Slack app token for socket mode: {v.slack_token(rng)}", ["secret.slack_token"]),
        (
            f"```\nPOST /oauth/token HTTP/1.1\nAuthorization: Basic {base64.b64encode(f'client-{v.digits(rng, 4)}:{v.opaque_token(rng, 24)}'.encode()).decode()}\n```",
            ["secret.auth_header"],
        ),
        (
            f"ssh key for the runner:\n{v.pem_private_key(rng, 'EC PRIVATE KEY')}",
            ["secret.private_key"],
        ),
        (
            f'`psql "postgresql://etl:{v.opaque_token(rng, 16)}@warehouse.internal:5432/dw"` hangs',
            ["secret.url_credentials"],
        ),
        (f"Customer phone for the callback: {v.phone(rng)} (ask for Anja)", ["pii.phone"]),
        (f"the webhook URL is {v.slack_webhook(rng)} if you want to test", ["secret.slack_token"]),
        (f"new hire list: {v.email(rng)}, {v.email(rng)} — please create accounts", ["pii.email"]),
        (
            f"`KeyStore` password is {pw} and the alias is prod-signing",
            ["secret.password_assignment"],
        ),
        (f"bearer token from the browser devtools: {v.jwt(rng)}", ["secret.jwt"]),
        (f"Anthropic key for the eval script: {v.anthropic_key(rng)}", ["secret.anthropic_key"]),
        (
            f"payment log: `card={v.card_number(rng, grouped=False)} status=declined code=05`",
            ["pii.card"],
        ),
        (
            f"DSN: mysql://root:{v.opaque_token(rng, 14)}@{v.ipv4(rng)}:3306/shop",
            ["secret.url_credentials"],
        ),
    ]


def build() -> list[dict[str, object]]:
    """Two instantiations of each template."""
    rng = random.Random(SEED)
    rows: list[dict[str, object]] = []
    for _ in range(2):
        rows.extend({"text": t, "sensitive": False, "labels": []} for t in _ordinary(rng))
        rows.extend(
            {"text": t, "sensitive": True, "labels": labels} for t, labels in _sensitive(rng)
        )
    return rows


def main() -> None:
    """Write heldout2.jsonl."""
    with OUT.open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
