"""Ordinary engineering chat for the main sensitivity corpus (must not be flagged).

Templates grouped by topic; values come from ``sensitivity_values``. See
``sensitivity_corpus`` for how they are instantiated.
"""

# ruff: noqa: E501, S608 -- each line is one literal chat message; wrapping them would hide the data.

from __future__ import annotations

import base64
import json
import random

from tests.unit.routing import sensitivity_values as v


def _git(rng: random.Random) -> list[str]:
    sha, short, ver = v.git_sha(rng), v.git_sha(rng, short=True), v.version(rng)
    n = rng.randint
    return [
        f"how do I undo the last commit but keep the changes? `git reset --soft HEAD~1` right? I'm on {short}",
        f"git bisect says the first bad commit is {sha}, it's the one that bumped grpc to {ver}",
        f"rebase conflict in `src/payments/ledger.py` line {n(10, 800)}, should I take theirs or ours?",
        f"can someone explain why `git log --oneline {short}..HEAD` shows {n(2, 60)} commits but the PR shows {n(2, 60)}?",
        f"cherry-picked {short} onto release/{ver} and CI went red on the lint step",
        "```\n$ git push origin feature/retry-backoff\n ! [rejected]        feature/retry-backoff -> feature/retry-backoff (non-fast-forward)\nerror: failed to push some refs to 'git@github.com:acme/payments.git'\n```\nforce push or rebase?",
        f"Merge commit {sha} has two parents, how do I revert just the merge?",
        f"`git blame -L {n(10, 300)},{n(301, 600)} api/handlers.go` points at commit {short} from Oct 3, who's Dana?",
        "what's the difference between `git fetch --prune` and `git remote prune origin`?",
        f"tag v{ver} points to {sha} but the release notes mention {v.git_sha(rng, short=True)}, which one shipped?",
        "submodule update keeps detaching HEAD in vendor/protos, is there a config to track the branch?",
        f"Author: Sam Ortiz <sam.ortiz@acme.io>\nDate:   Mon Apr 8 09:{n(10, 59)}:12 2024 -0700\n\n    Fix flaky test in retry loop\n\nwhy did this land without review?",
    ]


def _k8s(rng: random.Random) -> list[str]:
    pod, uid, dig, ip = v.pod_name(rng), v.uuid4(rng), v.sha256_digest(rng), v.ipv4(rng)
    n = rng.randint
    return [
        f"{pod} is in CrashLoopBackOff, `kubectl logs --previous` shows OOMKilled at {n(256, 2048)}Mi",
        f"```\nNAME                             READY   STATUS    RESTARTS   AGE\n{pod}   1/1     Running   {n(0, 12)}          {n(2, 59)}m\n{v.pod_name(rng)}   0/1     Pending   0          {n(2, 59)}s\n```\nwhy is the second one pending?",
        f"the deployment pins image registry.acme.io/payments@{dig}, how do I roll back to the previous digest?",
        f"Events:\n  Warning  FailedScheduling  {n(1, 59)}s  default-scheduler  0/{n(3, 12)} nodes are available: {n(1, 5)} Insufficient cpu.",
        "the Secret is mounted at /var/run/secrets/db and the app reads DB_PASSWORD from env via secretKeyRef, but it's empty. Manifest:\n```\nenv:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password\n```",
        f"service ClusterIP {ip} port {n(80, 9000)} -> targetPort {n(3000, 9000)}, curl from the pod times out",
        f"object uid {uid} is stuck terminating with a finalizer, safe to patch it out?",
        "how do I make kubectl use a different kubeconfig for just one command? `KUBECONFIG=~/.kube/staging kubectl get ns`?",
        f"HPA scaled to {n(10, 40)} replicas at {n(60, 95)}% CPU but p99 didn't move, should we scale on RPS?",
        "is there a way to see which ServiceAccount token a pod is using without exec-ing into it?",
        f"ingress annotation `nginx.ingress.kubernetes.io/proxy-body-size: {n(1, 64)}m` isn't applied, controller version {v.version(rng)}",
        f"kubeconfig for the kind cluster:\n```\nusers:\n- name: kind-dev\n  user:\n    client-certificate-data: {base64.b64encode(b'-----BEGIN CERTIFICATE-----').decode()}...\n    client-key-data: <redacted>\n```\nhow do I merge it with my main one?",
    ]


