"""Held-out sensitivity corpus: written before the detector, never used for tuning.

Phrasing, file formats and the mix of secret kinds differ on purpose from the main corpus
(``sensitivity_corpus.py``): more vendors that the main corpus has few of, other national
phone and IBAN formats, other config languages (HCL, INI, .netrc, Helm flags, XML), and ordinary
messages from other tools (Rust, Go, Kafka, Ansible, Prometheus). The detector is judged on this
file only after tuning on the main corpus, so it measures generalisation, not memory.

Regenerate with ``python -m tests.unit.routing.sensitivity_heldout`` (seeded, reproducible).
"""

# ruff: noqa: E501 -- each line is one literal chat message; wrapping them would hide the data.

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable
from pathlib import Path

from tests.unit.routing import sensitivity_values as v

SEED = 1361613
OUT = Path(__file__).resolve().parents[2] / "data" / "sensitivity" / "heldout.jsonl"

Entry = tuple[str, list[str]]
Template = Callable[[random.Random], Entry]

HELDOUT_IBANS = {
    "BE": "n12",
    "AT": "n16",
    "PL": "n24",
    "SE": "n20",
    "NO": "n11",
    "IE": "a4n14",
    "CH": "n5c12",
}


def _iban(rng: random.Random) -> str:
    country = rng.choice(sorted(HELDOUT_IBANS))
    spec = HELDOUT_IBANS[country]
    bban = ""
    for kind, count in (
        (spec[i], int(spec[i + 1 : i + 3].rstrip("acn")))
        for i in range(len(spec))
        if spec[i] in "acn"
    ):
        alphabet = {
            "a": string.ascii_uppercase,
            "n": string.digits,
            "c": string.ascii_uppercase + string.digits,
        }[kind]
        bban += v.pick(rng, alphabet, count)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return (
        " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if rng.random() < 0.5 else value
    )


def _phone(rng: random.Random) -> str:
    def d(n: int) -> str:
        return v.digits(rng, n)

    return rng.choice(
        [
            f"+55 11 9{d(4)}-{d(4)}",
            f"+81 3-{d(4)}-{d(4)}",
            f"+61 4{d(2)} {d(3)} {d(3)}",
            f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",
            f"06-{d(8)}",
            f"+1-{rng.randint(201, 989)}-{rng.randint(200, 999)}-{d(4)}",
            f"+353 87 {d(3)} {d(4)}",
            f"0{rng.randint(20, 99)} {d(4)} {d(4)}",
        ]
    )


def _azure_conn(rng: random.Random) -> str:
    key = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(64))).decode()
    return f"DefaultEndpointsProtocol=https;AccountName=acmelogs{v.digits(rng, 2)};AccountKey={key};EndpointSuffix=core.windows.net"


def _pypi(rng: random.Random) -> str:
    return "pypi-AgEIcHlwaS5vcmc" + v.pick(rng, v.B64URL, 120)


def _pgp_private(rng: random.Random) -> str:
    body = v.random_bytes_b64(rng, 150)
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "\n".join(
        ["-----BEGIN PGP PRIVATE KEY BLOCK-----", "", *lines, "-----END PGP PRIVATE KEY BLOCK-----"]
    )


def _cert(rng: random.Random) -> str:
    body = v.random_bytes_b64(rng, 300)
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "\n".join(["-----BEGIN CERTIFICATE-----", *lines, "-----END CERTIFICATE-----"])


# ---------------------------------------------------------------- ordinary


