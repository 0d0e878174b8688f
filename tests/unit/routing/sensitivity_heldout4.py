"""Fourth held-out corpus: written blind, then run once before any change made because of it.

Written on 2026-11-27 by a session that had not read the other corpora or their generators
(only the two rows ``tests/data/sensitivity/README.md`` quotes), as an engineer pastes things
into Slack: database CLIs and URLs, registry and package tokens, chat webhooks, vendor keys,
cloud service-account JSON, Kubernetes Secrets, passwords in prose in three languages,
payment and personal data; and ordinary questions that look dangerous (digests, integrity
hashes, request ids, placeholders, references, ids that pass Luhn, example addresses,
public keys, ciphertext, trace ids). Values are random (fixed seed); none is real.
Regenerate with ``python -m tests.unit.routing.sensitivity_heldout4``.
"""

# ruff: noqa: E501 -- each line is one literal chat message; wrapping them would hide the data.

from __future__ import annotations

import base64
import json
import random
import string
from functools import partial
from pathlib import Path

SEED = 20261127
OUT = Path(__file__).resolve().parents[2] / "data" / "sensitivity" / "heldout4.jsonl"


A = string.ascii_letters + string.digits
U = string.ascii_uppercase + string.digits
H = "0123456789abcdef"


def _random_string(r: random.Random, n: int, alphabet: str = A) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _luhn_complete(r: random.Random, prefix: str, length: int) -> str:
    """A random number of ``length`` digits starting with ``prefix`` whose check digit is right."""
    body = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def iban(country: str, bban: str) -> str:
    """``bban`` with ISO 13616 check digits."""
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def build() -> list[dict[str, object]]:
    """The rows in the order they were written (the sensitive part first)."""
    r = random.Random(SEED)
    rows: list[dict[str, object]] = []

    def sens(text: str, *labels: str) -> None:
        rows.append({"text": text, "sensitive": True, "labels": list(labels)})

    def ordi(text: str) -> None:
        rows.append({"text": text, "sensitive": False, "labels": []})

    rs = partial(_random_string, r)
    luhn_complete = partial(_luhn_complete, r)

    sens(
        f"mysql -h db-prod -u root -p{rs(6)}!{rs(4)} still says access denied, is the grant wrong?",
        "secret.password_assignment",
    )
    sens(
        f"PGPASSWORD='{rs(14)}' psql -h 10.2.0.14 -U reporting analytics -c 'select 1' hangs, why?",
        "secret.password_assignment",
    )
    sens(
        f"git push fails: remote is https://oauth2:glpat-{rs(20)}@gitlab.acme.io/platform/infra.git, 403",
        "secret.gitlab_token",
    )
    sens(
        f"our .npmrc has //registry.npmjs.org/:_authToken=npm_{rs(36)} and npm publish still 401s",
        "secret.npm_token",
    )
    sens(
        f"twine upload says 403 with password pypi-AgEIcHlwaS5vcmc{rs(60)} what scope do I need",
        "secret.password_assignment",
    )
    sens(
        f"vault login hvs.CAESI{rs(60, A + '_-')} works but kv get is denied, policy issue?",
        "secret.api_key",
    )
    sens(
        f"export DD_API_KEY={rs(32, H)} then the agent still logs 'API Key invalid'",
        "secret.password_assignment",
    )
    sens(
        f"SendGrid rejects SG.{rs(22, A + '_-')}.{rs(43, A + '_-')} with 401, did they rotate?",
        "secret.sendgrid_key",
    )
    sens(
        "Storage client fails: DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey="
        f"{base64.b64encode(r.randbytes(64)).decode()};EndpointSuffix=core.windows.net",
        "secret.azure_key",
    )
    pk_body = "\\n".join(base64.b64encode(r.randbytes(48)).decode() for _ in range(6))
    sens(
        '{"type": "service_account", "project_id": "acme-prod", "private_key_id": "'
        + rs(40, H)
        + '", "private_key": "-----BEGIN PRIVATE KEY-----\\n'
        + pk_body
        + '\\n-----END PRIVATE KEY-----\\n", "client_email": "ci@acme-prod.iam.gserviceaccount.com"} '
        "why does gcloud say invalid_grant with this?",
        "secret.private_key",
    )
    sens(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: "
        + base64.b64encode(f"{rs(16)}".encode()).decode()
        + "\n\nkubectl apply says the secret is fine but the pod can't log in",
        "secret.password_assignment",
    )
    sens(
        f"docker login -u deploybot -p {rs(18)} registry.acme.io -> unauthorized, why",
        "secret.password_assignment",
    )
    sens(
        f"celery can't connect to redis://:{rs(20)}@cache.internal:6379/0 after the upgrade",
        "secret.url_credentials",
    )
    sens(
        f"amqp://orders:{rs(12)}@rabbit-1.internal:5672/prod gives ACCESS_REFUSED, vhost perms?",
        "secret.url_credentials",
    )
    sens(
        "alerts go to https://hooks.slack.com/services/T"
        + rs(8, U)
        + "/B"
        + rs(8, U)
        + "/"
        + rs(24)
        + " but nothing arrives",
        "secret.slack_token",
    )
    sens(
        f"discord webhook https://discord.com/api/webhooks/{r.randrange(10**17, 10**18)}/{rs(68, A + '_-')} returns 404",
        "secret.discord_token",
    )
    sens(
        f"bot token {r.randrange(10**8, 10**9)}:AA{rs(33, A + '_-')} and getUpdates returns 409, why",
        "secret.telegram_token",
    )
    sens(
        f"OPENAI_API_KEY=sk-proj-{rs(48, A + '_-')} returns 429 insufficient_quota, is it billing?",
        "secret.openai_key",
    )
    sens(
        f"anthropic client: api_key='sk-ant-api03-{rs(93, A + '_-')}AA' raises AuthenticationError",
        "secret.anthropic_key",
    )
    sens(
        f"huggingface-cli login --token hf_{rs(34)} then push_to_hub 403s",
        "secret.password_assignment",
    )
    sens(
        f"heroku says unauthorized, HEROKU_API_KEY is {r.randbytes(16).hex()[:8]}-{rs(4, H)}-{rs(4, H)}-{rs(4, H)}-{rs(12, H)}",
        "secret.password_assignment",
    )
    sens(
        f"Twilio: account SID AC{rs(32, H)} auth token {rs(32, H)} -> error 20003, which is wrong?",
        "secret.twilio_key",
    )
    sens(
        f'stripe.api_key = "sk_live_{rs(24)}"  # why does webhook verification fail',
        "secret.stripe_key",
    )
    sens(
        f'terraform.tfvars:\ndb_password = "{rs(10)}#{rs(6)}"\nregion = "eu-west-1"\nplan shows a diff every time, why?',
        "secret.password_assignment",
    )
    sens(
        f"helm upgrade --set postgresql.auth.password={rs(16)} --reuse-values resets the db, any idea?",
        "secret.password_assignment",
    )
    sens(
        f"curl -H 'Authorization: Bearer {rs(40, A + '._-')}' https://api.internal/v2/users returns 401 since today",
        "secret.auth_header",
    )
    sens(
        f"curl -u admin:{rs(12)} http://jenkins.internal:8080/api/json works in bash but not in python requests",
        "secret.password_assignment",
    )
    sens(
        f"the wifi password for the office guest network is {rs(5)}-{rs(5)}-{rs(5)}, can you make a QR code?",
        "secret.password_assignment",
    )
    sens(
        f"Mein Passwort für den Jenkins ist {rs(9)}!, warum komme ich nicht rein?",
        "secret.password_assignment",
    )
    sens(
        f"mot de passe de la base de recette: {rs(11)} — pourquoi la connexion échoue ?",
        "secret.password_assignment",
    )
    sens(
        f"my ssh key passphrase is '{rs(6)} {rs(7)} {rs(5)}' and ssh-add still asks for it, why?",
        "secret.password_assignment",
    )
    sens(
        "-----BEGIN EC PRIVATE KEY-----\n"
        + base64.b64encode(r.randbytes(96)).decode()
        + "\n-----END EC PRIVATE KEY-----\nnginx says key values mismatch with this and our cert",
        "secret.private_key",
    )
    sens(
        "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
        + base64.urlsafe_b64encode(
            json.dumps({"sub": "u_" + rs(8), "exp": 1893456000, "scope": "admin"}).encode()
        )
        .decode()
        .rstrip("=")
        + "."
        + rs(86, A + "_-")
        + " is rejected by the gateway with invalid signature, is it the kid?",
        "secret.jwt",
    )
    sens(
        f"the customer emailed from jane.doe{r.randrange(10, 99)}@gmail.com asking why invoice 7731 failed, what do I reply?",
        "pii.email",
    )
    # Meant as a customer's mobile. Relabelled ordinary after the first run (07700 900xxx is
    # Ofcom's range for drama), and back to sensitive in stop 18: a made-up number in a
    # ticket stands for a person's, whatever range it was made up from.
    sens(
        "user +44 7700 900"
        + str(r.randrange(100, 999))
        + " says the SMS code never arrives, how do I debug Twilio delivery?",
        "pii.phone",
    )
    sens(
        f"call me on (415) 555-{r.randrange(1000, 9999)} if the deploy breaks again tonight",
        "pii.phone",
    )
    sens(
        f"refund failed for card {' '.join([luhn_complete('4', 16)[i : i + 4] for i in range(0, 16, 4)])}, exp 09/28, what does code 05 mean?",
        "pii.card",
    )
    mc = luhn_complete("51", 16)
    sens(f"charge declined on {'-'.join(mc[i : i + 4] for i in range(0, 16, 4))}", "pii.card")
    ib = iban("DE", "".join(r.choice(string.digits) for _ in range(18)))
    sens(
        f"SEPA export rejects IBAN {' '.join(ib[i : i + 4] for i in range(0, len(ib), 4))}, is the format wrong?",
        "pii.iban",
    )
    ib2 = iban("FR", "".join(r.choice(string.digits) for _ in range(23)))
    sens(f"payout to {ib2} bounced with AC01", "pii.iban")
    sens(
        f"the patient record shows SSN {r.randrange(100, 899)}-{r.randrange(10, 99)}-{r.randrange(1000, 9999)}, how do we mask it in the logs?",
        "pii.national_id",
    )
    sens(
        f"DATABASE_URL=postgres://app:{rs(24)}@prod-db.acme.io:5432/app?sslmode=require works locally, not in k8s",
        "secret.url_credentials",
    )
    # Relabelled ordinary after the first run: Sentry documents DSNs as safe to keep public
    # (they only allow submitting events), which is also the answer to the question.
    ordi(
        f'sentry_sdk.init(dsn="https://{rs(32, H)}@o{r.randrange(100000, 999999)}.ingest.sentry.io/{r.randrange(1000000, 9999999)}") is that safe to commit?',
    )
    sens(
        f"GITHUB_TOKEN=ghp_{rs(36)} in the action and checkout of the private submodule fails",
        "secret.github_token",
    )
    sens(
        f"fine-grained PAT github_pat_11{rs(20, U)}_{rs(59)} can't read packages, which permission?",
        "secret.github_token",
    )
    sens(
        f"slack app token xapp-1-A{rs(10, U)}-{r.randrange(10**12, 10**13)}-{rs(64, H)} for socket mode returns invalid_auth",
        "secret.slack_token",
    )
    sens(
        f"AWS_SECRET_ACCESS_KEY={rs(40, A + '/+')} AWS_ACCESS_KEY_ID=AKIA{rs(16, U)} aws s3 ls returns SignatureDoesNotMatch",
        "secret.aws_key",
    )
    sens(
        f"api key for the maps SDK is AIza{rs(35, A + '_-')}, quota exceeded after one hour?",
        "secret.google_key",
    )
    sens(
        f"in application.properties: spring.datasource.password={rs(13)} and Flyway can't connect",
        "secret.password_assignment",
    )

    # ordinary
    ordi(f"git bisect points at {rs(40, H)}, how do I see what that commit changed in src/?")
    ordi(f"docker pull python@sha256:{rs(64, H)} works but the tag 3.11-slim doesn't, why?")
    ordi(
        f"package-lock has integrity sha512-{base64.b64encode(r.randbytes(64)).decode()} and npm ci fails EINTEGRITY"
    )
    ordi(
        f"request {r.randbytes(16).hex()[:8]}-{rs(4, H)}-4{rs(3, H)}-a{rs(3, H)}-{rs(12, H)} timed out in the gateway, how do I find its trace?"
    )
    ordi(
        "password: ${DB_PASSWORD} in docker-compose isn't substituted, is .env read from the right folder?"
    )
    ordi("token = os.environ['GITHUB_TOKEN'] raises KeyError in the action, how do I pass secrets?")
    ordi(
        "curl -H 'Authorization: Bearer <your-token>' is what the docs say, but where do I get the token?"
    )
    ordi(
        "OPENAI_API_KEY=sk-... in the README, should I put a real key there or use a secret manager?"
    )
    ordi("git clone git@github.com:acme/infra.git says permission denied (publickey)")
    ordi("npm i @types/node@20.11.5 --save-dev fails with ERESOLVE, what's the right fix?")
    ordi("ssh -p 2222 deploy@10.0.3.17 hangs at 'debug1: SSH2_MSG_KEXINIT sent', MTU?")
    ordi(
        f"discord channel {luhn_complete('10', 18)} doesn't get the bot's messages, missing intent?"
    )
    ordi(f"tweet id {luhn_complete('17', 19)} isn't found by the v2 API, is it deleted?")
    ordi(f"order #{r.randrange(10**9, 10**10)} shows twice in the export, dedupe by what?")
    ordi("epoch 1764275463 converts to 2025 in python but 1970 in JS, why?")
    ordi("our grafana shows p99 of 1234567890 ns, is the unit wrong?")
    ordi("version 10.4.12.3 of the driver vs 10.4.13: changelog says what about TLS 1.3?")
    ordi("IP 192.168.100.254 and 10.10.10.10 both answer ARP, is that a conflict?")
    ordi("how do I write a regex for phone numbers like +1 (555) 010-0199 in our form validation?")
    ordi("reply to noreply@github.com bounced, which address do I use for GitHub support?")
    ordi(
        "send the report to platform-team@acme.io and oncall@acmecorp.com every Monday, cron syntax?"
    )
    ordi(
        "example config uses user@example.com as the admin e-mail, is that replaced at first boot?"
    )
    ordi("what is the difference between an IBAN and a BIC, and does SEPA need both?")
    ordi("how do payment processors validate card numbers? explain Luhn with an example")
    ordi("explain how JWTs are signed with RS256 and where the kid header comes in")
    ordi(
        "rotate the Postgres password without downtime: what's the usual procedure with pgbouncer?"
    )
    ordi(
        "the secret in our k8s manifest is a sealed secret, can argo decrypt it or do we need the controller?"
    )
    ordi(
        f"ciphertext from sops: ENC[AES256_GCM,data:{base64.b64encode(r.randbytes(24)).decode()},iv:{base64.b64encode(r.randbytes(32)).decode()},tag:{base64.b64encode(r.randbytes(16)).decode()},type:str] fails to decrypt in CI"
    )
    ordi(
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"
        + rs(43)
        + " deploy@ci is our public key; where does it go in GitHub?"
    )
    ordi(f"S3 object key logs/2026/11/27/{rs(32, H)}.json.gz isn't found, is it the prefix?")
    ordi(
        f"build {rs(10, 'abcdefghijklmnopqrstuvwxyz0123456789')} failed at the lint step, rerun or fix?"
    )
    ordi(
        "the error is 'password authentication failed for user \"app\"', where does postgres log why?"
    )
    ordi("what should the minimum token lifetime be for a refresh token vs an access token?")
    ordi(
        "Traceback (most recent call last):\n  File \"/app/main.py\", line 42, in <module>\n    client = Client(api_key=settings.api_key)\nKeyError: 'api_key'\nwhy does settings not load?"
    )
    ordi(
        'nginx: [emerg] SSL_CTX_use_PrivateKey("/etc/ssl/private/tls.key") failed, how to check the key matches the cert?'
    )
    ordi("kubectl get secret db -o jsonpath='{.data.password}' | base64 -d prints nothing, why?")
    ordi(
        f"the Stripe test publishable key pk_test_{rs(24)} is in our frontend bundle, that's fine right?"
    )
    ordi(
        "AKIAIOSFODNN7EXAMPLE is what the AWS docs show, where does my real access key id come from?"
    )
    ordi("set TF_VAR_db_password from the CI secret store instead of tfvars, how?")
    ordi("card numbers in our test fixtures: which ones does Stripe document for declines?")
    ordi(f"sha1 of the file is {rs(40, H)} locally and {rs(40, H)} in CI, line endings?")
    ordi(f"the pod's container id is containerd://{rs(64, H)}, how do I exec into it with crictl?")
    ordi("what's a good password policy for internal tools: length, rotation, MFA?")
    ordi(
        "grep for 'BEGIN RSA PRIVATE KEY' across the repo to make sure nobody committed one, exact command?"
    )
    ordi(f"trace id {rs(32, H)} span id {rs(16, H)} is missing from Tempo, sampling?")
    ordi("my colleague Jane Doe wrote this function, can you review the error handling?")
    ordi(
        "London office number is on the wiki, not here; how do I set up call forwarding in the PBX config?"
    )
    ordi("redis://localhost:6379/0 works but redis://redis:6379/0 doesn't inside compose, DNS?")
    ordi(
        "postgres://user:password@localhost:5432/db is the template in the docs, how do I change the port?"
    )
    ordi(f"cosign verify says no matching signatures for ghcr.io/acme/api@sha256:{rs(64, H)}")
    return rows


def render(rows: list[dict[str, object]]) -> str:
    """JSON lines, as committed."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main() -> None:
    OUT.write_text(render(build()), encoding="utf-8")


if __name__ == "__main__":
    main()
