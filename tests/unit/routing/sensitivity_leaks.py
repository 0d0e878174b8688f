"""Leaking messages for the main sensitivity corpus: secrets and personal data in context.

Each entry is (text, expected labels). See ``sensitivity_corpus`` for how they are
instantiated.
"""

# ruff: noqa: E501 -- each line is one literal chat message; wrapping them would hide the data.

from __future__ import annotations

import base64
import random

from tests.unit.routing import sensitivity_values as v

Entry = tuple[str, list[str]]


def _secrets_a(rng: random.Random) -> list[Entry]:
    pw = v.password(rng)
    return [
        (
            f'```python\npassword = "{pw}"\nconn = psycopg.connect(host="db", user="app", password=password)\n```\nconnection refused, why?',
            ["secret.password_assignment"],
        ),
        (
            f"pasted our .env so you can see:\n```\nDEBUG=false\nDB_HOST=db.internal\nDB_PASSWORD={pw}\nREDIS_URL=redis://cache:6379/0\n```",
            ["secret.password_assignment"],
        ),
        (
            f"```\ncurl -H 'Authorization: Bearer {v.jwt(rng)}' https://api.acme.io/v1/me\n```\nreturns 401, is the token expired?",
            ["secret.jwt"],
        ),
        (
            f"traceback:\n```\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server\n(Background on this error at: https://sqlalche.me/e/14/e3q8)\nDATABASE_URL=postgres://app:{pw.replace('@', '').replace('/', '').replace(':', '').replace('#', '').replace('?', '')}@db:5432/ledger\n```",
            ["secret.url_credentials"],
        ),
        (
            f"```\n[default]\naws_access_key_id = {v.aws_access_key_id(rng)}\naws_secret_access_key = {v.aws_secret_access_key(rng)}\nregion = us-east-1\n```\nboto3 says InvalidClientTokenId",
            ["secret.aws_key"],
        ),
        (
            f"can you check my key {v.openai_key(rng)}? it says insufficient_quota",
            ["secret.openai_key"],
        ),
        (
            f"here's the deploy key, not sure why ssh rejects it:\n```\n{v.pem_private_key(rng)}\n```",
            ["secret.private_key"],
        ),
        (
            f"```\nusers:\n- name: admin@prod\n  user:\n    client-certificate-data: {base64.b64encode(b'-----BEGIN CERTIFICATE-----').decode()}\n    client-key-data: {v.kube_client_key_data(rng)}\n```\nkubectl says x509 unknown authority",
            ["secret.private_key"],
        ),
        (
            f"GITHUB_TOKEN={v.github_token(rng)} works locally but not in the action",
            ["secret.github_token"],
        ),
        (
            f"the bot token is {v.slack_token(rng)}, why does chat.postMessage return not_in_channel?",
            ["secret.slack_token"],
        ),
        (
            f"aws_secret_access_key={v.aws_secret_access_key(rng)} is what IAM gave me, the CLI says SignatureDoesNotMatch",
            ["secret.aws_key"],
        ),
        (
            f"```js\nconst stripe = require('stripe')('{v.stripe_key(rng)}');\n```\nwebhooks fail locally",
            ["secret.stripe_key"],
        ),
        (
            f"```bash\ncurl -X POST https://api.sendgrid.com/v3/mail/send \\\n  -H \"Authorization: Bearer {v.sendgrid_key(rng)}\" \\\n  -H 'Content-Type: application/json' -d @mail.json\n```",
            ["secret.sendgrid_key"],
        ),
        (
            f"Twilio keeps rejecting us, key SID {v.twilio_key(rng)} and the secret is in vault",
            ["secret.twilio_key"],
        ),
        (
            f"post to {v.slack_webhook(rng)} returns invalid_payload, what's wrong with my blocks?",
            ["secret.slack_token"],
        ),
        (
            f"`git clone https://oauth2:{v.gitlab_token(rng)}@gitlab.acme.io/infra/terraform.git` fails with 403",
            ["secret.gitlab_token"],
        ),
        (
            f"export OPENAI_API_KEY={v.openai_key(rng)}\npython summarize.py  # 429 too many requests?",
            ["secret.openai_key"],
        ),
        (
            f"Authorization: Bearer {v.opaque_token(rng)} gives me 403 on /admin, works on /v1",
            ["secret.auth_header"],
        ),
        (
            f"```yaml\ndatabase:\n  host: db.prod.internal\n  user: ledger\n  password: {pw}\n```\nyaml says mapping values are not allowed here",
            ["secret.password_assignment"],
        ),
        (
            f'```json\n{{"client_id": "{v.uuid4(rng)}", "client_secret": "{v.opaque_token(rng, 40)}", "grant_type": "client_credentials"}}\n```\ntoken endpoint returns invalid_client',
            ["secret.password_assignment"],
        ),
        (
            f"mysql -h db.internal -u admin -p'{pw}' reporting < dump.sql",
            ["secret.password_assignment"],
        ),
        (
            f"DATADOG_API_KEY={v.hex_secret(rng)} in the helm values, agent says 403",
            ["secret.password_assignment"],
        ),
        (
            f"the api_key='{v.opaque_token(rng, 32)}' from the partner portal doesn't work in sandbox",
            ["secret.password_assignment"],
        ),
        (
            f'found this in an old script: `secret_token = "{v.hex_secret(rng, 64)}"` is it still used?',
            ["secret.password_assignment"],
        ),
        (
            f"psql postgresql://report:{v.opaque_token(rng, 18)}@{v.ipv4(rng)}:5432/analytics -c 'select 1' hangs",
            ["secret.url_credentials"],
        ),
    ]