def _ci(rng: random.Random) -> list[str]:
    sha, ver, ts = v.git_sha(rng), v.version(rng), v.timestamp(rng)
    n = rng.randint
    return [
        f"CI failing on main since {ts}:\n```\nFAILED tests/unit/test_ledger.py::test_rounding - AssertionError: assert Decimal('10.01') == Decimal('10.00')\n========== 1 failed, {n(100, 900)} passed in {n(10, 200)}.{n(10, 99)}s ==========\n```",
        f"GitHub Actions run #{n(1000, 99999)} timed out after 360 minutes on the e2e job, runner ubuntu-22.04",
        "the workflow uses `token: ${{ secrets.GITHUB_TOKEN }}` for checkout but pushes from it don't trigger other workflows, why?",
        f"```\nStep 7/12 : RUN pip install -r requirements.txt\nERROR: Could not find a version that satisfies the requirement torch=={ver}\n```",
        f"jest says `Cannot find module '@acme/ui' from 'src/App.tsx'` only in CI, node {n(16, 22)}.{n(0, 20)}.{n(0, 9)}",
        f"build {sha[:10]} is green locally but CI fails on `mypy --strict` with {n(2, 40)} errors in generated code",
        "cache key `${{ runner.os }}-pip-${{ hashFiles('**/requirements.txt') }}` never hits, what am I missing?",
        "how do I pass the npm token to `npm ci` in GitHub Actions without echoing it in logs?",
        f"sonar says coverage dropped from {n(70, 85)}.{n(0, 9)}% to {n(60, 69)}.{n(0, 9)}% on PR #{n(100, 9999)}, but we only touched docs",
        f"```\nError: Process completed with exit code 137.\n```\non the integration job after {n(10, 59)}m{n(10, 59)}s, memory?",
        f"circleci: `Too long with no output (exceeded 10m0s)` during `terraform apply`, job id {v.uuid4(rng)}",
        "pre-commit detect-secrets hook flagged a test fixture with a fake password, how do I allowlist one line?",
    ]


def _sql(rng: random.Random) -> list[str]:
    n = rng.randint
    return [
        f"why is this slow? `SELECT * FROM orders WHERE created_at > now() - interval '7 days' ORDER BY id DESC LIMIT {n(10, 500)};` there's an index on created_at",
        f"EXPLAIN shows `Index Scan using orders_pkey on orders  (cost=0.43..{n(100, 9999)}.12 rows={n(100, 99999)} width={n(20, 200)})`",
        'postgres: `ERROR:  duplicate key value violates unique constraint "users_email_key"` on upsert, should I use ON CONFLICT DO NOTHING?',
        f"migration {n(1, 300):04d}_add_index.sql locked the table for {n(2, 50)} minutes, how do we do CREATE INDEX CONCURRENTLY in alembic?",
        "how do I store password hashes in postgres, bytea or text? we use argon2id",
        f"`ALTER TABLE invoices ADD COLUMN tax_rate numeric(5,4) DEFAULT 0.{n(1000, 9999)};` rewrites the table?",
        "what's the idiomatic way to rotate the DB password for the app role without downtime?",
        f"pg_stat_activity shows {n(100, 500)} idle connections from pgbouncer, max_connections is {n(100, 500)}",
        "MySQL says `Access denied for user 'app'@'10.0.3.17' (using password: YES)` after the failover, did grants not replicate?",
        f"deadlock detected: Process {n(1000, 99999)} waits for ShareLock on transaction {n(10**6, 10**8)}; blocked by process {n(1000, 99999)}",
    ]


def _terraform(rng: random.Random) -> list[str]:
    return [
        'terraform: `variable "db_password" { type = string  sensitive = true }` and then `password = var.db_password` in the rds module, still shows in plan?',
        f'```\nresource "aws_instance" "web" {{\n  ami           = "ami-0{v.pick(rng, v.LOWER_HEX, 16)}"\n  instance_type = "t3.{rng.choice(["micro", "small", "large"])}"\n  subnet_id     = "subnet-0{v.pick(rng, v.LOWER_HEX, 8)}"\n}}\n```\nplan says it will be destroyed, why?',
        f"state lock held by ID {v.uuid4(rng)} since {v.timestamp(rng)}, safe to force-unlock?",
        "how do I read a secret from AWS Secrets Manager in terraform without it ending up in state?",
        f'provider "aws" version {v.version(rng)} broke our `aws_s3_bucket_acl` resources, anyone else?',
        'the module takes `api_token = data.vault_generic_secret.cf.data["token"]`, is that fine or does it leak to the plan output?',
        f'terraform import aws_iam_role.deploy arn:aws:iam::{v.digits(rng, 12)}:role/deploy fails with "Cannot import non-existent remote object"',
        '`tfvars` has `datadog_api_key = "REPLACE_ME"` as a placeholder, CI substitutes it, but locally plan complains',
    ]


