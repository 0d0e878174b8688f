"""Values published as examples, and messages that say they are about examples.

Vendors publish numbers for tests and documentation: Stripe's test cards, the ISO 13616
example IBANs, jwt.io's sample token, telephone ranges reserved for fiction. They pass every
check a real one passes (Luhn, mod-97, a decodable JWT, a dialable shape), and they are what
people write in two situations that must be told apart:

* asking about tests or docs ("which Stripe test card triggers 3DS? 4000 0027 6000 3184
  from their docs"): nobody's data, and three blind corpora written by different helpers
  (heldout3, heldout9, heldout10) labelled such rows ordinary;
* making up a customer's data for a ticket or a test of this very filter ("card
  4111 1111 1111 1111 was declined for jane"): meant as a person's data.

So a published card, IBAN, test bank account or phone number is left alone only in a
message that says it is about examples (``says_examples``), or that uses it as a test value
(test code, a vendor's "magic numbers", "a bacs test in stripe", "the ofcom drama range",
a test user's sign-up, "for the demo": ``about_published_values``); anywhere else it is
reported like any other. A message that says "test" does not make any other number a test
value: only the listed values and patterned test cards are cleared. jwt.io's
sample token is different: it is printed on the site everyone decodes tokens with, holds
"John Doe" and is signed with the site's documented secret, so it is public wherever it
appears (like AWS's ``AKIAIOSFODNN7EXAMPLE``), and so are the sample API keys a vendor
prints in its docs for everyone (``PUBLISHED_KEYS``).
"""

from __future__ import annotations

import base64
import binascii
import json
import re

from bot.routing.sensitivity.literals import Words

# Words by which a message says its values are examples (on lower-cased text). Not the
# topic of formats ("regex", "validator"): "our E.164 validator rejects +44 7700 900557"
# reports a customer's input; "numbers like +1 (555) 010-0199" gives an example.
_EXAMPLE_WORDS = re.compile(
    r"\be\.g\.|\b(?:example|examples|fixture|fixtures|fake|dummy|fictional|fiction|sample|"
    r"placeholder|mock|mocked|sandbox|docs|documentation|e2e|such as|for instance|"
    r"seed script|seed data|seeds|mailhog|mailpit|mailtrap|rfc ?\d+|"
    r"(?:numbers?|cards?|ibans?|values?) like|"
    r"test[ -](?:card|cards|pan|pans|number|numbers|data|phone|phones|iban|ibans|mode|env|"
    r"visa|mastercard|amex|ssn|ssns|bsn|id|ids|vector|vectors|value|values|string|strings|"
    r"input|inputs|"
    r"environment|suite|account|accounts|credential|credentials)|tests? uses?|"
    r"in (?:the |our )?(?:unit |e2e |integration )?tests|"
    r"(?:for|in) (?:the |our |my |these )?[\w-]+ tests|"  # "for the phone-formatting tests"
    # French, Spanish, Italian and German test modes; "la doc interne"
    r"mode test|modo (?:de )?(?:prueba|test)|modalit\u00e0 (?:di )?test|testmodus|"
    # the word for an example, a test number and the docs in the other languages
    r"esempio|esempi|ejemplo|ejemplos|exemplo|exemplos|exemple|exemples|voorbeeld|"
    r"voorbeelden|beispiel|beispiele|testnummer|testnummers|testnummern|testkarte|testkarten|"
    r"testdaten|"
    # German specimen data: the ministry's "Musterdaten", its "Erika Mustermann"
    r"musterdaten|mustermann|musterfrau|musterausweis\w*|"
    r"documentazione|documentaci\u00f3n|documenta\u00e7\u00e3o|"
    r"(?:la|une|notre|internal|the|our) doc|doc interne)\b"
    # the word's stem in languages that inflect it or build compounds with it (Finnish
    # "esimerkkitunnusta", Polish "przykładowy", Czech "příklad", Turkish "örnek", Russian,
    # Greek), and Scandinavian "exempel"/"eksempel"
    r"|\b(?:esimerk|przyk\u0142ad|przyklad|p\u0159\u00edklad|eksempel|exempel|\u00f6rnek|"
    r"\u043f\u0440\u0438\u043c\u0435\u0440|\u03c0\u03b1\u03c1\u03ac\u03b4\u03b5\u03b9\u03b3\u03bc|"
    # Turkish "test value" and "unit tests" ("dokümanlardaki test değeri", "birim testlerde")
    r"test de\u011fer|birim test)"
)