def _secrets_b(rng: random.Random) -> list[Entry]:
    pw = v.password(rng)
    return [
        (f"jwt from the login response: {v.jwt(rng)} — why is `exp` missing?", ["secret.jwt"]),
        (
            f"```\nProperties:\n  MasterUserPassword: '{pw}'\n  MasterUsername: admin\n```\ncloudformation rejects it",
            ["secret.password_assignment"],
        ),
        (f"my key {v.anthropic_key(rng)} worked yesterday, now 401", ["secret.anthropic_key"]),
        (
            f"```\nnpm ERR! 401 Unauthorized\n```\n.npmrc: `//npm.pkg.github.com/:_authToken={v.github_token(rng)}`",
            ["secret.github_token"],
        ),
        (
            f'firebase config has apiKey: "{v.google_api_key(rng)}", is it ok that it\'s public?',
            ["secret.google_key"],
        ),
        (
            f"settings.py:\n```python\nSECRET_KEY = '{v.pick(rng, v.ALNUM + '!@#$%^&*(-_=+)', 50)}'\nDEBUG = False\n```",
            ["secret.password_assignment"],
        ),
        (
            f"redis-cli -h cache.internal -a {pw.replace(' ', '')} ping returns NOAUTH",
            ["secret.password_assignment"],
        ),
        (
            f"encoded it for the header: `Authorization: Basic {base64.b64encode(f'svc-etl:{pw}'.encode()).decode()}`",
            ["secret.auth_header"],
        ),
        (
            f"```\nPrivate-Token: {v.gitlab_token(rng)}\n```\nGET /api/v4/projects returns 401",
            ["secret.gitlab_token"],
        ),
        (
            f"the signing secret is {v.hex_secret(rng, 32)}, the slack signature check still fails",
            ["secret.password_assignment"],
        ),
        (
            f"access_token={v.opaque_token(rng, 40)}&token_type=bearer&expires_in=3600 is what the callback gets",
            ["secret.password_assignment"],
        ),
        (
            f"Here's my ssh key for the bastion, can you add it?\n{v.pem_private_key(rng, 'OPENSSH PRIVATE KEY')}",
            ["secret.private_key"],
        ),
        (
            f"```\nexport AWS_ACCESS_KEY_ID={v.aws_access_key_id(rng)}\nexport AWS_SECRET_ACCESS_KEY={v.aws_secret_access_key(rng)}\n```\nterraform still uses the default profile",
            ["secret.aws_key"],
        ),
        (
            f"`docker login ghcr.io -u acme-bot --password {v.github_token(rng)}` works but pull fails",
            ["secret.github_token"],
        ),
        (
            f"in the helm chart: `--set slack.botToken={v.slack_token(rng)}` and the pod crashloops",
            ["secret.slack_token"],
        ),
        (
            f"the password for the staging admin is {pw}, why can't I log in?",
            ["secret.password_assignment"],
        ),
        (
            f"x-api-key: {v.opaque_token(rng, 32)} header gets 403 from the gateway",
            ["secret.auth_header"],
        ),
        (
            f'```go\nconst apiToken = "{v.opaque_token(rng, 40)}"\n```\ngosec flags it, false positive?',
            ["secret.password_assignment"],
        ),
        (
            f"they sent us the key in the ticket: {v.opaque_token(rng, 40)} — where do we store it?",
            ["secret.high_entropy"],
        ),
        (
            f"```\nAzure: AccountKey={v.random_bytes_b64(rng, 64)}\n```\nblob upload 403",
            ["secret.azure_key"],
        ),
        (f"is this token still valid? {v.github_token(rng)}", ["secret.github_token"]),
        (
            f"ENCRYPTION_KEY={v.random_bytes_b64(rng, 32)} rotated last week, old records fail to decrypt",
            ["secret.password_assignment"],
        ),
        (
            f"`-e DB_PASS={pw}` on the docker run and the app logs the full DSN",
            ["secret.password_assignment"],
        ),
        (
            f'```\n$ cat ~/.docker/config.json\n{{"auths": {{"registry.acme.io": {{"auth": "{base64.b64encode(f"ci:{pw}".encode()).decode()}"}}}}}}\n```',
            ["secret.password_assignment"],
        ),
        (
            f"postgres://admin:{v.opaque_token(rng, 20)}@prod-db.acme.internal/ledger is the DSN in the crash log",
            ["secret.url_credentials"],
        ),
    ]