def _docker(rng: random.Random) -> list[str]:
    dig, ver, n = v.sha256_digest(rng), v.version(rng), rng.randint
    return [
        f'```\nFROM python:3.11-slim@{dig}\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["gunicorn", "app:wsgi", "-b", "0.0.0.0:{n(3000, 9000)}"]\n```\nimage is {n(400, 1500)}MB, how to slim it?',
        "is it ok to use `ARG NPM_TOKEN` in the Dockerfile or does it end up in the image history?",
        f"docker compose up fails: `Bind for 0.0.0.0:{n(3000, 9000)} failed: port is already allocated`",
        f"```\nservices:\n  db:\n    image: postgres:{n(12, 16)}\n    environment:\n      POSTGRES_PASSWORD: ${{POSTGRES_PASSWORD}}\n      POSTGRES_USER: app\n```\nthe .env next to it isn't picked up",
        f"buildx cache export to registry takes {n(2, 15)} minutes, image {ver}, any tips?",
        f"`docker pull ghcr.io/acme/worker:{ver}` says manifest unknown but the digest {dig[:19]}... is in the UI",
        "docker secrets vs env vars for the Stripe key in swarm, which is the recommended way?",
        f"container exited with code {rng.choice([137, 139, 143, 1])}, `docker inspect` shows OOMKilled false",
    ]


def _code(rng: random.Random) -> list[str]:
    n = rng.randint
    return [
        '```python\nimport os\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nresp = client.chat.completions.create(model="gpt-4o", messages=msgs, max_tokens=512)\n```\nwhy does it hang on the second call?',
        '```python\ndef login(username: str, password: str) -> Session:\n    user = repo.get(username)\n    if not verify(password, user.password_hash):\n        raise AuthError("bad credentials")\n```\nshould the comparison be constant-time?',
        'in Go, `token := os.Getenv("GITHUB_TOKEN")` returns empty under systemd, do I need EnvironmentFile?',
        "```js\nconst apiKey = process.env.STRIPE_SECRET_KEY;\nif (!apiKey) throw new Error('missing key');\n```\njest can't see the env var",
        f"```\nTraceback (most recent call last):\n  File \"/app/worker.py\", line {n(10, 500)}, in run\n    resp = session.post(url, json=payload, timeout={n(5, 60)})\nrequests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.acme.io', port=443): Read timed out. (read timeout={n(5, 60)})\n```",
        "```python\nclass Settings(BaseSettings):\n    database_url: str\n    slack_bot_token: SecretStr\n    openai_api_key: SecretStr | None = None\n```\nis SecretStr enough to keep it out of logs?",
        "how do I mock `boto3.client('secretsmanager').get_secret_value` in pytest?",
        f"`max_tokens={n(256, 4096)}` and `temperature=0.{n(0, 9)}` — the model still truncates, is the context window {n(8, 128)}k?",
        '```rust\nlet token = std::env::var("API_TOKEN").expect("API_TOKEN not set");\n```\nclippy complains about expect, why?',
        "TypeScript: `const headers = { Authorization: `Bearer ${token}` };` — eslint says template literal in object, is that a real issue?",
        f"```\nat com.acme.auth.TokenValidator.validate(TokenValidator.java:{n(20, 300)})\nat com.acme.auth.Filter.doFilter(Filter.java:{n(20, 300)})\nCaused by: io.jsonwebtoken.ExpiredJwtException: JWT expired at {v.timestamp(rng)}\n```",
        "what's the best way to hash API keys before storing them, sha256 with a pepper or bcrypt?",
        f"regex question: `^[a-z0-9-]{{3,{n(20, 63)}}}$` for bucket names, does it allow trailing dashes?",
        '```python\nresp = requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=10)\n```\nhow do I retry only on 5xx?',
        f"the tokenizer says {n(1000, 9000)} tokens but the API billed {n(1000, 9000)} prompt_tokens, which one is right?",
        "```yaml\nspring:\n  datasource:\n    url: jdbc:postgresql://db:5432/app\n    username: ${DB_USER}\n    password: ${DB_PASSWORD}\n```\nprofile-specific overrides don't apply",
    ]