# Addresses and URLs are left out: "example.com" in one does not say the message is an
# example ("customer aquinlan@example.com, phone +447700900582" is a customer's record).
_ADDRESSES_AND_URLS = re.compile(r"\S+@\S+|\w+://\S+")


# The same in Chinese, Japanese and Korean, whose words touch the next one with no space
# ("示例号码": example numbers): looked for without word boundaries.
_CJK_EXAMPLE_WORDS = re.compile(
    # 示例 样例 范例 範例 例子 虚构 测试数据
    "\u793a\u4f8b|\u6837\u4f8b|\u8303\u4f8b|\u7bc4\u4f8b|\u4f8b\u5b50|\u865a\u6784|"
    "\u6d4b\u8bd5\u6570\u636e|"
    # サンプル ダミー 架空 テスト用
    "\u30b5\u30f3\u30d7\u30eb|\u30c0\u30df\u30fc|\u67b6\u7a7a|\u30c6\u30b9\u30c8\u7528|"
    # 예시 예제 샘플 테스트용 가짜, 테스트 카드/모드
    "\uc608\uc2dc|\uc608\uc81c|\uc0d8\ud50c|\ud14c\uc2a4\ud2b8\uc6a9|\uac00\uc9dc|"
    "\ud14c\uc2a4\ud2b8 ?(?:\uce74\ub4dc|\ubaa8\ub4dc)|"
    # テストカード テストモード, 测试卡 测试模式 測試卡
    "\u30c6\u30b9\u30c8(?:\u30ab\u30fc\u30c9|\u30e2\u30fc\u30c9)|\u6d4b\u8bd5(?:\u5361|\u6a21\u5f0f)|"
    "\u6e2c\u8a66\u5361"
)


def says_examples(lowered: str) -> bool:
    """Does the (lower-cased) message, outside its addresses and URLs, say it is about
    examples, tests or docs?"""
    if "example" in lowered and ("@" in lowered or "://" in lowered):
        lowered = _ADDRESSES_AND_URLS.sub(" ", lowered)
    if _EXAMPLE_WORDS.search(lowered) is not None:
        return True
    return not lowered.isascii() and _CJK_EXAMPLE_WORDS.search(lowered) is not None