def _pii(rng: random.Random) -> list[Entry]:
    email, phone, card, iban = v.email(rng), v.phone(rng), v.card_number(rng), v.iban(rng)
    return [
        (
            f"customer {email} says they never got the invoice, can someone check SES?",
            ["pii.email"],
        ),
        (
            f"support question: the customer's phone is {phone}, should the SMS retry go to that number?",
            ["pii.phone"],
        ),
        (f"the payment failed for card {card}, is that a test card?", ["pii.card"]),
        (f"refund to IBAN {iban} bounced, is the format wrong?", ["pii.iban"]),
        (
            f"user {v.email(rng)} ({v.phone(rng)}) wants their account deleted under GDPR",
            ["pii.email", "pii.phone"],
        ),
        (
            f"log line: `WARN checkout failed card={v.card_number(rng, grouped=False)} amount=49.99 currency=EUR`",
            ["pii.card"],
        ),
        (
            f"```\nid,name,email,phone\n{rng.randint(1, 9999)},Maria Garcia,{v.email(rng)},{v.phone(rng)}\n```\nCSV import fails on row 2",
            ["pii.email", "pii.phone"],
        ),
        (
            f"can you write a SQL query to find all orders for {v.email(rng)} in the last 30 days?",
            ["pii.email"],
        ),
        (f"call me on {v.phone(rng)} if the deploy breaks tonight", ["pii.phone"]),
        (
            f"the vendor's bank details: {v.iban(rng)}, BIC DEUTDEFF — add it to the payout table?",
            ["pii.iban"],
        ),
        (
            f"Stripe dashboard shows {v.card_number(rng)} declined, customer {v.email(rng)}",
            ["pii.card", "pii.email"],
        ),
        (
            f"ticket CUST-{v.digits(rng, 6)}: account locked after password reset",
            ["policy.customer_id"],
        ),
        (
            f"The user typed their card number in the chat widget: {v.card_number(rng)} exp 12/26",
            ["pii.card"],
        ),
        (
            f"forwarding from sales: contact is {v.email(rng)}, mobile {v.phone(rng)}",
            ["pii.email", "pii.phone"],
        ),
        (
            f"SEPA mandate for {v.iban(rng, spaced=False)} failed validation in our regex, what's the right pattern?",
            ["pii.iban"],
        ),
    ]


def _secrets_c(rng: random.Random) -> list[Entry]:
    pw = v.password(rng).replace("'", "")
    return [
        (
            f"`CREATE USER reporting WITH PASSWORD '{pw}';` fails with role already exists",
            ["secret.password_assignment"],
        ),
        (
            f"kubectl create secret generic db --from-literal=password={pw.replace(' ', '')} -n payments",
            ["secret.password_assignment"],
        ),
        (
            f'```java\nDataSource ds = DataSourceBuilder.create().username("app").password("{pw}").build();\n```',
            ["secret.password_assignment"],
        ),
        (
            f"```yaml\napiVersion: v1\nkind: Secret\ndata:\n  password: {base64.b64encode(pw.encode()).decode()}\n```\nthe pod still can't log in",
            ["secret.password_assignment"],
        ),
        (
            f"Set-Cookie: sessionid={v.pick(rng, v.ALNUM, 32)}; Path=/; HttpOnly — is this cookie scoped right?",
            ["secret.auth_header"],
        ),
        (
            f'payload for the partner:\n```json\n{{"customer": {{"email": "{v.email(rng)}", "phone": "{v.phone(rng)}"}}}}\n```',
            ["pii.email", "pii.phone"],
        ),
        (
            f"IBAN on the invoice is {v.iban(rng, spaced=True)}, is the check digit right?",
            ["pii.iban"],
        ),
        (
            f"`sshpass -p '{pw}' ssh deploy@{v.ipv4(rng)}` works, ansible doesn't",
            ["secret.password_assignment"],
        ),
    ]


def sensitive(rng: random.Random) -> list[Entry]:
    return _secrets_a(rng) + _secrets_b(rng) + _secrets_c(rng) + _pii(rng)