def _config(rng: random.Random) -> list[str]:
    n = rng.randint
    return [
        "our .env.example:\n```\nSLACK_BOT_TOKEN=xoxb-your-token\nSLACK_SIGNING_SECRET=<your-signing-secret>\nOPENAI_API_KEY=YOUR_API_KEY\nDATABASE_URL=postgres://user:password@localhost:5432/tandem\n```\nis that enough for a new dev?",
        '```toml\n[database]\nhost = "localhost"\nport = 5432\npassword = "changeme"\n```\nthis is the sample config from the README',
        "```ini\n[api]\nbase_url = https://api.acme.io\ntoken = ***\ntimeout = 30\n```\nthe token line is masked in the screenshot, how do we set it per env?",
        f"config has `session_ttl: {n(300, 86400)}`, `token_expiry_seconds: {n(300, 86400)}`, `password_min_length: {n(8, 16)}` — which one controls logout?",
        "```yaml\nauth:\n  type: oauth2\n  client_id: ${OAUTH_CLIENT_ID}\n  client_secret: ${OAUTH_CLIENT_SECRET}\n  token_url: https://login.acme.io/oauth/token\n```",
        "the docs say to set `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` in the environment, but we use instance roles, so do I need them at all?",
        "```\nexport GITHUB_TOKEN=<paste token here>\nexport NPM_TOKEN=xxxxxxxx\n```\nthat's from the onboarding doc, is it still current?",
        f"nginx `client_max_body_size {n(1, 100)}m; keepalive_timeout {n(5, 75)}s;` — still getting 413 on uploads",
        "`password: \"{{ lookup('env', 'DB_PASSWORD') }}\"` in the ansible play, works locally but not in AWX",
        "what should `api_key:` be in the datadog.yaml on dev boxes? the template just has `api_key: <DD_API_KEY>`",
        '```json\n{\n  "name": "svc-reporting",\n  "password": "",\n  "token": null,\n  "timeout_ms": 3000\n}\n```\nis an empty password accepted by the driver?',
        "prometheus `bearer_token_file: /var/run/secrets/kubernetes.io/serviceaccount/token` works but `authorization.credentials_file` doesn't",
    ]


def _prose(rng: random.Random) -> list[str]:
    n, ip, ver = rng.randint, v.ipv4(rng), v.version(rng)
    return [
        "how do I rotate the DB password without restarting every pod?",
        "the token expired again after 1 hour, can we make the refresh token longer lived?",
        "where do we keep the Stripe secret key for staging? vault or SSM?",
        "I think my personal access token leaked in a screenshot, how do I revoke it?",
        "someone asked for the root password of the bastion, we don't share that, right?",
        "is it safe to log the first 4 chars of an API key for debugging?",
        "the password reset email links to localhost, which env var sets the base URL?",
        "what's our policy on sharing secrets in Slack? I know, I know, but asking for a friend",
        "key rotation for the KMS key is yearly, do we need to re-encrypt old objects?",
        "which secret manager do other teams use for Lambda, SSM Parameter Store or Secrets Manager?",
        "after the SSO migration my password doesn't work on the VPN anymore, who do I ask?",
        f"release {ver} went out at {n(10, 23)}:{n(10, 59)}, error rate peaked at {n(1, 9)}.{n(0, 9)}% for {n(2, 20)} minutes",
        f"the bastion at {ip} answers on port 22 but the new one at {v.ipv4(rng)}:{n(2200, 2299)} doesn't",
        f"planning: sprint {n(20, 60)} starts 2024-{n(1, 12):02d}-{n(1, 28):02d}, demo on the {n(1, 28)}th at 15:30",
        f"can someone review PR #{n(1000, 9999)}? it's {n(20, 900)} lines, mostly tests",
        "ping @priya when the migration is done, she's on call this week",
        f"reach out to platform-team@acme.io or sam.ortiz@acme.io for access, or file a ticket in JIRA OPS-{n(100, 9999)}",
        f"meeting notes are on https://wiki.acme.io/display/ENG/Incident-{n(100, 999)}, action items at the bottom",
        f"uptime was 99.{n(90, 99)}% last month, {n(2, 40)} minutes of downtime on the {n(1, 28)}th",
        f"the queue had {n(10**4, 10**7)} messages at peak and drained in {n(2, 90)} minutes",
        f"disk usage on db-{n(1, 9)} is {n(100, 900)}GiB of {n(1000, 2000)}GiB, {n(10**6, 10**9)} bytes/s writes",
        "is anyone else seeing 401s from the GitHub API since this morning? our token scopes didn't change",
        "do we have a runbook for when the signing key of the JWT issuer is compromised?",
        f"meeting moved to {n(9, 17)}:{rng.choice(['00', '30'])} CET, dial-in on the calendar invite",
        f"hotfix {ver} tagged, changelog in docs/CHANGELOG.md line {n(1, 400)}",
        "the on-call handbook says to never paste tokens here, so I'll DM the details instead",
    ]