# Words by which a message says the published values in it are used as such, beyond
# ``_EXAMPLE_WORDS``: test code (a test framework, a story, a parametrised case), a vendor's
# own name for its test values ("twilio magic numbers", "test creds", "a bacs test in
# stripe"), a load test's generated users, and the name of a range reserved for fiction
# ("ofcom drama range"), a QA pass, and the processors' "any future expiry". They clear only
# exact published values (``about_published_values``), never a password or a record: "our
# cypress login uses Xk7$mP2q!" is still a password.
_PROCESSORS = (
    r"(?:stripe|adyen|braintree|paypal|mollie|gocardless|checkout\.com|worldpay|"
    r"plaid|razorpay|klarna|twilio|vonage|wise|airwallex|modulr|dwolla)"
)
_PUBLISHED_USE = re.compile(
    r"\b(?:jest|vitest|mocha|jasmine|pytest|unittest|rspec|minitest|junit|testng|phpunit|"
    r"cypress|playwright|selenium|storybook|parametri[sz]ed?|it\.each|test\.each|"
    r"unit[ -]tests?|test[ -]cases?|spec files?|magic (?:test )?numbers?|test creds?|"
    # a test function's definition ("def test_iban_checksum():", Go's "func TestIban(",
    # JUnit's "@Test")
    r"def test_\w*|func test\w*|(?<=@)test|"
    r"drama (?:range|ranges|numbers?)|reserved (?:range|ranges|numbers?)|"
    # a blank document for others to fill in ("a CV template for candidates to download:
    # JANE DOE ... 07700 900461"): its values are placeholders
    r"(?:cv|resume|r\u00e9sum\u00e9|cover letter|letter|email|e-mail|signature|form|"
    r"contract|invoice|document|word|docx) templates?|"
    r"reserved for (?:drama|fiction|tv|films?)|"
    # load tests and the tools that generate their users ("k6 script generates users like
    # loadtest_user_0001@example.com")
    r"load[ -]?tests?|k6|locust|jmeter|gatling|artillery|"
    r"generat(?:es|ed|ing) (?:fake |test |synthetic )?(?:users|accounts|customers|addresses)|"
    # a test or QA user's sign-up ("fill the form with test user qa+signup@example.org"),
    # and a demo's made-up people ("for the demo use jane.doe@example.com and phone
    # 555-0142"), in English and five other languages
    r"test[ -]?users?|qa (?:users?|accounts?|logins?)|testnutzer\w*|testbenutzer\w*|"
    r"testkont\w*|utilisateurs? de test|usuarios? de prueba|usu[a\u00e1]rios? de teste|"
    r"utent[ei] di test|test kullan\u0131c\u0131\w*|"
    r"(?:for|in|during|at) (?:the |our |a |this |tomorrow's |today's )?(?:sales )?demo|"
    r"demo[ -](?:users?|accounts?|data|tenants?|env|environment|instances?|orgs?|"
    r"workspaces?|videos?|calls?|scripts?|setup|day)|f\u00fcr die demo|pour la d[e\u00e9]mo|"
    r"para (?:la|a|el) demo|per la demo|voor de demo|demo i\u00e7in|"
    # quality assurance ("Billing portal QA: 4242 ... goes through"; not the "qa" of an
    # address, "qa.bot+17@example.org"), and the processors' own instruction printed beside
    # their test cards ("any future expiry, any CVC"), which nobody writes of a customer's card
    r"(?<![.@+-])qa(?![.@+]\w)|any future (?:expiry|expiration|exp|date|month)|"
    r"any (?:3|three)[ -]digit cvc|any cvc|"
    r"beliebige[mns]? (?:zuk\u00fcnftige[mns]? )?ablaufdatum|"
    r"(?:n'importe quelle|une) date (?:d'expiration )?future|"
    r"cualquier fecha (?:de (?:caducidad|vencimiento) )?futura|"
    rf"{_PROCESSORS}(?:'s)? tests?|tests? (?:in|on|with|against) {_PROCESSORS})\b"
)


def about_published_values(lowered: str) -> bool:
    """Does the (lower-cased) message say its published test and example values are used
    as such: about examples (``says_examples``), in test code, or named as test values?"""
    return _PUBLISHED_USE.search(lowered) is not None or says_examples(lowered)