def _ordinary(rng: random.Random) -> list[str]:
    _, short = v.git_sha(rng), v.git_sha(rng, short=True)
    uid, dig, ver, ip = v.uuid4(rng), v.sha256_digest(rng), v.version(rng), v.ipv4(rng)
    ts, pod, rid = v.timestamp(rng), v.pod_name(rng), v.request_id(rng)
    n = rng.randint
    return [
        f"error[E0502]: cannot borrow `self.buf` as mutable because it is also borrowed as immutable\n  --> src/codec.rs:{n(10, 400)}:{n(1, 60)}\nany idea how to restructure this?",
        f"goroutine {n(1, 900)} [running]:\nmain.(*Server).handle(0xc000{v.pick(rng, v.LOWER_HEX, 6)}, {{0x{v.pick(rng, v.LOWER_HEX, 7)}, 0xc000{v.pick(rng, v.LOWER_HEX, 6)}}})\n\t/app/server.go:{n(20, 300)} +0x{v.pick(rng, v.LOWER_HEX, 3)}\npanic: runtime error: invalid memory address or nil pointer dereference",
        f'why does package-lock have `"integrity": "sha512-{v.random_bytes_b64(rng, 64)}"` changing on every install?',
        "ansible task fails with `'vault_db_password' is undefined` even though group_vars/prod/vault.yml exists. do I need --ask-vault-pass?",
        f"nginx: `proxy_pass http://{ip}:{n(3000, 9000)};` and `ssl_certificate /etc/nginx/tls/fullchain.pem;` — still getting 502 after reload",
        f'can someone sanity check this PromQL: `sum(rate(http_requests_total{{status=~"5.."}}[5m])) / sum(rate(http_requests_total[5m])) > 0.0{n(1, 9)}`',
        f"consumer group billing lag: partition {n(0, 11)} current-offset {n(10**9, 10**10)} log-end-offset {n(10**10, 10**11)} lag {n(1000, 99999)}",
        f"redis INFO says used_memory:{n(10**8, 10**10)} used_memory_peak:{n(10**9, 10**10)} maxmemory:{n(10**9, 10**10)}, is eviction kicking in?",
        f"the deploy role is arn:aws:iam::{v.digits(rng, 12)}:role/github-deploy but assume-role fails with AccessDenied",
        f"what's the easiest way to copy s3://acme-artifacts/builds/{short}/app.tar.gz to the other account?",
        "TIL `echo aGVsbG8gd29ybGQ= | base64 -d` prints hello world, and `Zm9vYmFy` is foobar",
        f"terraform plan wants to replace i-0{v.pick(rng, v.LOWER_HEX, 16)} because sg-0{v.pick(rng, v.LOWER_HEX, 8)} changed, is that expected?",
        "helm values: `auth.existingSecret: db-credentials` and `auth.secretKeys.userPasswordKey: password` — chart still generates a random one, why?",
        "our workflow uses `NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}` but publish says 401 Unauthorized",
        f"docker inspect shows Id {v.pick(rng, v.LOWER_HEX, 64)} and RepoDigests registry.acme.io/api@{dig}",
        f"java.lang.IllegalStateException: pool exhausted\n\tat com.acme.db.Pool.acquire(Pool.java:{n(50, 400)})\n\tat com.acme.api.OrderService.create(OrderService.java:{n(50, 400)})",
        f'File "/srv/app/billing/tasks.py", line {n(10, 900)}, in charge\n    raise RetryError(f"attempt {{n}}")\nbilling.errors.RetryError: attempt {n(2, 9)}',
        f"EXPLAIN ANALYZE: Seq Scan on orders (cost=0.00..{n(1000, 99999)}.00 rows={n(10000, 999999)}) (actual time=0.0{n(10, 99)}..{n(100, 9999)}.{n(100, 999)} rows={n(10000, 999999)} loops=1)",
        "what's the practical difference between an access token and a refresh token in our OAuth setup?",
        "Vault returns permission denied reading secret/data/payments/stripe — which policy grants that path?",
        "our password policy wants 14 characters minimum, is that configurable per realm in Keycloak?",
        f"p95 went from {n(100, 300)} ms to {n(1000, 5000)} ms between 14:05 and 14:20 UTC, see PR #{n(10000, 60000)} and PAY-{n(100, 9999)}",
        f"build 2024.{n(1, 12):02d}.{n(1, 28):02d}.{n(1, 9)} failed with error code 0x8007{v.pick(rng, v.LOWER_HEX, 4)} on the windows runner",
        f"the heap dump is {n(10**9, 4 * 10**9)} bytes, inode {n(10**6, 10**8)} on /dev/nvme0n1p1",
        f"cron `0 */6 * * *` ran at epoch {n(1_700_000_000, 1_760_000_000)} but the job logged {ts}",
        f"Author: Priya Raman <priya.raman@acme.io>\nDate:   Tue Mar 12 10:{n(10, 59)}:00 2024 +0100\n\n    fix retry jitter\n\n    Co-authored-by: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>",
        f"`ssh deploy@{ip}` hangs but `git clone git@github.com:acme/payments.git` works from the same box",
        "docker run -e POSTGRES_PASSWORD=$POSTGRES_PASSWORD -p 5432:5432 postgres:16 — is passing it like this ok for local dev?",
        f'{{"level":"warn","ts":"{ts}","trace_id":"{v.pick(rng, v.LOWER_HEX, 32)}","span_id":"{v.pick(rng, v.LOWER_HEX, 16)}","msg":"slow query","ms":{n(500, 9000)}}}',
        "`kubectl get secret db-creds -o jsonpath='{.data.password}' | base64 -d` returns nothing, is the key name different?",
        "in .env.example we have `STRIPE_SECRET_KEY=sk_test_xxx` and `OPENAI_API_KEY=<your key here>`, should those be in the README instead?",
        f"added my key: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{v.pick(rng, v.B64, 43)} priya@laptop` to the bastion, still denied",
        f"cert from the load balancer, why does openssl say unable to get local issuer?\n```\n{_cert(rng)}\n```",
        f"go.mod has github.com/aws/aws-sdk-go-v2 v1.{n(10, 30)}.{n(0, 9)} and golang.org/x/net v0.0.0-2024{n(10, 12)}{n(10, 28)}{v.digits(rng, 6)}-{v.pick(rng, v.LOWER_HEX, 12)}",
        f"requirements.txt pins `requests==2.31.0 --hash=sha256:{v.pick(rng, v.LOWER_HEX, 64)}`, pip refuses the wheel",
        "the aws docs example uses AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY — is that why the sdk test passes offline?",
        f"node {pod} has IPv6 2001:db8::{n(1, 999)} and MAC 00:1A:2B:{n(10, 99)}:4D:5E, ping works only on v4 {ip}",
        f"job took 00:0{n(1, 9)}:{n(10, 59)}.{n(100, 999)} vs 00:00:{n(10, 59)}.{n(100, 999)} yesterday, same commit {short}",
        'curl -H "Authorization: Bearer $TOKEN" https://api.acme.io/v2/ledger — returns 403 for me, works for Sam',
        "I rotated the Slack signing secret yesterday, do the pods need a restart to pick it up?",
        f"checksum: {v.pick(rng, v.LOWER_HEX, 64)} matches the release page, so the download is fine",
        r"installer writes HKEY_LOCAL_MACHINE\SOFTWARE\Acme\Agent\InstallKey, can we read it from group policy?",
        "ERROR 1452 (23000): Cannot add or update a child row: a foreign key constraint fails (`shop`.`order_items`)",
        "`ssh-keygen -t ed25519 -C priya.raman@acme.io` then add the .pub to GitHub, right?",
        f"design doc is at https://docs.google.com/document/d/1{v.pick(rng, v.B64URL, 43)}/edit — comments welcome",
        f"thread: https://acme.slack.com/archives/C0{v.pick(rng, v.UPPER_DIGITS, 8)}/p{n(1_700_000_000, 1_760_000_000)}{v.digits(rng, 6)}",
        f"grafana link https://grafana.acme.io/d/{v.pick(rng, v.ALNUM, 9)}/api?orgId=1&from={n(1_700_000_000_000, 1_760_000_000_000)}&to=now",
        f"request {rid} timed out after {n(5, 60)}s on {pod}, upstream {ip}:{n(1024, 65000)}",
        f"how do I pin the image to {dig} in the kustomization instead of :{ver}?",
        f"rollout of v{ver} stuck, ReplicaSet {pod.rsplit('-', 1)[0]} at {n(1, 5)}/{n(6, 10)} ready, object uid {uid}",
        "the key in the helm chart is `global.imagePullSecrets`, and the token field is just a reference, correct?",
        "why is `password_min_length = 12` ignored when the realm has `passwordPolicy: length(8)`?",
        "customer says the reset email never arrives; SES shows Delivery for ops-alerts@eu.acme.io though",
        f"line {n(100, 3000)} of main.tf: `token = var.cloudflare_api_token` — do I need sensitive = true on the variable?",
        f"the runner image {v.version(rng)} ships OpenSSL 3.0.{n(2, 14)}; `openssl s_client -connect {ip}:443` shows TLSv1.3",
    ]