def _ids_and_urls(rng: random.Random) -> list[str]:
    uid, dig, sha, rid, ts = (
        v.uuid4(rng),
        v.sha256_digest(rng),
        v.git_sha(rng),
        v.request_id(rng),
        v.timestamp(rng),
    )
    n = rng.randint
    return [
        f"request id {rid} returned 502 at {ts}, can someone check the gateway logs?",
        f"X-Request-Id: {v.uuid4(rng)} — the trace in Jaeger is {v.pick(rng, v.LOWER_HEX, 32)}",
        f"tenant {uid} is over quota, their usage is {n(10**3, 10**6)} requests/day",
        f"the artifact checksum is sha256 {dig[7:]} and the download matches",
        f"https://github.com/acme/payments/commit/{sha} broke the nightly build",
        f"see https://ci.acme.io/job/payments/{n(100, 9999)}/console and https://grafana.acme.io/d/abc123/api-latency?from=now-6h",
        f"S3 object s3://acme-logs/{n(2020, 2024)}/{n(1, 12):02d}/{n(1, 28):02d}/part-{n(0, 999):05d}.parquet is {n(1, 999)}MB",
        f"error ID: {v.pick(rng, v.UPPER_DIGITS, 8)}, correlation id {uid}",
        f"session {v.pick(rng, v.LOWER_HEX, 24)} for workspace T0{v.pick(rng, v.UPPER_DIGITS, 8)} keeps disconnecting",
        f"container {v.pick(rng, v.LOWER_HEX, 12)} restarted {n(2, 30)} times, image {dig}",
        f"pagerduty incident Q{v.pick(rng, v.UPPER_DIGITS, 13)} auto-resolved at {ts}",
        f'the etag was "{v.pick(rng, v.LOWER_HEX, 32)}" before and after the upload, so it didn\'t change',
        f"stripe event evt_{v.pick(rng, v.ALNUM, 24)} for charge ch_{v.pick(rng, v.ALNUM, 24)} arrived twice, is our webhook idempotent?",
        f"logs: `{ts} INFO request_id={rid} method=GET path=/v1/orders/{n(1000, 99999)} status=200 duration_ms={n(1, 999)} bytes={n(100, 99999)}`",
        f"line {n(100, 9000)} of the log at {ts} has pid {n(100, 65000)} tid {n(100, 65000)} and errno {n(1, 130)}",
        f"Sentry issue PAYMENTS-{n(100, 999)} first seen {ts}, {n(10, 9999)} events, release {v.version(rng)}",
        "base64 of 'admin' is YWRtaW4= and of 'hello' is aGVsbG8=, the API wants base64 of the JSON body though",
        f"build number {n(10**5, 10**7)}, artifact id {n(10**8, 10**10)}, timestamp {n(1_600_000_000, 1_760_000_000)}",
        f"kafka offset {n(10**8, 10**12)} on partition {n(0, 63)}, lag {n(0, 99999)}",
        f"IPv4 {v.ipv4(rng)}/{n(8, 30)} and {v.ipv4(rng)} are in the allowlist, {v.ipv4(rng)} isn't",
    ]