# Card numbers from processors' test documentation (Stripe, Braintree, Adyen, Checkout.com,
# PayPal; Adyen's as its test-cards extension lists them, 03/30 and CVC 737); only
# Luhn-valid ones matter, since the card rule reports nothing else. Also the number every
# description of the Luhn algorithm checks by hand (79927398713).
_TEST_CARDS_TEXT = """
    4242424242424242 4000056655665556 5555555555554444 2223003122003222 5200828282828210
    5105105105105100 378282246310005 371449635398431 6011111111111117 6011000990139424
    6011981111111113 3056930009020004 36227206271667 6555900000604105 3566002020360505
    6200000000000005 4000002500001001 4000002760003184 4000003800000446 4000000000003220
    4000002500003155 4000000000003063 4000000000000002 4000000000009995 4000000000009987
    4000000000009979 4000000000000069 4000000000000127 4000000000000119 4000000000000077
    4000000000000093 4000000000000101 4000000000000341 4000000000000259 4000000000005126
    4111111111111111 4012888888881881 4222222222222 4005519200000004 4009348888881881
    4012000033330026 4012000077777777 4217651111111119 4500600000000061 5454545454545454
    4111111145551142 5555444433331111 4444333322221111 4988438843884305 4166676667666746
    4646464646464644 5577000055770004 2222400070000005 370000000000002 6011601160116611
    4484070000035519 4543474002249996 5436031030606378 4035501000000008 4917610000000000
    370000000100018 6703444444444449 6703000000000000003 4871049999999910 4360000001000005
    4035501428146300 8171999927660000 6243030000000001 6250947000000014 36006666333344
    36070500001020 6445644564456445 30569309025904 6771798021000008 5000550000000029
    5555341244441115 2222410740360010 2222410700000002 2222400010000008 2223000048410010
    4212345678910006 79927398713
    2222400060000007 2223520443560010 2222400030000004 5100060000000002 2222400050000009
    5103221911199245 4111112014267661 4001020000000009 4013250000000000006 5100081112223332
    5100290029002909 5136333333333335 5585558555855583 5500000000000004 5424000000000015
    4400000000000008 4977949494949497
"""
TEST_CARDS = frozenset(_TEST_CARDS_TEXT.split())
# A test card's digits are patterned: one group of four repeated ("5454 5454 5454 5454")
# or a long run of zeros ("4000 0000 0000 0077"); a real number is random.
_PATTERNED_CARD = re.compile(r"(\d{4})\1\1\1|\d*0{7}\d*")


# The card networks' certification test ranges: Visa's test cards for terminal and chip
# certification (CDET, ``4761 7390 01...``), handed out with the networks' cert kits.
_NETWORK_TEST_PREFIXES = ("4761739001",)


def is_test_card(number: str) -> bool:
    """A card number (digits only) from a processor's test documentation or a card network's
    certification test range, or shaped like one."""
    if number.startswith(_NETWORK_TEST_PREFIXES):
        return True
    return number in TEST_CARDS or _PATTERNED_CARD.fullmatch(number) is not None