# ---------------------------------------------------------------- sensitive


def _sensitive(rng: random.Random) -> list[Entry]:
    pw = v.password(rng)
    email = v.email(rng)
    return [
        (
            f"storage account for logs: `{_azure_conn(rng)}` can someone tell me why the SDK says AuthorizationFailure?",
            ["secret.azure_key"],
        ),
        (
            f"docker login -u ci-bot -p '{pw}' registry.acme.io keeps failing from the runner",
            ["secret.password_assignment"],
        ),
        (
            f"helm upgrade api ./chart --set postgresql.auth.password={pw} --set image.tag={v.version(rng)}",
            ["secret.password_assignment"],
        ),
        (
            f'docker run -e "API_TOKEN={v.opaque_token(rng)}" -p 8080:8080 acme/api:latest',
            ["secret.password_assignment"],
        ),
        (
            f"my ~/.netrc:\nmachine api.heroku.com\n  login {email}\n  password {v.uuid4(rng)}\nheroku CLI ignores it",
            ["secret.password_assignment", "pii.email"],
        ),
        (
            f"spring.datasource.url=jdbc:postgresql://db.internal:5432/app?user=app&password={pw}",
            ["secret.password_assignment"],
        ),
        (
            f"connecting with mongodb+srv://reporting:{pw.replace('@', '')}@cluster0.{v.pick(rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/analytics times out",
            ["secret.url_credentials"],
        ),
        (
            f"REDIS_URL is redis://:{v.opaque_token(rng, 24)}@cache.internal:6379/0 but the worker says NOAUTH",
            ["secret.url_credentials"],
        ),
        (
            f"maps widget: `new google.maps.Map(el, {{ key: '{v.google_api_key(rng)}' }})` shows the dev-only watermark",
            ["secret.google_key"],
        ),
        (
            f"trying claude for summaries, export ANTHROPIC_API_KEY={v.anthropic_key(rng)} then the sdk says overloaded",
            ["secret.anthropic_key"],
        ),
        (
            f".npmrc in the repo:\n//registry.npmjs.org/:_authToken={v.npm_token(rng)}\nshould that be committed?",
            ["secret.npm_token"],
        ),
        (
            f"twine upload fails, ~/.pypirc has\n[pypi]\nusername = __token__\npassword = {_pypi(rng)}",
            ["secret.pypi_token"],
        ),
        (
            f"sg = SendGridAPIClient('{v.sendgrid_key(rng)}')\nresponse = sg.send(message)  # 403 forbidden?",
            ["secret.sendgrid_key"],
        ),
        (
            f"TWILIO_ACCOUNT_SID=AC{v.hex_secret(rng)}\nTWILIO_AUTH_TOKEN={v.hex_secret(rng)}\nSMS sending returns 20003",
            ["secret.twilio_key"],
        ),
        (
            f"the webhook endpoint verifies with whsec_{v.pick(rng, v.ALNUM, 32)} but signature check fails after the proxy",
            ["secret.stripe_key"],
        ),
        (
            f"basic auth against the old admin API: `Authorization: Basic {base64.b64encode(f'admin:{pw}'.encode()).decode()}` returns 401",
            ["secret.auth_header"],
        ),
        (
            f"browser sends Cookie: _acme_session={v.hex_secret(rng, 64)}; theme=dark and the API still says unauthenticated",
            ["secret.auth_header"],
        ),
        (
            f"group_vars/bastion.yml:\n```\ndeploy_ssh_key: |\n{v.pem_private_key(rng, 'OPENSSH PRIVATE KEY')}\n```",
            ["secret.private_key"],
        ),
        (
            f"exported the release signing key, is this the right format?\n{_pgp_private(rng)}",
            ["secret.private_key"],
        ),
        (
            f"openssl made this, how do I convert it to PKCS1?\n{v.pem_private_key(rng, 'ENCRYPTED PRIVATE KEY')}",
            ["secret.private_key"],
        ),
        (
            f"link from the email: https://app.acme.io/sso/callback?access_token={v.jwt(rng)}&state=xyz gives a blank page",
            ["secret.jwt"],
        ),
        (
            f"git remote -v shows https://x-access-token:{v.github_token(rng)}@github.com/acme/infra.git (fetch)",
            ["secret.github_token"],
        ),
        (
            f"CI variable DANGER_GITLAB_API_TOKEN is {v.gitlab_token(rng)} — masked flag is off, is that a problem?",
            ["secret.gitlab_token"],
        ),
        (
            f'variable "alerts_webhook" {{\n  default = "{v.slack_webhook(rng)}"\n}}',
            ["secret.slack_token"],
        ),
        (
            f"~/.aws/credentials\n[prod]\naws_access_key_id = {v.aws_access_key_id(rng)}\naws_secret_access_key = {v.aws_secret_access_key(rng)}",
            ["secret.aws_key"],
        ),
        (
            f'provider "aws" {{\n  region     = "eu-west-1"\n  access_key = "{v.aws_access_key_id(rng)}"\n  secret_key = "{v.aws_secret_access_key(rng)}"\n}}',
            ["secret.aws_key"],
        ),
        (
            f'apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp\nstringData:\n  SMTP_PASSWORD: "{pw}"',
            ["secret.password_assignment"],
        ),
        (
            f"fyi the admin pw for grafana on staging is {v.password(rng)} until we wire up SSO",
            ["secret.password_assignment"],
        ),
        (
            f"use passphrase {rng.choice(['violet', 'copper', 'meadow'])}-{rng.choice(['anchor', 'pixel', 'harbor'])}-{v.digits(rng, 3)} for the gpg key on the build box",
            ["secret.password_assignment"],
        ),
        (
            f"customer called from {_phone(rng)} about the double charge, can billing call back?",
            ["pii.phone"],
        ),
        (f"support ticket: please reach Mrs. Tanaka at {_phone(rng)} after 6pm JST", ["pii.phone"]),
        (f"Escalation from {email}: their invoices stopped syncing since Monday", ["pii.email"]),
        (
            f"log line: 2024-03-02 11:02:13 INFO login ok user={email} ip={v.ipv4(rng)}",
            ["pii.email"],
        ),
        (
            f"export of failed payments:\nid,email,amount\n{rng.randint(1000, 9999)},{email},{rng.randint(5, 500)}.00\n{rng.randint(1000, 9999)},{v.email(rng)},{rng.randint(5, 500)}.00",
            ["pii.email"],
        ),
        (
            f"charge failed for card {v.card_number(rng, grouped=True)} exp 09/27, is it the 3DS step?",
            ["pii.card"],
        ),
        (
            f'{{"event":"payment_failed","card_number":"{v.card_number(rng, grouped=False)}","reason":"do_not_honor"}}',
            ["pii.card"],
        ),
        (
            f"refund should go to {_iban(rng)} (account holder Lars Nilsson), finance asked us to script it",
            ["pii.iban"],
        ),
        (f"payout config for the Zurich partner has iban: {_iban(rng)}", ["pii.iban"]),
        (
            f"--\nHelena Kovač | Customer Success\n{_phone(rng)} | {email}",
            ["pii.phone", "pii.email"],
        ),
        (f"ticket CUST-{v.digits(rng, 6)} says the export is missing rows", ["policy.customer_id"]),
        (
            f"<dataSource>\n  <user>reporting</user>\n  <password>{pw.replace('<', '').replace('&', '')}</password>\n</dataSource>",
            ["secret.password_assignment"],
        ),
        (
            f'const client = new Octokit({{ auth: "{v.github_token(rng)}" }}); // why 401 on /user?',
            ["secret.github_token"],
        ),
        (
            f"bot can't post, using SLACK_BOT_TOKEN={v.slack_token(rng)} with chat:write scope",
            ["secret.slack_token"],
        ),
        (f'openai.api_key = "{v.openai_key(rng)}"  # rate limited?', ["secret.openai_key"]),
        (
            f"curl -u deploy:{pw.replace(' ', '')} https://nexus.acme.io/service/rest/v1/components",
            ["secret.password_assignment"],
        ),
        (
            f"PGPASSWORD={pw} psql -h {v.ipv4(rng)} -U report analytics -c 'select 1'",
            ["secret.password_assignment"],
        ),
        (
            f'stripe.api_key = "{v.stripe_key(rng)}"\nstripe.Charge.list(limit=3)',
            ["secret.stripe_key"],
        ),
        (
            f"X-Api-Key: {v.opaque_token(rng, 40)} is what partner portal gave us, still 403",
            ["secret.auth_header"],
        ),
    ]


def build() -> list[dict[str, object]]:
    """Three instantiations of each template, alternating ordinary and sensitive."""
    rng = random.Random(SEED)
    rows: list[dict[str, object]] = []
    for _ in range(3):
        rows.extend({"text": t, "sensitive": False, "labels": []} for t in _ordinary(rng))
        rows.extend(
            {"text": t, "sensitive": True, "labels": labels} for t, labels in _sensitive(rng)
        )
    return rows


def main() -> None:
    """Write the held-out JSON-lines file."""
    with OUT.open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