def _tricky(rng: random.Random) -> list[str]:
    n, ip, ts = rng.randint, v.ipv4(rng), v.timestamp(rng)
    return [
        f"benchmark sizes 256 512 1024 2048, p99 {n(100, 999)} {n(100, 999)} {n(1000, 9999)} us respectively",
        f"NodePort range is 30000-32767, we use {n(30000, 32767)} for the ingress and {ip}:{n(1024, 65535)} for metrics",
        f"timeline: 14:05-14:20 UTC degraded, 14:20:{n(10, 59)}.{n(100, 999)} recovered, {n(1, 9)},{n(100, 999)},{n(100, 999)} requests failed",
        f"CVE-2024-{n(1000, 49999)} affects openssl {v.version(rng)}, RFC 7519 section {n(1, 9)}.{n(1, 9)} explains the claim",
        f"HTTP/1.1 {rng.choice([200, 401, 403, 502])} after {n(100, 9999)}ms, SLA is 99.95%, Content-Length: {n(100, 99999)}",
        f"snowflake id {n(10**17, 10**18)} and order id {n(10**12, 10**13)} in the same row, epoch ms {n(1_700_000_000_000, 1_760_000_000_000)}",
        f"`chmod 0644 config.yaml` then `chown 1000:1000`, uid {n(1000, 60000)} gid {n(1000, 60000)}",
        f"dates in the export: 2024-03-15, 15/03/2024, 03-15-2024, 15.03.2024 and {ts}",
        f"IPv6 2001:db8::{n(1, 9999)}, MAC 00:1A:2B:3C:4D:5E, subnet {ip}/24, gateway {v.ipv4(rng)}",
        f"`SELECT count(*) FROM events WHERE ts BETWEEN {n(1_600_000_000, 1_700_000_000)} AND {n(1_700_000_000, 1_760_000_000)};` returns {n(10**5, 10**8)}",
        "scoped package `@acme/ui` and `@types/node` both resolve, but `lodash@4.17.21` is pinned twice",
        f"image pinned as `nginx@{v.sha256_digest(rng)}` per policy",
        "docs say to use jane@example.com and ops@example.org in test fixtures, plus noreply@github.com for bot commits",
        f"email regex `^[^@\\s]+@[^@\\s]+\\.[a-z]{{2,}}$` rejects plus addressing, any better idea? build {n(100, 999)}",
        f"`ssh -i ~/.ssh/id_ed25519 ubuntu@ec2-{ip.replace('.', '-')}.compute-1.amazonaws.com` times out",
        f"java: com.amazonaws.services.s3.AmazonS3ClientBuilder and software.amazon.awssdk.services.s3.S3AsyncClient v{v.version(rng)}",
        f'npm lockfile entry: "integrity": "sha512-{v.random_bytes_b64(rng, 64)}"',
        f"CloudFront says X-Amz-Cf-Id: {v.random_bytes_b64(rng, 42)} for the failing request",
        f"the cursor in the paginated response is {base64.b64encode(json.dumps({'id': n(1000, 99999), 'ts': n(1_700_000_000, 1_760_000_000)}).encode()).decode()}, can I decode it client side?",
        "`kubectl create secret generic db --from-literal=password=$DB_PASSWORD` in CI, and locally `--from-env-file=.env`",
        "`CREATE USER reporting WITH PASSWORD :'pw';` via psql variables so it doesn't hit the history",
        f"Go panic: goroutine {n(1, 999)} [running]: main.handler(0xc000{v.pick(rng, v.LOWER_HEX, 6)}) /src/main.go:{n(10, 300)} +0x{v.pick(rng, v.LOWER_HEX, 3)}",
        f"AWS unique id AROA{v.pick(rng, v.UPPER_DIGITS, 17)} for the role, account {v.digits(rng, 12)}, region eu-west-1",
        "phone field validation: E.164 allows up to 15 digits, we store it as varchar(20); test uses 555-0100 style numbers",
        f"memory: {n(10**9, 9 * 10**9)} bytes rss, {n(100, 900)} MiB heap, gc pause {n(1, 99)} ms, {n(10, 99)}% cpu",
    ]


def ordinary(rng: random.Random) -> list[str]:
    groups = (
        _git,
        _k8s,
        _ci,
        _sql,
        _terraform,
        _docker,
        _code,
        _config,
        _prose,
        _ids_and_urls,
        _tricky,
    )
    return [text for group in groups for text in group(rng)]