# IBANs printed as examples by ISO 13616, the ECBS, banks' and payment vendors' docs
# (Wikipedia's table copies these), then the test IBANs of Stripe's SEPA Direct Debit docs
# (each country's succeeding, delayed, failing, disputed and limit cases), Adyen's and
# Klarna's.
_EXAMPLE_IBANS_TEXT = """
    GB82WEST12345698765432 GB29NWBK60161331926819 GB33BUKB20201555555555
    DE89370400440532013000 DE75512108001245126199 FR1420041010050500013M02606
    FR7630006000011234567890189 NL91ABNA0417164300 NL02ABNA0123456789
    ES9121000418450200051332 IT60X0542811101000000123456 BE68539007547034
    BE71096123456769 CH9300762011623852957 AT611904300234573201
    PL61109010140000071219812874 PT50000201231234567890154 IE29AIBK93115212345678
    SE4550000000058398257466 DK5000400440116243 NO9386011117947 FI2112345600000785
    LU280019400644750000 CZ6508000000192000145399 SK3112000000198742637541
    HU42117730161111101800000000 GR1601101250000000012300695
    CY17002001280000001200527600 SA0380000000608010167519 AE070331234567890123456
    AT321904300235473204 AT861904300235473202 AT051904300235473205 AT591904300235473203
    AT981904300000343434 AT601904300000121212 AT981904300002222227 BE62510007547061
    BE78510007547064 BE51510007547065 BE08510007547063 BE90510000343434 BE52510000121212
    BE90510002222227 HR7624020064583467589 HR6323600002337876649 HR2725000096983499248
    HR6723600004878117427 HR8724840081455523553 HR7424020060000343434 HR3624020060000121212
    HR7424020060002222227 EE382200221020145685 EE222200221020145682 EE762200221020145680
    EE922200221020145683 EE492200221020145681 EE672200000000343434 EE292200000000121212
    EE672200000002222227 FI3712345600000788 FI9112345600000786 FI1012345600000789
    FI6412345600000787 FI6712345600343434 FI2912345600121212 FI6712345602222227
    FR3020041010050500013M02609 FR8420041010050500013M02607 FR7920041010050500013M02600
    FR5720041010050500013M02608 FR9720041010050000000343434 FR5920041010050000000121212
    FR9720041010050000002222227 DE08370400440532013003 DE62370400440532013001
    DE78370400440532013004 DE35370400440532013002 DE65370400440000343434
    DE27370400440000121212 DE65370400440002222227 GI60MPFS599327643783385
    GI08RRNW626436291644533 GI41SAFA461293238477751 GI50LROG772261344693297
    GI26KJBC361883934534696 GI14NWBK000000000343434 GI73NWBK000000000121212
    GI14NWBK000000002222227 IE24AIBK93115212345671 IE02AIBK93115212345679
    IE94AIBK93115212345672 IE51AIBK93115212345670 IE10AIBK93115200343434
    IE69AIBK93115200121212 IE10AIBK93115202222227 LI0508800636123378777
    LI4408800387787111369 LI1208800143823175626 LI4908800356441975566 LI7708800125525347723
    LI2408800000000343434 LI8308800000000121212 LI2408800000002222227 LT121000011101001000
    LT281000011101001003 LT821000011101001001 LT981000011101001004 LT551000011101001002
    LT591000000000343434 LT211000000000121212 LT591000000002222227 LU440019400644750003
    LU980019400644750001 LU170019400644750004 LU710019400644750002 LU900010000000343434
    LU520010000000121212 LU900010000002222227 NL39RABO0300065264 NL55RABO0300065267
    NL28RABO0300065268 NL82RABO0300065266 NL27RABO0000343434 NL86RABO0000121212
    NO8886011117940 NO6686011117948 NO6186011117941 NO3986011117949 NO0586010343434
    NO0586012222227 PT66000201231234567890157 PT23000201231234567890155
    PT39000201231234567890158 PT93000201231234567890156 PT05000201230000000343434
    PT64000201230000000121212 PT05000201230000002222227 ES0700120345030000067890
    ES2300120345030000067893 ES9300120345030000067894 ES5000120345030000067892
    ES1700120345000000343434 ES7600120345000000121212 ES1700120345000002222227
    SE3550000000054910000003 SE5150000000054910000006 SE0850000000054910000004
    SE2450000000054910000007 SE7850000000054910000005 SE2850000000000000343434
    SE8750000000000000121212 SE2850000000000002222227 CH8656663438253651553
    CH5362200119938136497 CH1843597160341964438 CH1260378413965193069 CH1800762000000343434
    CH7700762000000121212 CH1800762000002222227 GB98WEST12345698765435
    GB55WEST12345698765433 GB71WEST12345698765436 GB28WEST12345698765434
    GB70WEST12345600343434 GB32WEST12345600121212 GB70WEST12345602222227 NL13TEST0123456789
    NL36TEST0236169114 DE87123456781234567890 DE92123456789876543210 DE11520513735120710131
"""
EXAMPLE_IBANS = frozenset(_EXAMPLE_IBANS_TEXT.split())


# The specimen people of official documents: Germany's identity card and passport
# specimens hold "Erika Mustermann" (and forms "Max Mustermann"), with a specimen address
# and date of birth. Their address, date of birth and numbers are printed for everyone.
# English examples' Jane and John Doe are theirs: written out, in their example address or
# as a fixture's quoted last name ('"last_name": "Doe"'); their data is cleared only in a
# message about tests or examples (``detector``), as an unidentified patient is a "John Doe".
# (asked for every address and date of birth found: the message is read once, ``literals``)
_SPECIMEN_PEOPLE = Words((
    "mustermann", "musterfrau", "jane doe", "john doe", "jane.doe@", "john.doe@", '"doe"',
    "'doe'",
))  # fmt: skip


def names_specimen_person(lowered: str) -> bool:
    return _SPECIMEN_PEOPLE.found(lowered)


def is_example_iban(iban: str) -> bool:
    return iban.replace(" ", "").upper() in EXAMPLE_IBANS


