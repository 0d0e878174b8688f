"""Sensitivity detection for routing: secrets and personal data never leave the building.

``SensitivityDetector(company_domains=..., extra_patterns=...).scan(text)`` returns a
``SensitivityResult``; a sensitive question must be answered by the local model only, and
``redact()`` gives a copy safe to log.

Labels: ``secret.aws_key``, ``secret.azure_key``, ``secret.github_token``,
``secret.gitlab_token``, ``secret.slack_token``, ``secret.stripe_key``, ``secret.twilio_key``,
``secret.sendgrid_key``, ``secret.openai_key``, ``secret.anthropic_key``, ``secret.google_key``,
``secret.npm_token``, ``secret.pypi_token``, ``secret.discord_token``, ``secret.telegram_token``,
``secret.mailchimp_key``, ``secret.square_key``, ``secret.artifactory_token``,
``secret.cloud_key`` (IBM/Cloudant/SoftLayer), ``secret.api_key`` (other vendor prefixes),
``secret.jwt``, ``secret.private_key``, ``secret.url_credentials``, ``secret.auth_header``,
``secret.password_assignment``, ``secret.high_entropy``, ``pii.email``, ``pii.phone``,
``secret.recovery_code``, ``secret.otp_seed``, ``secret.otp``, ``secret.pin``,
``secret.one_time_link``, ``pii.card``, ``pii.iban``, ``pii.bank_account``,
``pii.national_id``, ``pii.address``, ``pii.dob``, ``pii.record`` (a person in a health,
insurance or payroll interchange record: HL7 ``PID``, X12 ``NM1``, FHIR), ``pii.health``,
``pii.pay``, ``pii.discipline``, ``pii.criminal_record``, ``pii.immigration``, ``pii.union``,
``pii.orientation``, ``pii.family``, ``pii.beliefs``, ``pii.ethnicity``, ``pii.finances``,
``pii.legal`` (what is said of a named person: health, pay, disciplinary record or a workplace
investigation, criminal record, immigration status, trade union membership, sexual
orientation or gender identity, family situation, religion or politics, ethnic origin, a
private person's insolvency, debts, credit record or garnishment, a lawsuit, court case or
tribunal claim; below),
``pii.performance`` (an employee's rating and review, or a student's grades, in a record,
``person_records``, or in prose with its rating, ``reviews``), ``pii.biometric`` (a named
person's face embedding, fingerprint template or voiceprint in a record, ``record_kinds``),
``pii.device_id`` (a named person's phone advertising or vendor id: IDFA, IDFV, GAID,
``device_ids``),
``policy.<name>``.
Overlapping findings are merged under the most specific label (``model.priority``).

Special categories about named people (``colleagues``, ``health``, ``pay``, ``names``,
``referents``; a disciplinary record, ``discipline``, a criminal record, ``criminal``,
immigration status, ``immigration``, union membership, ``unions``, orientation,
``orientation``, family, ``family``, beliefs, ``beliefs``, ethnic origin, ``ethnicity``, a
review's rating, ``reviews``, financial distress, ``finances``, a legal matter, ``legal``,
a drug test's result,
``drug_tests``, and a sick note's reason, ``sick_notes``, are found as a condition is): what
is said of a named person, not a value's shape. A person is named by a capitalised first and
last name ("Lena Kaya", "Lotte van Dijk", "Priya S.") or a capitalised first name as the
subject of its sentence ("Nadia is", "Jana ist", "Lucía está", "Tom's"), or alone once the
message has named them in full. Reported: a health condition or treatment (chemo, cancer,
surgery, pregnant, depression, in hospital, a fracture, a psychotic episode, a disability
degree, deaf or a wheelchair user; English, German, French, Spanish, Dutch, and the
commonest words of Portuguese, Italian, Polish, Czech, Greek, Hebrew, Arabic, Hindi and
Hinglish, Indonesian, Vietnamese, Turkish, Japanese, Chinese and Korean) with the name,
or a pronoun that follows the name, just before it in the same clause ("her second round of
chemo"), or the name labelling its line or paragraph ("- Rui Alves: on a PIP", "Tom Walsh,
warehouse" above "dislocated shoulder", "Employee: Rui Alves"), right after it ("le titre
de séjour de Moussa Diallo"), in a list it introduces ("union members:" then names),
introducing themself ("hi, this is Kevin Walsh ... I've been in rehab"), in a subject line
("Betreff: Abmahnung Sabine Krüger") or in the sentence before ("... Inés Navarro. Se trata
de un despido procedente"); the same for the other kinds (a conviction, a visa or work
permit, union membership, "his husband", a gender transition, a divorce or custody, a
candidate's children, a faith, campaigning for a party, an ethnic group, a positive drug
test, "de baja por lumbalgia", a harassment complaint or a suspension pending
investigation, an annual review with its "2/5", insolvency proceedings); an A-number or a
USCIS receipt number with or without a name; the person's own pay figures (a currency, a
"k" or thousands right after the name, "goes from 72k to 79.2k") in a message about pay,
and the rows of a table with a name column and a pay column (``Name | Brutto/Monat``); in
records (``person_records``: a table's row, a JSON object, a
log line, a ``Key: value`` form) a field naming a person and another with their pay, a
condition, a sick leave's reason, a warning or a review. Not reported: leave without its
reason (vacation, parental, sick or medical leave), salary bands and ranges with no name, a
named person's rate limits, quotes, prices and budgets, medical words about software
("health check", "sick pod", "code surgery"), the kinds' words with nobody named or said of
things ("union type", "child process", "custody service", a game's felony), a chat log's
line that is its speaker's question ("Ana Ruiz: how do we handle anxiety?"), the stock
people of examples (Jane Doe, Max Mustermann), people a message says are made up or a
story's, and the people of exam and textbook questions (``examples.exam_question``: lettered
answer options, or an arithmetic word problem about first-named people, "Zaid earns 6000$
... how much is left?"). A person the message describes as the only one of their role in a
named place ("my report ... she's our only SRE in the Lisbon office"), "my report" in a team
the writer describes as themself and one named person ("it's me, Aoife and two
contractors"), an account closed by its user name ("Offboard yhaddad"), a person's address
in a pay line ("rszabo@acme.io ... base $165,500"), a quoted chat line's
speaker by first name ("> Marcus (EU moderation): got the final written warning") and a
message's addressee greeted by first name, for their pay ("Hi Megan — ... your base goes
from £78,000 to £96,000"), and a lower-case first name as a clause's subject with "she" or
"he" after it in a message that drops capitals ("so chiara isn't on the P32 bench — she
told me ..."), count as named. Limits: other names written in lower case, a person
identified by a role alone but one the writer's company has one of ("our CFO started
chemo" counts; "the CTO" does not) or by a first name after the condition ("chemo for
Nadia"), pay given in words ("seventy thousand"), names in Chinese, Japanese or Korean that
the message does not mark as a person's (a person's field, an honorific:
``script_names``), Greek names without a surname's ending, Arabic names without a common
given name or a title, Hindi and Hebrew names with no common surname and no team in
brackets, and the words of languages not listed above are not recognised; a colleague's
pay or health in a sum about first-named people ("Nadia's chemo takes 3 weeks, how many
shifts ...?") is taken for a word problem's.

Judgement calls (each documented where it is implemented):
* documentation credentials are not secrets: AWS's ``AKIAIOSFODNN7EXAMPLE`` /
  ``...EXAMPLEKEY``, ``scott/tiger``, ``changeme``, ``postgres``, ``admin``, masks (``xxx``,
  ``***``, ``DATA+OMITTED``, a vendor prefix and an ellipsis: ``sk_test_...``) and
  templates (``<your-token>``, ``${TOKEN}``) -- ``values``/``vendors``/``assignments``; nor
  are the exact credentials published in specifications and vendors' docs (the Azure
  Storage and Cosmos DB emulators' keys, RFC 7617's ``Aladdin:open sesame``) --
  ``examples``;
* base64 is not encryption: base64 of a password, a ``user:pass`` or a document (JSON, a
  ``.env``) holding a secret is reported (``entropy``); sops, age and OpenPGP armor and
  ``systemd-creds`` output are ciphertext (``blocks``); a Terraform state holds its
  generated passwords and sensitive outputs in clear (``states``);
* every structurally valid JWT is a secret, expired or not, except jwt.io's sample --
  ``blocks``/``examples``;
* published test cards, example IBANs and phone numbers reserved for fiction are nobody's
  data in a message about tests, fixtures or docs, and a person's anywhere else --
  ``examples``/``phones``;
* no-reply/bot addresses and the mail system's own (``postmaster@``) are not personal, nor
  addresses at ``example.com/org/net`` and reserved TLDs in a message about examples, nor
  the stock people of examples there (``jane.doe@``, ``alice@``) in any message; role
  addresses at other domains are, and so is an address spelt out ("jane dot doe at gmail
  dot com") -- ``emails``;
* hex strings without a secret keyword are ids or digests, never secrets -- ``entropy``;
* hex HMAC signatures of one payload (webhook ``*-Signature``, SigV4 ``Signature=``, Svix
  ``v1,<base64>``), sops and Jasypt ciphertext, ARNs and public keys are not secrets; a SAS
  ``sig=`` is -- ``assignments``/``blocks``/``entropy``;
* a password hash the message calls a hash and a nonce are not secrets, but a password
  file's ``user:<hash>`` entry is -- ``described``;
* a free-call number, or one described beside it as a hotline or official (and that number
  again elsewhere in the message), or the company's own in its block on an invoice, is a
  business's line, not personal data -- ``phones``/``accounts``;
* a DNS TXT record's value (an ACME dns-01 digest) is published -- ``described``;
* a short password counts after a password word unless it is a documented default, a unit
  or a technical word ("the grafana default password is admin", "is utf8 encoded") --
  ``passwords``;
* organisations in records (an X12 ``NM1`` with qualifier 2, a clinic's NPI), a routing
  number with no account beside it, the NHS 999 test range, placeholder, masked and
  synthetic people (``TEST^PATIENT``, ``XXXX``, synthea) are nobody's data; a tokenised-data
  id (``tok_...``), a PKCE code challenge and a design tool's file key are not secrets --
  ``records``/``values``/``described``.
"""

from bot.routing.sensitivity.detector import SensitivityDetector
from bot.routing.sensitivity.model import Finding, SensitivityResult

__all__ = ["Finding", "SensitivityDetector", "SensitivityResult"]
