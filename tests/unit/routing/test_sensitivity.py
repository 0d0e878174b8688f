"""Behaviour of the sensitivity detector on hand-written cases from the product brief.

Each case names a concrete thing a person pastes into Slack. The corpora
(``test_sensitivity_corpus.py``) and the property tests (``test_sensitivity_properties.py``)
cover volume and randomness; this file pins the contract and the documented decisions.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import threading

import pytest

from bot.routing.sensitivity import Finding, SensitivityDetector, SensitivityResult


def _jwt(payload: dict[str, object]) -> str:
    body = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
    return (
        f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{body}.Xq3vB9kLmN2pQ8rT5wY7zA1cE4fH6jK0sD3gU8iO2lR"
    )


SUPABASE = {"iss": "supabase", "ref": "qiitmvmhqbmgwtlqwads", "iat": 1700000000}
SUPABASE_ANON = _jwt({**SUPABASE, "role": "anon"})
SUPABASE_SERVICE_ROLE = _jwt({**SUPABASE, "role": "service_role"})
ELASTIC_CLOUD_ID = base64.b64encode(
    b"eu-west-1.aws.found.io$1db6da43de4adb65b7cdd9b8ab13f604$412dbdcdae14541d23a285fc3299d3ec"
).decode()
DATABASE_URL_B64 = base64.b64encode(
    b"postgres://uh76j31mz3vda9:pa5ba8dbcdf1c60384e2995c5492607b867195a9"
    b"@ec2-222-134-196-153.eu-west-1.compute.amazonaws.com:5432/djtu4yh7eln"
).decode()
NEW_RELIC_GUID = base64.b64encode(b"3183350|APM|APPLICATION|558092689").decode()

DETECTOR = SensitivityDetector(
    company_domains=["acme.io"], extra_patterns={"customer_id": r"\bCUST-\d{6}\b"}
)

PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\n"
    "MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi0SUnzkEsB0ZNsTSTTB4rCcfEK\n"
    "b3Bbi2GzGm1u4xDWtBVvhLbNhW6BhAoHL1L6pVtxhp1gSNjZ4CrA2U3nFDTxrwW9\n"
    "-----END RSA PRIVATE KEY-----"
)

SENSITIVE = [
    ('password = "Tr0ub4dor&3"', "secret.password_assignment"),
    ("DB_PASSWORD=hunter2isnotsafe", "secret.password_assignment"),
    (
        "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        ".eyJzdWIiOiI0MjQyIiwibmFtZSI6ImphbmUifQ"
        ".4pcPyMD09olPSyXnrXCjTwXyr4BsezdI1AVTmud2fU4",
        "secret.jwt",
    ),
    ("postgres://app:s3cretpw@db:5432/x", "secret.url_credentials"),
    ("aws_secret_access_key=wJalrXUtnFEMIK7MDENGbPxRfiCYZZ8aQ3xL2kPq", "secret.aws_key"),
    ("my key is AKIA2E3F4G5H6J7K2LMN, is it revoked?", "secret.aws_key"),
    (f"here is the deploy key\n{PEM}\nwhy does ssh reject it?", "secret.private_key"),
    (
        "client-key-data: " + base64.b64encode(PEM.encode()).decode(),
        "secret.private_key",
    ),
    ("GITHUB_TOKEN=ghp_R4nd0mT0k3nV4lu3W1thThirtySixCh4rsQz", "secret.github_token"),
    (
        "the bot token xoxb-123456789012-1234567890123-q8Zt2LmX9vKp4RwN7sYc1HbJ fails",
        "secret.slack_token",
    ),
    (
        "can you check my key sk-proj-Q9fK2mZp8xLr4Tn6Wv1Yc3Hb7Jd5Ge0Sa2Uk4Ni6Ol8Mq? it's 401",
        "secret.openai_key",
    ),
    ("mysql -u admin -p'Sup3r$ecret' reporting", "secret.password_assignment"),
    ("customer jane.doe@gmail.com never got the invoice", "pii.email"),
    ("please call the customer back on +44 20 7183 8750", "pii.phone"),
    ("their number is (415) 823-0132", "pii.phone"),
    # Numbers reserved for fiction stand for a person's when nothing says they are examples.
    ("user +44 7700 900370 says the SMS code never arrives", "pii.phone"),
    ("the customer called from (212) 555-0142 twice about the refund", "pii.phone"),
    ("Our E.164 validator rejects +44 7700 900557, is the space the problem?", "pii.phone"),
    ("card 4111 1111 1111 1111 was declined", "pii.card"),
    ("refund to DE89 3704 0044 0532 0130 00 please", "pii.iban"),
    ("ticket CUST-123456 is escalated", "policy.customer_id"),
    (
        "webhook https://discord.com/api/webhooks/673045565775708717/"
        "I6U9FyehmVql9dTwhPslXi7uL6U5Q_8qre6TeUNjlWFzxAjJxa36BfsaGe2E-O9XCNBr gives 404",
        "secret.discord_token",
    ),
    (
        "https://acme.webhook.office.com/webhookb2/3f2a9c1e-5b7d-4a6c-8e0f-1a2b3c4d5e6f@"
        "9c1e5b7d-4a6c-8e0f-1a2b-3c4d5e6f7a8b/IncomingWebhook/4d2c8e1f9a7b3c5d6e0f1a2b3c4d5e6f/"
        "0f1a2b3c-4d5e-6f7a-8b9c-0d1e2f3a4b5c returns 400",
        "secret.api_key",
    ),
    ("HEROKU_API_KEY is 5743150d-c3f5-4622-e345-687945818a97", "secret.password_assignment"),
    ("db_password was Xk9mQ2pL77 until today", "secret.password_assignment"),
    ("my passphrase is 'k3Jd9 x8Qw2z Lp0v7' and it fails", "secret.password_assignment"),
    ("the patient's SSN 512-16-4980 shows in the logs", "pii.national_id"),
    ("social security number: 512 16 4980", "pii.national_id"),
    ('ld.MakeClient("sdk-87168a04-c30b-4711-9632-713fb8d4ed85", 5*time.Second)', "secret.api_key"),
    ('algoliasearch("3SPMKI4FJ8", "7ebc660b403ecc81758081881c885b17")', "secret.api_key"),
    (
        "sqlplus 'ADMIN/\"BU#hgYBeiY_QVxZn7E\"@(description=(address=(host=adb.example)))'",
        "secret.password_assignment",
    ),
    (
        "$ cat ~/.pgpass\ndb-replica-02.internal:5432:*:analytics_ro:uRJxj9l-hnb3g-_8!OeY",
        "secret.password_assignment",
    ),
    (
        "keytool -importcert -alias root -file ca.pem \\\n"
        "  -keystore trust.jks -storepass 'TtaCoc-2Qh?iVGBc'",
        "secret.password_assignment",
    ),
    ("openssl pkcs12 -export -in c.pem -passout pass:Zq8!rT2mKw", "secret.password_assignment"),
    (
        "echo 'Tundra_zephyr4546+' > ~/.vault_pass.txt && chmod 600 ~/.vault_pass.txt",
        "secret.password_assignment",
    ),
    ("echo 'Xk9mQ2pL77!' | docker login -u ci --password-stdin", "secret.password_assignment"),
    ("J'ai remis le mot de passe à w0sF#Fa?G#WiQ# dans l'AD", "secret.password_assignment"),
    ("Walidacja PESEL odrzuca klienta: 03241593692", "pii.national_id"),
    ("NINO column: PR 48 27 19 B rejected by HMRC", "pii.national_id"),
    ("BSN in het HR-systeem: 459211845", "pii.national_id"),
    ("o checkout recusa o CPF 965.434.384-36", "pii.national_id"),
    ("numéro de sécu : 2 91 10 69 223 951 65", "pii.national_id"),
    ("przelew odrzucony, numer rachunku: 12 1248 2687 4656 7047 1059 0773", "pii.iban"),
    ('"issuing_country": "SE", "personal_number": "930926-4795"', "pii.national_id"),
    ("HETU 131052-308T on the onboarding form", "pii.national_id"),
    ("NIE X1234567L rejected by the tax API", "pii.national_id"),
    ("payroll export row: Wei Petrova,799-63-4721,2024-05-22,Sales", "pii.national_id"),
    (
        '{"customer_details": {"name": "Olusegun Novak", "address": {"line1": "63 Newcastle'
        ' Road", "city": "Galway"}}}',
        "pii.address",
    ),
    (
        "kwargs={'recipient': {'name': 'Zanele Oliveira', 'street1': '3604 Harrison Ct'}}",
        "pii.address",
    ),
    (
        "POST https://api.telegram.org/bot4669876125:AAsYst1h8SgdKa0Nrh2RgaTRTl5fdOC8QwX/getUpdates",
        "secret.telegram_token",
    ),
    ('"headers":{"DD-API-KEY":["6c038723069fe88c9f87b4a826d4d610"]}', "secret.auth_header"),
    ("corp card for the aws invoice: 4431 8028 9053 5800 exp 06/27 cvv 147", "pii.card"),
    ("pls book the hotel on my card 2422-1457-9255-0385 07/27 cvc 258 thx!!", "pii.card"),
    ("db pass is Otter2712! btw, user is app_rw", "secret.password_assignment"),
    ("le RAILWAY_TOKEN pour la CI c'est 3b573740-a5a3-43fd-b700-d22eb801641d", "secret"),
    ("for the qa acct just use V3lv3tf@lc0n52 as the password", "secret.password_assignment"),
    ("client_id ffd4a32d68a12d42076a6440 secret 7dafdecc1724373a674eae6e5418fe", "secret"),
    ("ステージングのDBパスワードは fjord!Marmot!tundra1 です", "secret.password_assignment"),
    ("gmail app password for the smtp relay: fkje yvsd tqqj rocn", "secret.password_assignment"),
    (
        'passphrase for the bastion key is "harbor saffron fjord nimbus"',
        "secret.password_assignment",
    ),
    ("jenkins creds admin/y=SIWv7gA1D!? (old box)", "secret.password_assignment"),
    ("my cookie sessionid=3xwtvbv6509r4vfkc4brm3q5hir34hzz (staging)", "secret"),
    (
        "bitlocker recovery key: 400510-515856-393690-110033-254430-311003-376167-316305",
        "secret.recovery_code",
    ),
    ("recovery codes: 49b7f-e27f9 c99cb-e1a1b 42314-581ee 8b69f-816f1", "secret.recovery_code"),
    ("totp seed: tbpr 75rt wya3 44in xr4z hnkw ad57 zba7", "secret.otp_seed"),
    ("brevo: xkeysib-" + "57bf3949" * 8 + "-8tn60UhcR1vi0y4w", "secret.api_key"),
    (
        "Azure DevOps PAT voor de pipeline: fwkwel2qh2nswj64m5jpb6gyqrxhelvachhztpruxmf74kojtz7f",
        "secret.api_key",
    ),
    ("meine Steuer-ID für HR: 85 639 718 023", "pii.national_id"),
    ("il mio codice fiscale: BNCGLI93A51F205L", "pii.national_id"),
    ("mai nanbaa wa 5339 8924 3606 desu", "pii.national_id"),
    ("HR needs it for the visa: Tomasz Zielinski, DOB 03/08/1985", "pii.dob"),
    ("Geburtsdatum von Lena Hoffmann: 06.09.2000", "pii.dob"),
    ("the new hire was born on 14.02.1991, for the insurance form", "pii.dob"),
    # Spelt out to dodge spam bots, in lower case, in other languages, seven digits.
    ("the customer is priya dot lindqvist66 at gmail dot com, reply please", "pii.email"),
    ("ha scritto lorenzo.esposito [at] libero [dot] it", "pii.email"),
    ("IBAN aus dem Formular: de88281046255921883431, wir normalisieren nicht", "pii.iban"),
    ("O cliente pediu retorno no celular (11) 91302-5867.", "pii.phone"),
    ("Bitte ruf den Kunden unter 0151 9697 5169 zurück", "pii.phone"),
    ("call me at 555-1234 after the deploy", "pii.phone"),
    ("Hasło do bazy testowej to Mosaic66+, czemu pg_dump?", "secret.password_assignment"),
    ("heslo je Kx8#mPq2vL", "secret.password_assignment"),
    ("salasana on Kuusi#77x", "secret.password_assignment"),
    # Cut by a terminal's line wrap; a '#' in a URL's password; recovery codes of letters.
    ("vault login fails, it wrapped:\n```\nhvs.5GYhv8Rdak\nt9qETlksjwv7MW\n```", "secret"),
    ("PaymentDeclined: card=46613770\n    65910345 exp=09/27 reason=do_not_honor", "pii.card"),
    ("pip install --index-url https://ci-bot:uipvHPn1X9#7@pypi.acme.io/simple", "secret"),
    ("backup codes for root: yxyq-leqj  jsy9-1k9k  1jtg-lsvf  m82k-dhub  imq8-qfdm", "secret"),
    # Shaped like a strong password, in a message about logging in, with no password word.
    ("the grafana login bounces me; i reset admin to vt3!Nnn2 this morning", "secret"),
    (
        "btw the wifi in the Lisbon office is \u201cJuniper544$\u201d, why does the VPN drop?",
        "secret",
    ),
    # Postfix's sasl_passwd map, a key turned into bytes, a Supabase service-role key.
    (
        "/etc/postfix/sasl_passwd:\n\n[smtp.mailgun.org]:587 postmaster@mg.acme.io:"
        "5a0fa35e28ba550e8d5d068d5a4f937d-f0c2f533-fcce935d\n",
        "secret",
    ),
    ('var jwtKey = []byte("KLj+TdY363ZzHl!A%3hPKh~tu8pdg6y=_-#a-2WA")', "secret"),
    (f"createClient(url, '{SUPABASE_SERVICE_ROLE}')", "secret.jwt"),
    # Short chat: links that hold a secret, PINs and door codes, shorthand and dictation.
    ("here, expires in 1h https://onetimesecret.com/secret/qmiyzpyj5i5q2zljirjezb61n8", "secret"),
    (
        "https://privatebin.net/?fedae749b5812d10#7TGJR0R2OHC5iUbAmbBZGNnK3B6jAZpG pw inside",
        "secret",
    ),
    ("pin for the corp amex is 7746, dont lose it", "secret.pin"),
    ("alarm code for the office is 44602 then #", "secret.pin"),
    ("u: qa-tester2 p: Falc0n156$", "secret"),
    ("ssh admin@10.20.3.7 , pass -EfVHK-3ztf=", "secret"),
    # Teams that do not work in English (heldout15).
    ("הסיסמה לשרת הבדיקות היא $V-w2uio#Ev8-a&0c, למה ה-SSH נתקע?", "secret"),
    ("Ο κωδικός πρόσβασης για τον admin είναι 5VpklOBk&3RP3", "secret"),  # noqa: RUF001
    ("Lösenordet till test-Kafka är Kanelbulle1994$, men SASL-fel", "secret"),
    ("A palavra-passe da conta de serviço do SFTP é r&GNX1F7@!!H$urw", "secret"),
    ("Ребят, пароль от прод-БД: *j@tyaF185R8fucHK. Почему pg_dump падает?", "secret"),
    ("카카오 REST API 키 7ef471076e078addd4e7834d741db483 를 프론트엔드에?", "secret"),
    ("Оплатил картой Мир 2204 1271 6100 5211, срок 09/27", "pii.card"),
    ("Troy kartımla test ettim: 9792 9304 1051 2892, SKT 11/26", "pii.card"),  # noqa: RUF001
    ("Mailgun の API キー `key-1d3a3cc29ecd04dcb434ca642fbc06f3` で 401", "secret.api_key"),
    # Grader files and the whole company's chat (heldout17, heldout19).
    ("twilio.send to=+12125550145 status=undelivered", "pii.phone"),
    ('broker="amqp://celery:bftuIZ736?jay@rabbitmq.acme.internal:5672/prod"', "secret"),
    ("customer Camille Obi (camille.obi@example.org) says she was charged twice", "pii.email"),
    ("Got an invoice from billing@acme.io.example asking for payment", "pii.email"),
    ("The door code for the 4th floor side entrance changed to 3068#, post it?", "secret.pin"),
    ("Il codice della porta del magazzino è 27171. Puoi scrivere un avviso?", "secret.pin"),
    ("Alarm disarm code for the Lisbon office is 2922, cleaners come at 7", "secret.pin"),
    ("Treasury login while I'm on leave: user ACME098921, PIN 05374", "secret.pin"),
    ("Okta asks me to 'enter code', the code in my app is 008 417 right now", "secret.otp"),
    ("Local admin is acmeadmin / falcon-harbour-maple9 for the intern's Mac", "secret"),
    ("FileVault recovery key PONV-W0JX-ADBU-9KYC-ETXO-J0X3, anything else?", "secret"),
    # Data, mobile and security teams (heldout20-22).
    (
        "order_id,customer,amount,card_number,exp\n88121,Priya,129.90,4439335953715979,09/27",
        "pii.card",
    ),
    ("wandb login 1a5109734cab513963c13c7c555e499bb74244e9 --relogin", "secret.api_key"),
    ('kaggle.json: {"username":"acme-ds","key":"323747a17c7055db7801313d9fb1e28f"}', "secret"),
    ("signingConfigs {\n  release {\n    storePassword 'D2W6aOHtz6axuf'\n  }\n}", "secret"),
    (
        "Config: clientId 'Iv1.d8cb86564cc5f91f', clientSecret 'fc348e0ed7a0b2e7e645baeb5280b02f'",
        "secret",
    ),
    ("Redis in the DMZ had `requirepass ceyis4YZkgi^Z` in redis.conf", "secret"),
    ("it's `banjo-pixel-cactus-tundra` all lowercase, no spaces", "secret"),
    ("^ that didnt work bc it has a trailing space, actual is `*MS6Nkt&P3i`", "secret"),
    ("0I6f7Uoq4F!6WF#\n\noops wrong window, pls ignore", "secret"),
    ("pagerduty routing key 7e7a2212818e91617ccc08f40f2cf4eb for the new service", "secret"),
    ("apple app-specific pw for the ci mac: mydy-mjau-ivkq-nxug", "secret"),
    (
        "пароль от стейджа: 5JUKc2wt.-JVqu_9",
        "secret",
    ),
    ("te paso la clave del vpn: a.MGwx3aL+8CiY ojo que caduca", "secret"),
    ("le mdp du wifi c'est tundrasaffroncobalt4387", "secret"),
    ("ring min fru om n\u00e5t h\u00e4nder 070-020 62 20", "pii.phone"),
    ("bitlocker recovery key: 128791-447511-720121-774098-244140-897465-040259-081588", "secret"),
    # Encodings and scripts: escaped JSON, base64, URL-encoding, Slack bold, other digits.
    ('{"dsn":"mysql:\\/\\/billing_rw:t768hWv6XomdUgxmmc@10.20.3.14:3306\\/billing"}', "secret"),
    (
        '"SecretString": "{\\"user\\": \\"app\\", \\"password\\": \\"JiEXv9Q1RUd_rz*?sodSX\\"}"',
        "secret",
    ),
    (f"it had `DATABASE_URL_B64={DATABASE_URL_B64}`", "secret.url_credentials"),
    ("> Von: J\u00f6rg M\u00fcller <j\u00f6rg@m\u00fcller-bau.de>", "pii.email"),
    ("`POST /v1/otp/send?phone=%2B447911123456&channel=sms`", "pii.phone"),
    ("GET /api/v2/users/lookup?email=diego.fernandez%2Bshop%40outlook.com HTTP/1.1", "pii.email"),
    ("creds for the DR drill: user *postgres_admin* / pass *4nqHEp83mh7p53VIJB*", "secret"),
    ("\u8fd0\u7ef4\u503c\u73ed\u7535\u8bdd\u6539\u6210 138 8167 3024 \u4e86", "pii.phone"),
    ("qu'on le rappelle au 06\u202f39\u202f98\u202f52\u202f88 pour la migration", "pii.phone"),
    (
        "\u0631\u0642\u0645\u0647 \u0660\u0665\u0665\u0669\u0666\u0661\u0668\u0661\u0667\u0660",
        "pii.phone",
    ),
    (
        "\u30ab\u30fc\u30c9\u756a\u53f7 \uff15\uff13\uff16\uff14\uff0d\uff14\uff14\uff19\uff10"
        "\uff0d\uff16\uff10\uff10\uff11\uff0d\uff10\uff12\uff19\uff13",
        "pii.card",
    ),
    ("Kreditkarte 4911\u20091330\u20091962\u20097081, g\u00fcltig bis 03/26", "pii.card"),
    (
        "\u643a\u5e2f\u306f\uff10\uff19\uff10\uff0d\uff16\uff12\uff12\uff14\uff0d\uff14\uff13\uff12\uff14\u3067\u3059",
        "pii.phone",
    ),
]

ORDINARY = [
    "how do I rotate the DB password?",
    "the token expired, can I refresh it?",
    "git show 3f2a9c1e5b7d4a6c8e0f1a2b3c4d5e6f7a8b9c0d and 3f2a9c1",
    "tenant 123e4567-e89b-42d3-a456-426614174000 is over quota",
    "pin nginx@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "export AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}",
    'token = os.environ["TOKEN"]',
    "OPENAI_API_KEY=<your-token>",
    "api_key: YOUR_API_KEY",
    "password: xxx",
    "password=***",
    "password: changeme",
    "upgrade to 1.24.3 and restart on 10.0.3.17:8443 at 2024-03-15T10:00:00Z",
    "request id req_8f3a9c2b1d4e5f and trace 4bf92f3577b34da6a3ce929d0e0e4736",
    "echo aGVsbG8gd29ybGQ= | base64 -d",
    "mail sam.ortiz@acme.io or ops@eu.acme.io, docs use jane@example.com",
    "git clone git@github.com:acme/payments.git",
    "the aws docs example key AKIAIOSFODNN7EXAMPLE",
    "max_tokens=512, token_expiry_seconds: 3600, password_min_length: 12",
    "p99 went from 120 ms to 4500 ms, PR #48213, line 1234, 1073741824 bytes",
    "grep -r 'BEGIN RSA PRIVATE KEY' . finds nothing, good",
    "the file starts with -----BEGIN PRIVATE KEY----- but openssl says no start line",
    "fixtures use (415) 555-0142, +1 415 555 0199 and +44 7700 900123",
    "phone regex should accept numbers like +1 (555) 010-0199 and 020 7946 0958",
    "zxcvbn scores Password1! as 1 but our regex policy accepts it, switch to zxcvbn?",
    "the error says the password is 'too weak', what is the policy?",
    "the AUTH_TOKEN is expired and API_KEY is set in the vault",
    "part number 512-16-4980 is out of stock",
    "store the SSN like 123-45-6789 in an encrypted column",
    "kind: Secret\ndata:\n  password: Y2hhbmdlbWU=   # changeme, the chart default",
    '{"keys": [{"kty": "RSA", "kid": "-6MJWUt4PJXqq5VmM4u8KEtNRO8", '
    '"n": "wUZ4wLF4OBhf1Vs4_LcX70nSaFUNcuzlEod860ntKNsdn6RkwH5Ssvo71", "e": "AQAB"}]}',
    "HMRC's example NINO is QQ 12 34 56 C, use it in the fixtures",
    "tokens now carry kid `Hqgq5HVUNbd5Kyl4WWNVyTBZt5y` in the header",
    "password: \"{{ lookup('hashi_vault', 'secret=secret/data/orders/db:password') }}\"",
    "Signed-off-by: dependabot[bot] <support@github.com>",
    "docker build --secret id=npmrc,src=$HOME/.npmrc .",
    "echo $REGISTRY_TOKEN | docker login ghcr.io -u ci --password-stdin",
    "echo 'hello world 42' > greeting.txt",
    "keytool -list -keystore trust.jks -storepass:env STOREPASS",
    "order 459211845 and 03241593692 were shipped twice",
    "GET /styles?access_token=pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6Im5zMTRqYzhvM3J2eTF2ZGF6OTRiYzI4bGoifQ"
    ".SvTQWnn8AN7755J6WY0Fd5 HTTP/1.1 502",
    "[INFO/MainProcess] celery@shipping-worker-8bq2gxn7fc-t8zm5 ready.",
    '  ~ source_code_hash   = "MIn0PHtuib1pH3ibPpDMKUc/cvK8hZtxwiHUE6aXgno=" -> '
    '"lbx0xb0VORUc1hNdmXCpJxOP7w+PWmli4HuPUC72P8Y="',
    '        id                      = "db-L38C4GKSNE9DA8IJC9ZNDX0KM5"',
    "SSH_AUTH_SOCK=/private/tmp/com.apple.launchd.EJpMn7b68m/Listeners",
    '"encryptedCardNumber": "adyenjs_0_1_25$tGZAdGT9n9RCe+tevh+ZwyuPo+V2bGgMBxr/R7iOEHNVtmtX"',
    "auth:\n  existingSecret: grafana-admin\n  passwordSecretKey: admin-password",
    '"shipping_address": {"first_name": "Acme", "address1": "Acme Corp - Warehouse 2"}',
    "part number 799-63-4721 is back in stock",
    "order 4111111111111111 shipped twice",
    "the error says the password is 'at least twelve characters long'",
    "パスワードは1Passwordにあります",
    "spf=pass smtp.mailfrom=bounces.acme.io; dkim=pass header.d=acme.io",
    "couldn't find key password in Secret payments/pg-credentials",
    "how do I make an app password? this will make mail work again",
    "use the staging db as the default, not prod",
    "the build log shows 2024-05-01 and a date of birth field that is empty",
    "born on 2021-03-04, the service has grown a lot since",
    "passphrase is 'correct horse battery staple' from the xkcd comic",
    "we met at google dot com last year; the service runs at api dot acme dot io",
    "ops (at) acme.io, the masked one is j****e@gmail.com",
    "bounces from mailer-daemon@googlemail.com and postmaster@outlook.com reopen tickets",
    "hasło wygasło, ktoś wie jak zresetować w keycloaku?",
    'User.create(email="test.user@acme.io", password="not-a-real-password")',
    "the handy script ran at 2024-01-15 10:00; my phone number is wrong in the profile",
    "We want to block passwords like 'password123', 'Welcome1!' and 'qwerty' at signup",
    "login fails on GET /api?query=sum(rate(http_requests_total%5B5m%5D)) behind the proxy",
    "docs link https://docs.acme.io:443/page#section@top, backup codes look like 1111-2222",
    # Ciphertext committed on purpose, base64 of public ids, public-by-design keys.
    f"spec:\n  encryptedData:\n    DB_PASSWORD: Ag{'BxJ' * 80}\nkind: SealedSecret",
    "network:dbPassword:\n  secure: v1:uBvU9DDo15WpLnaN:K1H+nAA0ycsyDXLJZN9EJ1QyGBEJrCFDx==",
    "config/credentials/production.yml.enc:\nHprOfLcop9rfSubRErauaLybVz5uThr0rMoZ2ZiAGbO9tryBKAz"
    "--qstHI9U3VhrD7NmA--9zFD6srSR1zHlLqAp2Eaiw==",
    f"what is in an Elastic cloud_id? ours is `acme-logs:{ELASTIC_CLOUD_ID}`",
    f"a New Relic entity GUID: {NEW_RELIC_GUID}, safe for dashboards?",
    f"createClient(url, '{SUPABASE_ANON}') // the public anon key",
    # A setting left empty, a lookup by name, a noun describing a credential, a test number.
    "spring.mail.password=\nspring.mail.properties.mail.smtp.auth=false",
    'jira = JIRA(basic_auth=(user, keyring.get_password("acme-jira", user)))',
    "federated credential subject: repo:acme/infra:environment:prod",
    "the Twilio test credentials want the magic number +15005550006 as from_",
    "pin the version to 1.24.3; pinned 2 deps; the GPIO pin is 17",
    "the door code changed again, ask facilities; the promo code is SUMMER24",
    "u: deploy p: see vault, the recovery flow uses a one-time link",
    "the login tests pass consistently now; ssh in and pass the token to the script",
    'export DB_URL=$DATABASE_URL and read *cfg.password, @Value("${db.password}")',
    "CSP: script-src 'self' 'nonce-Md6xXtD8XhBh/aMXdT+PdQ==' https://js.stripe.com",
    "UPDATE users SET password_hash = :password_hash, failed_logins = 0 WHERE id = :user_id",
    "moving password hashing from bcrypt (cost 10) to argon2id, are m=65536, t=3 sane?",
    "Is it OK to let Chrome save my work passwords or should I put everything in 1Password?",
    "Our signup form rejects `first.last+newsletter@example.com`. Is the plus valid per RFC 5322?",
    "seed script creates alice@example.com; use test+signup1@example.com, mailhog catches it",
    "the GPIO pin 17 is ground; the promo code is 2024 and the error code is 401 in the docs",
    'pod stuck in CreateContainerConfigError: secret "stripe" not found',
    'Vault audit: "client_token": "hmac-sha256:35df8417e4fcd3ed97ce770c2536e615e3193cb6b9c0c7de"',
    "the tokenisation vault log shows only tokens like tok_Jn4BGTr6BEmKnj",
    "SHA-256 of the string 'password' is 5e884898da28047151d0e56f8dc6292773603d0d6aabbdd6",
    'assert verify(b"{}", header, "test-secret") and sign(body, key="dummy_token")',
    'login fails after reset; source_code_hash = "lbx0xb0VORUc1hNdmXCpJxOP7w+PWmli4HuPUC72P8Y="',
    "the `user-login-flow-test` fails on staging since the reset",
    "README says `DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME`, which HOST?",
    "slow span: `dd.trace_id=4677980300414569 dd.span_id=2924239300429053028`",
    "`kubectl get secret tandem-db-creds-s8ttx -n tandem -o yaml` says not found",
    "p99 doubled after switching the local model to llama-3.1-8b-instruct-q4_K_M",
    "2025-01-28T18:12:05.111660Z git@github.com: Permission denied (publickey).",
    "the password reset e-mail links to /reset?token=<TOKEN>, see RFC-7231 and Node18 docs",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_flags_sensitive_text_with_label(text: str, label: str) -> None:
    """``label`` is a label, or a prefix of one (``secret``) where several rules may win."""
    result = DETECTOR.scan(text)
    assert result.sensitive
    assert any(found == label or found.startswith(label + ".") for found in result.labels)


@pytest.mark.parametrize("text", ORDINARY)
def test_does_not_flag_ordinary_text(text: str) -> None:
    result = DETECTOR.scan(text)
    assert not result.sensitive, [(f.label, text[f.start : f.end]) for f in result.findings]


def test_result_shape_is_sorted_unique_and_consistent() -> None:
    text = "mail a.b@gmail.com and c.d@yahoo.com, DB_PASSWORD=hunter2isnotsafe"
    result = DETECTOR.scan(text)
    assert isinstance(result, SensitivityResult)
    assert result.labels == tuple(sorted(set(result.labels)))
    assert set(result.labels) == {f.label for f in result.findings}
    assert result.sensitive is bool(result.findings)
    assert all(0 <= f.start < f.end <= len(text) for f in result.findings)


def test_empty_text_is_not_sensitive() -> None:
    assert DETECTOR.scan("") == SensitivityResult(False, (), ())


def test_findings_hold_offsets_not_text() -> None:
    secret = "hunter2isnotsafe"
    result = DETECTOR.scan(f"DB_PASSWORD={secret}")
    assert [f.name for f in dataclasses.fields(Finding)] == ["label", "start", "end"]
    assert secret not in repr(result)
    (finding,) = result.findings
    assert f"DB_PASSWORD={secret}"[finding.start : finding.end] == secret


def test_results_are_immutable() -> None:
    result = DETECTOR.scan("DB_PASSWORD=hunter2isnotsafe")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.sensitive = False  # type: ignore[misc]


@pytest.mark.parametrize(("text", "_label"), SENSITIVE)
def test_redact_removes_every_finding(text: str, _label: str) -> None:
    result = DETECTOR.scan(text)
    redacted = DETECTOR.redact(text, result)
    for finding in result.findings:
        assert text[finding.start : finding.end] not in redacted
        assert f"[REDACTED:{finding.label}]" in redacted
    assert not DETECTOR.scan(redacted).sensitive


def test_redact_without_result_scans_first() -> None:
    assert (
        DETECTOR.redact("DB_PASSWORD=hunter2isnotsafe")
        == "DB_PASSWORD=[REDACTED:secret.password_assignment]"
    )


def test_redact_merges_overlapping_findings() -> None:
    text = "0123456789"
    result = SensitivityResult(
        True,
        ("pii.phone", "secret.high_entropy"),
        (Finding("pii.phone", 2, 6), Finding("secret.high_entropy", 4, 8)),
    )
    assert DETECTOR.redact(text, result) == "01[REDACTED:secret.high_entropy]89"


def test_invalid_policy_regex_raises_value_error_naming_it() -> None:
    with pytest.raises(ValueError, match="broken_rule"):
        SensitivityDetector(extra_patterns={"fine": r"\d+", "broken_rule": r"(unclosed"})


def test_invalid_policy_name_raises_value_error() -> None:
    with pytest.raises(ValueError, match="bad name"):
        SensitivityDetector(extra_patterns={"bad name": r"x"})


def test_policy_patterns_report_policy_label() -> None:
    detector = SensitivityDetector(extra_patterns={"codename": r"(?i)\bnightjar\b"})
    assert detector.scan("status of Project Nightjar?").labels == ("policy.codename",)
    assert not detector.scan("status of project sparrow?").sensitive


def test_company_domains_cover_subdomains_and_are_per_instance() -> None:
    text = "ask priya@eu.acme.io"
    assert not SensitivityDetector(company_domains=["ACME.io"]).scan(text).sensitive
    assert SensitivityDetector(company_domains=["other.com"]).scan(text).labels == ("pii.email",)
    assert SensitivityDetector().scan(text).labels == ("pii.email",)


def test_scan_rejects_non_text() -> None:
    with pytest.raises(TypeError):
        DETECTOR.scan(b"bytes")  # type: ignore[arg-type]


def test_scan_is_thread_safe() -> None:
    texts = [t for t, _ in SENSITIVE] + ORDINARY
    expected = [DETECTOR.scan(t) for t in texts]
    errors: list[str] = []

    def worker() -> None:
        for _ in range(20):
            for text, want in zip(texts, expected, strict=True):
                if DETECTOR.scan(text) != want:
                    errors.append(text)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


@pytest.mark.parametrize(
    "text",
    [
        "what should go in `api_key:` in the datadog.yaml?",
        'raise AuthError("bad credentials")',
        "def login(username: str, password: str) -> Session:",
        "client = OpenAI(api_key=api_key)",
        "password: ${{ secrets.DB_PASSWORD }}",
        "secretKeyRef:\n  name: db-credentials\n  key: password",
        "curl -H 'Authorization: Bearer $TOKEN' https://api.acme.io",
        "docker run -p 8080:80 nginx && mkdir -p /tmp/x",
        "-----BEGIN CERTIFICATE-----\n"
        "MIIDXTCCAkWgAwIBAgIJAKoK/OvD8Xx9MA0GCSqGSIb3DQEBCwUAMEUxCzAJBgNV\n"
        "-----END CERTIFICATE-----",
    ],
)
def test_references_and_public_material_are_not_secrets(text: str) -> None:
    result = DETECTOR.scan(text)
    assert not result.sensitive, [(f.label, text[f.start : f.end]) for f in result.findings]


# A short or common password said after a password word (found by hand in stop 19).
SHORT_PASSWORDS = [
    ("my password is hunter2", "hunter2"),
    ("my password is abc123, is that weak?", "abc123"),
    ("my password is P@ss1", "P@ss1"),
    ("wifi pw is letmein", "letmein"),
    ("the wifi password is sunshine", "sunshine"),
    ("the root password is toor", "toor"),
    ("the locker password is 4821", "4821"),
    ("mein Passwort ist qwerty, ist das zu schwach?", "qwerty"),
]
# Sentences about passwords with a word in the same place: not passwords.
NOT_SHORT_PASSWORDS = [
    "password is required",
    "the password is too short",
    "password is expired, how do i reset",
    "the password is in 1password",
    "the password is 16+ chars",
    "the password is v2 of the policy",
    "password is 30 days old",
    "the password is 8 chars min",
    "the db password is ${DB_PASS}",
    "the password is <redacted>",
    "the password is ****",
    "password is xxxx in the example",
    "the grafana default password is admin, how do i change it on first login?",
    "default password for the pi is raspberry, right?",
    "password is null in the response",
    "my password is fine but mfa fails",
    "password is utf8 encoded?",
    "password is md5'd before storage",
    "the password is base64 encoded",
    "the password is empty in CI",
    "the secret is k8s-managed",
    "ansible says `Incorrect sudo password` only on db-01.prod.acme.io",
    "the password reset e-mail links to /reset?token=<TOKEN>",
]


@pytest.mark.parametrize(("text", "value"), SHORT_PASSWORDS)
def test_short_passwords_after_a_password_word_are_found(text: str, value: str) -> None:
    result = DETECTOR.scan(text)
    assert [text[f.start : f.end] for f in result.findings] == [value]
    assert result.labels == ("secret.password_assignment",)


@pytest.mark.parametrize("text", NOT_SHORT_PASSWORDS)
def test_words_about_a_password_are_not_a_short_password(text: str) -> None:
    result = DETECTOR.scan(text)
    assert not result.sensitive, [(f.label, text[f.start : f.end]) for f in result.findings]