# National ids printed as the example in official and vendors' documentation: the
# codice fiscale of the Agenzia delle Entrate's "Mario Rossi", the Dutch test BSN, Spain's
# specimen DNI and NIE, the UK's specimen NINO (prefix QQ is never issued), the Finnish
# population register's example code, and the Chinese standard's (GB 11643) sample number.
EXAMPLE_NATIONAL_IDS = frozenset((
    "RSSMRA85T10A562S", "RSSMRA80A01H501U", "111222333", "123456782", "12345678Z",
    "X1234567L", "QQ123456C", "QQ123456A", "131052308T", "11010519491231002X",
))  # fmt: skip
# Digits a test generator or a sandbox picks: one digit five times in a row ("111-11-2001"),
# or three runs of one digit ("111222333"); an issued number is random.
_PATTERNED_ID = re.compile(r"(\d)\1{4}|(\d)\2\2(\d)\3\3(\d)\4\4")


def is_example_national_id(value: str) -> bool:
    """A documented example national id, or a patterned one (a sandbox's test number)."""
    compact = re.sub(r"[\s.-]", "", value).upper()
    return compact in EXAMPLE_NATIONAL_IDS or _PATTERNED_ID.search(compact) is not None


# API keys a vendor prints in its public documentation for every reader to run the examples
# with, as AWS prints ``AKIAIOSFODNN7EXAMPLE``: Stripe's sample test-mode secret keys (its
# API reference and quickstarts over the years). They belong to Stripe's own docs account,
# can move no money and are in thousands of public repositories; any other ``sk_test_`` key
# is somebody's and is reported.
PUBLISHED_KEYS = frozenset((
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
    "sk_test_26PHem9AhJZvU623DfE1x4sd",
))  # fmt: skip

# Domestic bank details Stripe's docs give as test values: the Bacs sort code and its
# accounts, the ACH routing number and its accounts, the BECS BSB and its accounts.
_TEST_BANK_DETAILS_TEXT = """
    108800 00012345 90012345 33333335 93333335 22222227 92222227 55555559 00033333
    00044444 34343434 12121212
    110000000 000123456789 000111111116 000111111113 000222222227 000333333335
    000444444440 000888888883
    000000 000123456 900123456 111111113 111111116 222222227 922222227 333333335
    666666660 343434343 121212121
"""
TEST_BANK_DETAILS = frozenset(_TEST_BANK_DETAILS_TEXT.split())


def is_test_bank_detail(value: str) -> bool:
    """A sort code, routing number, BSB or account number from a processor's test docs."""
    return "".join(c for c in value if c.isdigit()) in TEST_BANK_DETAILS


# Credentials printed in specifications and vendors' docs, the same for everyone who uses
# them: the Azure Storage emulator's (Azurite's) ``devstoreaccount1`` key and the Cosmos DB
# emulator's key (both only open the emulator on one's own machine), and RFC 7617's Basic
# credentials (``Aladdin:open sesame``, ``test:123£``), Google's reCAPTCHA v2 test keys (its
# FAQ gives them for automated tests: every challenge passes), and RFC 7636's PKCE test
# vector (appendix B's ``code_verifier`` and its ``code_challenge``). Like AWS's
# ``AKIAIOSFODNN7EXAMPLE`` they are public wherever they appear.
PUBLISHED_CREDENTIALS = frozenset((
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
    "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
    "dGVzdDoxMjPCow==",
    "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI",
    "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe",
    "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
    "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
))  # fmt: skip


def is_published_credential(value: str) -> bool:
    """One of ``PUBLISHED_CREDENTIALS``, exactly (quotes and a trailing ``;`` aside)."""
    return value.strip("\"'`;") in PUBLISHED_CREDENTIALS


def is_public_jwt(token: str) -> bool:
    """A JWT published or made to be public, whatever it is signed with.

    * jwt.io's sample: ``{"sub": "1234567890", "name": "John Doe", ...}`` (with or without
      the newer ``"admin": true``);
    * a Supabase ``anon`` key (``{"iss": "supabase", "role": "anon"}``), which Supabase
      documents as safe in a browser bundle; its ``service_role`` key is a secret.
    """
    parts = token.split(".")
    if len(parts) < 2 or not parts[1].startswith("eyJ"):
        return False
    body = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        payload = json.loads(base64.urlsafe_b64decode(body))
    except (binascii.Error, ValueError):
        return False
    if not isinstance(payload, dict):
        return False
    sample = payload.get("sub") == "1234567890" and payload.get("name") == "John Doe"
    anon = payload.get("iss") == "supabase" and payload.get("role") == "anon"
    return sample or anon


# An exam's options in parentheses, "(A) ... (B) ..." (``features.answer_choices`` counts
# "A." and "A)" at the start of a line).
_PAREN_OPTIONS = re.compile(r"(?:^|\s)\(A\)\s.*?\s\(B\)\s", re.DOTALL)
# What a story told for arithmetic does not hold: a table row ("K. Haddad,NL25...,4120.00",
# cells split by pipes, tabs or commas with no space after them) or an identifier
# ("pivot_table", "baseSalary", `code`): a message about data and code.
_NOT_A_STORY = re.compile(r"[|\t`]|,[^\s\d]|\b[a-z]+_\w|\b[a-z]+[A-Z][a-z]")
# Nor does it ask what the writer is to do ("how do I set up a restricted fund code for
# this?", "how should we record it?"): a textbook asks a quantity of its story's people
# ("how much did he earn?", "how many do I need?").
_WRITERS_QUESTION = re.compile(r"\bhow (?:do|can|should|would) (?:i|we)\b", re.IGNORECASE)


def lettered_options(text: str) -> bool:
    """Does the message give lettered answer options ("A. 16 B. 20", "(A) ... (B) ...")?
    The cheap half of ``exam_question`` (a few microseconds)."""
    from bot.routing.features import answer_choices  # (see ``exam_question``)

    return answer_choices(text) >= 2 or ("(A)" in text and _PAREN_OPTIONS.search(text) is not None)


def exam_question(text: str) -> bool:
    """Is the message an exam or textbook question, whose people are made up? One with
    lettered answer options (``features.answer_choices``: "A. 16 B. 20 C. 24 D. 28", or
    "(A) ... (B) ..."), or an arithmetic word problem as the router sees one
    (``features.featurise``'s ``word_problem``: a quantity question over quantities stated
    before it, no software numbers, no code) told in prose of people named by a first name
    alone ("Lloyd earns $10 an hour on Math tutoring... How much did he earn?"). Such a
    question's "Zaid earns 6000$" or "Nat's therapist" is nobody's pay or health; a sum
    over colleagues named in full ("Julia Becker earns $68,000 ... what is the total?") is
    theirs. It costs a featurisation: asked only of a message already found to say
    something of a named person (``colleagues``)."""
    # (imported here: the router's features are needed only for such a message, and
    # ``names`` imports this package's model)
    from bot.routing.features import featurise
    from bot.routing.sensitivity.names import full_names

    if lettered_options(text):
        return True
    if (
        _NOT_A_STORY.search(text)
        or _WRITERS_QUESTION.search(text)
        or next(full_names(text), None) is not None
    ):
        return False
    return featurise(text).rules["word_problem"] > 0


# An address no mail reaches: the stock towns of examples ("123 Main Street, Anytown"), a
# state that is none of the US's ("ST 00000") or a ZIP code in the unassigned 000 range.
_EXAMPLE_TOWNS = ("anytown", "anycity", "anyville", "any town", "exampleville", "musterstadt")
_US_STATES_TEXT = """
    AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
    NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR VI GU AS MP AA AE AP
"""
_US_STATES = frozenset(_US_STATES_TEXT.split())
_US_POSTCODE = re.compile(r"\b([A-Z]{2}) (\d{5})(?:-\d{4})?\b")


def is_example_address(value: str) -> bool:
    """Is the address (a finding's text) one that reaches nobody: a street named "Example",
    a stock town, a state code no US state has, or an unassigned ZIP code?"""
    lowered = value.lower()
    if "example" in lowered or any(town in lowered for town in _EXAMPLE_TOWNS):
        return True
    postcode = _US_POSTCODE.search(value)
    return postcode is not None and (
        postcode.group(1) not in _US_STATES or postcode.group(2).startswith("000")
    )
