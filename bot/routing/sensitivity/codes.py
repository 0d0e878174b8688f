"""One-time and recovery secrets: BitLocker recovery keys, account recovery codes, TOTP seeds,
PINs and door codes, and links to one-time secret services.

Each has a shape of its own (groups of digits or base32) that is too plain to report
alone, so the message must also say what it is, except for BitLocker's eight groups of six
digits, each a multiple of 11, which nothing else looks like (named as a BitLocker or
recovery key, the groups count without their check). A link to a one-time secret service
(onetimesecret, PrivateBin, Password Pusher, Yopass, Bitwarden Send, 1Password's shared
items) is the secret itself until someone opens it.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import Finding, at_triggers, near

_LABEL = "secret.recovery_code"
_BITLOCKER_START = re.compile(r"\d{6}-\d{6}-\d{6}")
_BITLOCKER = re.compile(r"(?<![\d-])\d{6}(?:-\d{6}){7}(?![\d-])")
# Recovery codes, four or more in a row: GitHub's ``xxxxx-xxxxx`` hex pairs, AWS's and
# others' ``xxxx-xxxx`` letters and digits, Google's ``1234 5678`` (or ``12345678``).
_CODE = r"(?:[0-9a-z]{4,5}-[0-9a-z]{4,5}|\d{4} \d{4}|\d{8})"
_RECOVERY_CODES = re.compile(rf"(?<![\w-]){_CODE}(?:[\s,;]+{_CODE}){{3,}}(?![\w-])")
# GitHub's recovery codes as it lists them, unnamed ("saving these for the org owner
# account on github, are they single use?"): four or more ``xxxxx-xxxxx`` hex pairs, most
# with a letter (a list of numbers in pairs is an order's or a part's), in a message about
# an account or GitHub.
_GITHUB_CODES = re.compile(
    r"(?<![\w-])[0-9a-f]{5}-[0-9a-f]{5}(?:[\s,;]+[0-9a-f]{5}-[0-9a-f]{5}){3,}(?![\w-])"
)
_HEX_LETTER_CODE = re.compile(r"[0-9a-f]*[a-f][0-9a-f]*-[0-9a-f]{5}|[0-9a-f]{5}-[0-9]*[a-f]")
_GITHUB_CONTEXT = Words(("github", "single use", "single-use", "2fa", "two-factor", "account"))


def _unnamed_github_codes(text: str, lowered: str) -> bool:
    """A list in GitHub's recovery codes' shape, in a message about an account."""
    return "-" in text and _GITHUB_CONTEXT.found(lowered) and _GITHUB_CODES.search(text) is not None


# A FileVault personal recovery key: six groups of four letters and digits.
_FILEVAULT = re.compile(r"(?<![A-Za-z0-9-])[A-Z0-9]{4}(?:-[A-Z0-9]{4}){5}(?![A-Za-z0-9-])")
# A one-time code read out of an authenticator ("the code in my app is 008 417"): it is
# valid for seconds, and that is enough for whoever reads it first. Also the German
# compounds and the French, Spanish and Italian words, with what the code is for and how it
# came between ("Bestätigungscode für den AWS Root-Login bekommen: 594 380").
_OTP_SAID = re.compile(
    r"(?:\b(?:(?:best\u00e4tigungs|verifizierungs|sicherheits|einmal|anmelde|login|sms|mfa|"
    r"2fa|totp)-?)?code|\bc\u00f3digo|\bcodice|\b(?:t?otp|mfa|2fa))\b"
    # (or "it's" after it: "Okta is asking for the code again, it's 804 519")
    r"[^\n.?!;\d]{0,50}?(?:\s(?:is|was|ist|war|lautet|est|es|era|\u00e8|it['\u2019]?s)|[:=])"
    r"[ \t]*[\"'`]?"
    # (a full stop may end the sentence: "Ihr Bestätigungscode lautet 738215. Er ist ...")
    r"(\d{3}[ -]?\d{3})(?![\d:/-]|[.,]\d)"
    # ... or the OTP itself named, "the TOTP right now is 164848", but not a count of something
    r"(?![ \t]*(?:times|x\b|ms\b|s\b|sec|min|bytes|%|rows|users|accounts|records|devices))"
)
# A one-time code received by SMS or e-mail ("they sent code 324355 to the root account
# email", "per SMS der Bestätigungscode 788957"): whoever has it can finish the login.
_OTP_RECEIVED = re.compile(
    # matched where the word starts, or at the "code" ending German compounds
    # ("Bestätigungscode", "Sicherheitscode")
    r"(?:codes?|c\u00f3digo|codice|otp|\uc778\uc99d\ubc88\ud638|\u9a8c\u8bc1\u7801|"
    r"\u8a8d\u8a3c\u30b3\u30fc\u30c9|\u78ba\u8a8d\u30b3\u30fc\u30c9)"
    r"(?:[ \t]+(?:de|di|da)[ \t]+\w+)?[ \t]*(?:is|ist|est|es|\u00e8|was|:|\uc740|\ub294|\u662f)?"
    # (quoted, or in Japanese corner brackets: 認証コード「739204」)
    r"[ \t]*[\"'`\u300c\u300e]?(\d{4,8}|\d{3}[ -]\d{3})(?![\d:/-]|[.,]\d)"
    r"(?![ \t]*(?:times|x\b|ms\b|s\b|sec|min|bytes|%))"  # "sent the code 2024 times"
)
_RECEIVED_WORDS = Words((
    "sent", "texted", "sms", "text message", "received", "i got", "we got", "kam", "bekommen",
    # "i just got a text from my bank with code 482913"
    "got a text", "a text from", "just got", "got an email", "an email from",
    "erhalten", "re\u00e7u", "recib", "recebi", "ricevut", "\ubc1b\uc740", "\u6536\u5230",
    "\u5c4a\u3044\u305f",
))  # fmt: skip
_FOUR_DIGITS = re.compile(r"\d\d\d\d")
_OTP_TRIGGERS = ("code", "c\u00f3digo", "codice", "otp", "\uc778\uc99d\ubc88\ud638",
                 "\u9a8c\u8bc1\u7801", "\u8a8d\u8a3c\u30b3\u30fc\u30c9",
                 "\u78ba\u8a8d\u30b3\u30fc\u30c9")  # fmt: skip
# A code of something else: "error code 4012 was sent", "status code 503", "zip code".
_OTHER_CODE = re.compile(
    r"(?:error|exit|status|http|response|return|reason|result|zip|postal|post|area|country|"
    r"promo|discount|coupon|source|product|tracking|shipping|order|sku|hs|tax|bank|sort|swift)"
    r"[ \t_-]*$"
)


def _fixture_code(code: str) -> bool:
    """A fixture's or a placeholder's code: two different digits at most, or a run
    ("000000", "123456", "987654")."""
    digits = code.replace(" ", "").replace("-", "")
    return len(set(digits)) <= 2 or digits in "0123456789" or digits in "9876543210"


def _received_codes(lowered: str) -> list[Finding]:
    findings: list[Finding] = []
    for match in at_triggers(_OTP_RECEIVED, lowered, _OTP_TRIGGERS):
        if _fixture_code(match.group(1)):
            continue  # a fixture's code ("Your code is 000000"), not one that was sent
        if not _OTHER_CODE.search(lowered, max(0, match.start() - 12), match.start()):
            findings.append(Finding("secret.otp", *match.span(1)))
    return findings


# A code received with no "code" before it ("aws console texted me 976330", "the portal
# sent me 895127"), in a message about a code.
_OTP_SENT_ME = re.compile(
    r"(?:texted|sent|emailed|e-mailed|messaged|sms'?d|txt'?d)[ \t]+(?:me|us|him|her|them)[ \t]+"
    r"(?:(?:a|the|this|my|an?)[ \t]+)?(?:(?:code|otp|pin)[ \t:]+)?[\"'`]?"
    r"(\d{6}|\d{3}[ -]\d{3})(?![\d:/-]|[.,]\d)"
    r"(?![ \t]*(?:events|requests|messages|e-?mails|notifications|alerts|records|rows|users|"
    r"accounts|items|lines|errors|times|bytes|ms)\b)"  # "Okta sent us 250000 events"
)
_SENT_ME_TRIGGERS = ("texted", "sent", "emailed", "e-mailed", "messaged", "sms", "txt")
_CODE_TOPIC = Words((
    "code", "otp", "mfa", "2fa", "verif", "one-time", "login", "log in", "sign in", "sign-in",
    "signin", "okta", "duo", "authenticat", "locked out",
))  # fmt: skip
# A code read back after it was sent ("I'm going to send a verification code ... Caller:
# ok got it, it's 087 644"): within a few lines after the code is named.
_OTP_READ_BACK = re.compile(
    r"(?:it'?s|it is|its|code is|here it is)[ \t:]+[\"'`]?(\d{3}[ -]?\d{3})(?![\d:/-]|[.,]\d)"
    r"(?![ \t]*(?:times|x\b|ms\b|s\b|sec|min|bytes|%|rows|users|records))"
)
_READ_BACK_WORDS = Words((
    "verification code", "security code", "confirmation code", "one-time code", "login code",
    "sign-in code", "sms code", "mfa code", "2fa code", "otp", "best\u00e4tigungscode",
    "verifizierungscode", "sicherheitscode", "einmalcode", "anmeldecode", "sms-code",
    "code de v\u00e9rification", "code de confirmation", "code de s\u00e9curit\u00e9",
    "c\u00f3digo de verificaci\u00f3n", "c\u00f3digo de confirmaci\u00f3n",
    "c\u00f3digo de seguridad", "codice di verifica", "codice di conferma",
))  # fmt: skip
_AUTHENTICATOR_WORDS = ("authenticator", "okta", "duo", "mfa", "2fa", "totp", "otp", "in my app")
_RECOVERY_WORDS = Words((
    "recovery code", "backup code", "recovery key", "scratch code", "emergency code",
    "recovery-code", "recovery_code", "backup_code", "recovery-key", "recoverycode",
    "2fa code", "mfa code", "one-time code", "codes de secours", "backup-code",
    "wiederherstellungscode", "c\u00f3digos de recupera", "codici di backup",
    # "códigos de backup do 2FA", "códigos de respaldo", "codes de récupération", ...
    "c\u00f3digos de backup", "codigos de backup", "c\u00f3digo de backup",
    "c\u00f3digos de respaldo", "codes de r\u00e9cup\u00e9ration", "codes de sauvegarde",
    "codici di recupero", "kody zapasowe", "kody odzyskiwania", "herstelcodes",
    "back-upcodes", "yedek kod", "kurtarma kod", "m\u00e3 d\u1ef1 ph\u00f2ng",
    "\u0440\u0435\u0437\u0435\u0440\u0432\u043d\u044b\u0435 \u043a\u043e\u0434",
    "\u043a\u043e\u0434\u044b \u0432\u043e\u0441\u0441\u0442\u0430\u043d\u043e\u0432",
    "\u30d0\u30c3\u30af\u30a2\u30c3\u30d7\u30b3\u30fc\u30c9",
    "\u30ea\u30ab\u30d0\u30ea\u30fc\u30b3\u30fc\u30c9", "\u5907\u7528\u7801",
    "\u6062\u590d\u7801", "\ubc31\uc5c5 \ucf54\ub4dc", "\ubcf5\uad6c \ucf54\ub4dc",
))  # fmt: skip
# A TOTP seed in base32, printed in groups of four as authenticator apps show it.
_OTP_SEED = re.compile(r"(?<![A-Za-z0-9])[A-Za-z2-7]{4}(?:[ -][A-Za-z2-7]{4}){5,}(?![A-Za-z0-9])")
_OTP_WORDS = Words(("totp", "2fa", "mfa", "authenticator", "otp seed", "otp secret"))


_PIN = re.compile(
    r"\b(?:pin|pin code|pin-code|pincode|passcode|(?:alarm|door|gate|entry|entrance|access|"
    r"keypad|safe|lock|garage|building|locker)(?:[ \t]+[a-z]+)?[ \t]+code|digicode|"
    r"t\u00fcrcode|alarmcode|"
    # a till's shared manager or supervisor override: a password every cashier can use
    r"(?:manager|supervisor|shift[ \t]+lead)[ \t]+(?:override|code|pin)(?:[ \t]+(?:code|pin))?|"
    r"override[ \t]+(?:code|pin)|"
    r"(?:alarm[ \t]+)?disarm(?:[ \t]+code)?|"  # "alarm disarm is 1157 then OFF"
    r"code (?:de la porte|d'acc\u00e8s|d\u2019acc\u00e8s)|"
    r"c\u00f3digo de (?:la puerta|alarma|acceso)|"
    r"codice (?:della porta|del portone|dell'allarme|allarme|di accesso))\b"
    r"[^\n.?!;]{0,40}?(?:\s(?:is|was|are|is now|changed to|changes(?:[ \t]+\w+)?[ \t]+to|now|"
    r"it'?s|it\u2019s|\u00e8|es|est|ist)"
    r"|[:=])[ \t]*"
    # digits, or digits with one of a door keypad's letter keys (French digicodes: "96C95")
    r"[\"'`]?(\d{4,8}|\d{1,4}[a-d]\d{1,4}|[a-d]\d{3,6}|\d{3,6}[a-d])(?![\w:/-]|[.,]\d)"
    # not a size: "the package manager code is 4000 lines"
    r"(?![ \t]+(?:lines|loc|bytes|chars|characters|rows|times|ms)\b)"
    r"|\bpin[ \t]+(\d{4,8})\b(?![.:/-])"  # "user ACME098921, PIN 05374"
    # a lock's code with its digits right after it and the key pressed after them: "alarm
    # panel code 2839 + ENT" ("alarm code 5031 means low battery" is the panel's fault code)
    r"|\b(?:alarm|door|gate|entry|keypad|safe|lock|garage|locker)(?:[ \t]+[a-z]+)?[ \t]+code"
    r"[ \t]+(\d{4,8})(?=[ \t]*(?:[#*+]|then\b|and[ \t]+(?:press|hit|enter)\b|,?[ \t]*"
    r"(?:press|hit|enter|within|to[ \t]+(?:arm|disarm|unlock|open|unset))\b))"
    # a key safe or a lock box "is" its code, where it hangs between: "key safe round the
    # back is 4071"
    r"|\b(?:key ?safe|lock ?box|padlock|combination lock)(?:[ \t]+(?:round|by|at|behind|on|"
    r"in|next to|near|outside|beside|under)\b[^\n.?!;\d]{0,25}?)?[ \t]+(?:is|is now|was)[ \t]+"
    r"[\"'`]?(\d{4,8})[#*]?(?![\w:/-]|[.,]\d)"
    # where a gift card's or a scratch card's PIN is printed: "PIN on the back 2366"
    r"|\bpin[ \t]+(?:on|under|behind|from)[ \t]+the[ \t]+(?:back|reverse|scratch|silver|strip)"
    r"[a-z -]{0,20}?(?:[ \t]+of[ \t]+the[ \t]+card)?[ \t:,=-]*(\d{4,8})\b(?![:/-]|[.,]\d)"
)
# A door's, a keypad's or an alarm's code said a little after it, in a sentence of its own
# ("facilities rotated the keypad on the server room (B2-014). new code is 8660#", "Tür zum
# Hof: neuer Code lautet 4471*"): the code names no lock, but the lock was named just before,
# in the same paragraph. The digits may end with the keypad's enter key (``#``, ``*``).
# The code may also follow its lock with no verb: after a comma or "with" ("in the lockbox
# left of the back door, code 4471", "el port\u00f3n se abre con el c\u00f3digo 2580#", "la
# caja con combinaci\u00f3n 0915"), and in Japanese and Arabic after their words for a key box,
# a gate and a PIN ("キーボックスの暗証番号は 3907", "صندوق المفاتيح ... رقمه السري 0408"); an
# Arabic gate's code comes before its gate ("رمز البوابة الخلفية ... هو 6621": the code of the
# back gate ... is 6621).
# Arabic: the gate, the door, the lock, the safe; the key box; "its secret number", "its
# secret code", "its code"; "is" (he, she).
_AR_LOCKS = (
    "\u0628\u0648\u0627\u0628\u0629|\u0628\u0627\u0628|\u0642\u0641\u0644|\u062e\u0632\u0646\u0629"
)
_AR_KEY_BOX = "\u0635\u0646\u062f\u0648\u0642 \u0627\u0644\u0645\u0641\u0627\u062a\u064a\u062d"
_AR_ITS_CODE = (
    "(?:\u0631\u0642\u0645|\u0631\u0645\u0632)(?:\u0647|\u0647\u0627)?[ \t]+"
    "\u0627\u0644\u0633\u0631\u064a|"
    "\u0631\u0645\u0632(?:\u0647|\u0647\u0627)"
)
_AR_IS = "\u0647\u0648|\u0647\u064a"
_LOCK_THEN_CODE = re.compile(
    r"(?:\b(?:keypads?|doors?|gates?|alarms?|lock ?box(?:es)?|padlocks?|key ?safes?|lockers?|"
    r"digicode|t\u00fcr(?:en)?|tastenfeld|porte|portail|puerta|port\u00f3n|portones|garaje|"
    r"caja|candado|portone|cancello|allarme|alarma|alarme|alarmanlage|cerradura|schloss|"
    # the Arabic ones, with "the" and after "and", "with"...
    rf"[\u0648\u0641\u0628\u0644]?(?:\u0627\u0644)?(?:{_AR_LOCKS})|[\u0648\u0641\u0628\u0644]?{_AR_KEY_BOX})\b"
    # Japanese (no word boundaries): key box, padlock, dial lock, safe, gate
    r"|キーボックス|南京錠|ダイヤル錠|金庫|ゲート)"
    r"(?:[^\n]|\n(?![ \t]*\n)){0,160}?"  # in the same paragraph
    r"((?:\b(?:(?:new|the|current|updated|today's|neuer|der|nouveau|le|nuevo|el|nuovo|il)"
    r"[ \t]+)?(?:code|combo|combination|c\u00f3digo|codice))"
    r"(?:[ \t]+(?:is(?:[ \t]+now)?|now|will be|changed to|ist|lautet|est|es|\u00e8)|[ \t]*[:=])"
    r"|(?:[,(][ \t]*|\b(?:with|using|con|avec|mit)[ \t]+(?:(?:the|el|la|le|dem)[ \t]+)?)"
    r"(?:code|combo|combination|c\u00f3digo|combinaci\u00f3n|codice|combinazione)[ \t]"
    # Japanese PIN, passcode, number, code, then "is"; Arabic "its secret number"
    r"|(?:暗証番号|パスコード|番号|コード)[ \t]*(?:は|:|\uff1a)"
    rf"|(?:{_AR_ITS_CODE})(?:[ \t]+(?:{_AR_IS})|[ \t]*:)?)"
    r"[ \t]*[\"'`]?(\d{4,8})[#*]?(?![\w:/-]|[.,\u060c]\d)"
    r"(?![ \t]+(?:lines|loc|bytes|chars|characters|rows|times|ms|kb|mb)\b)"
    # the Arabic gate's code, named before its gate ("code of the gate ... is")
    rf"|((?:\u0627\u0644)?(?:\u0631\u0645\u0632|\u0643\u0648\u062f)[ \t]+(?:\u0627\u0644)?"
    rf"(?:{_AR_LOCKS})\b[^\n.?!\u061f\u060c\d]{{0,40}}?(?:[ \t](?:{_AR_IS})|[ \t]*:))"
    r"[ \t]*(\d{4,8})(?![\w:/-]|[.,\u060c]\d)"
)
_LOCK_WORDS = Words(("keypad", "door", "gate", "alarm", "lock", "safe", "digicode", "t\u00fcr",
                     "tastenfeld", "porte", "portail", "puerta", "port\u00f3n", "garaje",
                     "candado", "caja", "portone", "cancello", "allarme", "alarma", "alarme",
                     "cerradura", "schloss", *_AR_LOCKS.split("|"), _AR_KEY_BOX,
                     "キーボックス", "南京錠", "ダイヤル錠", "金庫", "ゲート"))  # fmt: skip


# A lock's code told as the keys pressed: its digits (or the digits spelled apart) and the
# key that confirms them, after a verb of keying them in or after the lock "is" ("the
# vivarium anteroom keypad is 4 8 1 7 then #", "alarm at the test garage: I enter 2604 then
# OFF", "Tastenfeld: 5 3 9 0 dann #"), in a message about a lock (``_LOCK_WORDS``).
_KEYED_CODE = re.compile(
    r"(?:\b(?:(?:enters?|entered|entering|types?|typed)(?:[ \t]+in)?|"
    r"(?:key(?:s|ed)?|punch(?:es|ed)?|taps?|tapped)[ \t]+in|"  # (not "RSA key 4096 and set")
    r"press(?:es|ed)?|dials?|dialled|dialed|tippe|tippen|tippt|gebe|gibt|eingeben|tapez|tape|"
    r"saisir|saisissez|digita|digite|marca|marque|wpisz|wpisuj|"
    # "disarm with 1984 then OFF", "unset it using 4417#"
    r"(?:disarm|unset|unlock|open)(?:s|ed)?(?:[ \t]+it)?[ \t]+(?:with|using))"
    r"(?:[ \t]+(?:the[ \t]+)?code)?"
    r"|\b(?:keypads?|(?:alarm|door|gate|lock)[ \t]+panel|alarm|door|gate|t\u00fcr|tastenfeld|"
    r"digicode|porte|portail|puerta|portone|alarme|alarma|allarme)\b[^\n.?!;\d]{0,40}?"
    r"(?:\s(?:is|ist|est|es|\u00e8)|:))"
    r"[ \t]*[\"'`]?(\d{4,8}|\d(?:[ -]\d){3,7})[ \t]*"
    # the key right after ("4817#", "2839 + ENT"), or after "then" ("then OFF", "then press #")
    r"(?:[#*]|\+[ \t]*(?:[#*]|(?:ent|enter|ok|off|on)\b)|"
    r"(?:then|and|followed by|dann|und|puis|et|luego|y|poi|e|potem)[ \t]+"
    r"(?:(?:press|hit|dr\u00fccke|appuyez sur|pulsa)[ \t]+)?(?:the[ \t]+)?"
    r"(?:[#*]|(?:hash|pound|star|off|on|ent|enter|ok|unset|set|arm|disarm|unlock|open|aus|"
    r"ein)\b))"
)


# Four digits, together or spelled apart: the one search before ``_KEYED_CODE`` is tried.
_KEYED_GATE = re.compile(r"\d(?:[ -]?\d){3}[ \t]*[#*+a-z]")


def _keyed_codes(lowered: str) -> list[Finding]:
    """A lock's code told as the keys pressed (``_KEYED_CODE``)."""
    return [Finding("secret.pin", *m.span(1)) for m in _KEYED_CODE.finditer(lowered)]


def _lock_then_code(lowered: str) -> list[Finding]:
    """A code said in the sentence after its door, keypad or alarm (``_LOCK_THEN_CODE``),
    not an error's or a postcode's."""
    findings: list[Finding] = []
    for match in near(_LOCK_THEN_CODE, lowered, _LOCK_WORDS, 8, 260):
        phrase = 1 if match.group(2) else 3  # (or the Arabic gate's code, named before it)
        start = match.start(phrase)
        if not _OTHER_CODE.search(lowered, max(0, start - 12), start):
            findings.append(Finding("secret.pin", *match.span(phrase + 1)))
    return findings


_KEY_SAFES = ("key safe", "keysafe", "lock box", "lockbox", "padlock", "combination lock")
_KEY_SAFE_WORDS = Words(_KEY_SAFES)
# The words a PIN or a door code comes with ("code" alone is in most engineering text).
_PIN_WORDS = re.compile(
    r"\bpin\b|passcode|(?:alarm|door|gate|entry|entrance|access|keypad|safe|lock|garage|building|"
    r"locker|"
    r"manager|supervisor)"
    r"\b[^\n]{0,20}code|codice|digicode|c\u00f3digo|t\u00fcrcode|alarmcode|code d"
)
_SECRET_LINK = re.compile(
    r"https?://(?:[\w-]+\.)?(?:onetimesecret\.com/(?:secret|private)/|privatebin\.[a-z]+/\?|"
    r"pwpush\.com/(?:[a-z]{2}/)?p/|yopass\.se/#/|send\.bitwarden\.com/#|share\.1password\.com/s#|"
    r"password\.link/|scrt\.link/|1ty\.me/)[^\s<>\"'`|)]{6,}"
)
_LINK_HOSTS = Words(("onetimesecret", "privatebin", "pwpush", "yopass", "bitwarden", "1password",
               "password.link", "scrt.link", "1ty.me"))  # fmt: skip
# A passphrase of words, quoted and described the way people describe a password they
# dictate ("`banjo-pixel-cactus-tundra` all lowercase, no spaces").
_DESCRIBED_PASSPHRASE = re.compile(r"[\"'`]([a-z]{3,}(?:[-.][a-z]{3,}){3,}\d*)[\"'`]")
_DICTATION = Words(
    ("all lowercase", "all lower case", "no spaces", "case sensitive", "case-sensitive")
)


# Any word one of these rules needs; most messages have none ("pin" and "code" alone are
# in too many words to count: "opinion", "source code").
_CODE_WORDS = Words((
    "recover", "backup", "scratch", "emergenc", "2fa", "mfa", "one-time", "secours",
    "r\u00e9cup\u00e9ration", "sauvegarde", "kody ", "herstelcode", "back-upcode", "yedek kod",
    "kurtarma kod", "d\u1ef1 ph\u00f2ng", "\u043a\u043e\u0434", "\u30b3\u30fc\u30c9",
    "\u7801", "\ucf54\ub4dc",
    "wiederherstell", "recupera", "codici", "filevault", "otp", "authenticat", "okta", "duo",
    "in my app", "passcode", "override", "manager", "supervisor", "shift lead", "alarm", "door",
    "gate", "entry", "entrance", "keypad", "safe", "lock",
    "garage", "building", "access code", "codice", "digicode", "c\u00f3digo", "t\u00fcrcode",
    "onetimesecret", "privatebin", "pwpush", "yopass", "bitwarden", "1password", ".link",
    "1ty.me", "lowercase", "lower case", "no spaces", "case sensitive", "case-sensitive",
))  # fmt: skip
_PIN_WORD = re.compile(r"pin\b")


def find_codes(text: str, lowered: str) -> list[Finding]:
    """Recovery keys and codes, TOTP seeds, PINs, one-time secret links and dictated
    passphrases (see module docstring)."""
    received = (
        ("cod" in lowered or "otp" in lowered or not lowered.isascii())
        and _FOUR_DIGITS.search(lowered) is not None
        and _RECEIVED_WORDS.found(lowered)
    )
    pin = "pin" in lowered and any(
        not lowered[m.start() - 1 : m.start()].isalpha() for m in _PIN_WORD.finditer(lowered)
    )
    live = _live_codes(text, lowered)
    if (
        not pin
        and not live
        and not received
        and not _CODE_WORDS.found(lowered)
        and not _LOCK_WORDS.found(lowered)
        and not (_code_word(lowered) and _READ_BACK_WORDS.found(lowered))
        and not _unnamed_github_codes(text, lowered)
    ):
        return []
    findings = _recovery(text, lowered)
    findings.extend(_said_codes(lowered))
    findings.extend(live)
    if _OTP_WORDS.found(lowered):
        for match in _OTP_SEED.finditer(text):
            if any(c.isdigit() for c in match.group()):  # base32 digits: not six words
                findings.append(Finding("secret.otp_seed", match.start(), match.end()))
    findings.extend(_pins_and_locks(lowered, pin=pin))
    if "://" in text and _LINK_HOSTS.found(lowered):
        findings.extend(Finding("secret.one_time_link", m.start(), m.end())
                        for m in _SECRET_LINK.finditer(text))  # fmt: skip
    if _DICTATION.found(lowered):
        findings.extend(Finding("secret.password_assignment", m.start(1), m.end(1))
                        for m in _DESCRIBED_PASSPHRASE.finditer(text))  # fmt: skip
    return _without_dead_codes(findings, lowered)


def _pins_and_locks(lowered: str, *, pin: bool) -> list[Finding]:
    """PINs near their word, and codes of locks, key safes and alarms."""
    findings: list[Finding] = []
    if (
        pin
        or "disarm" in lowered
        or "override" in lowered
        or ("cod" in lowered and _PIN_WORDS.search(lowered))
        or _KEY_SAFE_WORDS.found(lowered)
    ):
        findings.extend(
            Finding("secret.pin", *m.span(m.lastindex or 1))
            for m in near(_PIN, lowered, ("pin", "passcode", " code", "codice", "digicode",
                                           "c\u00f3digo", "t\u00fcrcode", "alarmcode",
                                           "disarm", "override", *_KEY_SAFES), 40, 60)
        )  # fmt: skip
    if (
        _code_word(lowered) or "combo" in lowered or "combina" in lowered or not lowered.isascii()
    ) and _LOCK_WORDS.found(lowered):
        findings.extend(_lock_then_code(lowered))
    if _LOCK_WORDS.found(lowered) and _KEYED_GATE.search(lowered) is not None:
        findings.extend(_keyed_codes(lowered))
    return findings


def _without_dead_codes(findings: list[Finding], lowered: str) -> list[Finding]:
    """Without one-time codes told as already expired (``_DEAD_AFTER``)."""
    if findings and _DEAD_WORDS.found(lowered) and not _STILL_WANTED.found(lowered):
        return [f for f in findings if f.label != "secret.otp" or not _dead_code(lowered, f.end)]
    return findings


# A one-time code told as history, already dead when it was used ("the okta verify code I
# got was 482913 but it had already expired by the time I typed it"): it opens nothing.
# Said in the pluperfect or with "already", or in the simple past as dead before it was used
# ("got a 2FA code 118204 earlier but it expired before I typed it"), in the code's own
# sentence; a code someone still wants used ("Okta sent me 334658 but it says expired when I
# paste it, can someone enter it for me in the next minute?") or one that "keeps saying
# expired" is still live.
_DEAD_AFTER = re.compile(
    r"[^\n.?!]{0,60}?\b(?:had[ \t]+(?:already[ \t]+)?expired|(?:was|is|has)[ \t]+already[ \t]+"
    r"expired|already[ \t]+expired|had[ \t]+(?:already[ \t]+)?timed[ \t]+out|"
    r"(?:expired|timed[ \t]+out)[ \t]+before[ \t]+(?:i|we|he|she|they)[ \t]+(?:could[ \t]+)?"
    r"(?:typed|type|entered|enter|used|use|put|pasted|paste|got|managed|finished))\b"
)
_DEAD_WORDS = Words(("expired", "timed out"))
_STILL_WANTED = Words((
    "right now", "next minute", "enter it", "type it", "use it", "still valid", "still good",
    "for me", "quick", "asap", "hurry",
))  # fmt: skip


def _dead_code(lowered: str, end: int) -> bool:
    """Is the one-time code ending at ``end`` said, in its sentence, to have expired
    already (``_DEAD_AFTER``)?"""
    return _DEAD_AFTER.match(lowered, end) is not None


def _code_word(lowered: str) -> bool:
    """The word "code", "codice" or "c\u00f3digo" somewhere in the message."""
    return "cod" in lowered or "c\u00f3d" in lowered


_SAID_CODE_CONTEXT = Words((*_AUTHENTICATOR_WORDS, *_READ_BACK_WORDS))


def _said_codes(lowered: str) -> list[Finding]:
    """A one-time code said after an authenticator or SMS code word, or got on a device."""
    findings: list[Finding] = []
    if (
        _code_word(lowered) or "otp" in lowered or "mfa" in lowered or "2fa" in lowered
    ) and _SAID_CODE_CONTEXT.found(lowered):
        findings.extend(
            Finding("secret.otp", m.start(1), m.end(1))
            for m in _OTP_SAID.finditer(lowered)
            if not _fixture_code(m.group(1))
        )
    if _CODE_TOPIC.found(lowered):
        findings.extend(
            Finding("secret.otp", *m.span(1))
            for m in near(_OTP_ON_DEVICE, lowered, _DEVICE_WORDS, 40, 40)
        )
    return findings


def _recovery(text: str, lowered: str) -> list[Finding]:
    findings: list[Finding] = []
    if "-" in text and _BITLOCKER_START.search(text):
        named = "bitlocker" in lowered or "recovery key" in lowered
        for match in _BITLOCKER.finditer(text):
            if named or all(int(group) % 11 == 0 for group in match.group().split("-")):
                findings.append(Finding(_LABEL, match.start(), match.end()))
    if _RECOVERY_WORDS.found(lowered):
        findings.extend(Finding(_LABEL, m.start(), m.end()) for m in _RECOVERY_CODES.finditer(text))
    elif _unnamed_github_codes(text, lowered):
        findings.extend(
            Finding(_LABEL, m.start(), m.end())
            for m in _GITHUB_CODES.finditer(text)
            if len(_HEX_LETTER_CODE.findall(m.group())) >= 3
        )
    if "filevault" in lowered or "recovery key" in lowered:
        findings.extend(Finding(_LABEL, m.start(), m.end()) for m in _FILEVAULT.finditer(text))
    if _RECEIVED_WORDS.found(lowered):
        findings.extend(_received_codes(lowered))
        if _CODE_TOPIC.found(lowered):
            findings.extend(
                Finding("secret.otp", *m.span(1))
                for m in at_triggers(_OTP_SENT_ME, lowered, _SENT_ME_TRIGGERS)
            )
    if (_code_word(lowered) or "otp" in lowered) and _READ_BACK_WORDS.found(lowered):
        findings.extend(
            Finding("secret.otp", *m.span(1))
            for m in near(_OTP_READ_BACK, lowered, _READ_BACK_WORDS, 0, 600)
        )
    return findings


# A code someone received on a device, read out after it ("Marta got it on her phone:
# 233029", "I have the code on my phone - 441 902").
_OTP_ON_DEVICE = re.compile(
    r"\b(?:got|gets|get|received|has|have|had)[ \t]+(?:it|the[ \t]+code|a[ \t]+code|one)?"
    r"[ \t]*(?:on|via|by|in)[ \t]+(?:(?:her|his|my|their|your|the|our)[ \t]+)?"
    r"(?:phone|mobile|cell|sms|text|authenticator|e-?mail|inbox)"
    r"[ \t]*(?:[:=,-]|\u2014|\u2013|is|and it'?s)?[ \t]*[\"'`]?"
    r"(\d{6}|\d{3}[ -]\d{3})(?![\d:/-]|[.,]\d)"
)
_DEVICE_WORDS = ("phone", "mobile", "cell", "sms", "text", "authenticator", "mail", "inbox")

# A code posted with how long it still works ("380 270, valid 5 min", "482913 (expires in
# 10 minutes)", "Code 551 204 gültig für 5 Minuten"): only a live one-time code is said so.
_OTP_VALID_FOR = re.compile(
    r"(?<![\w.:/-])(\d{6}|\d{3}[ -]\d{3})[ \t]*[,;(\u2014\u2013-]?[ \t]*"
    r"(?:valid|good|expires?|expiring|g\u00fcltig|v\u00e1lido|valable|valido)[ \t]+"
    r"(?:(?:for|in|f\u00fcr|noch|pendant|por|durante|per)[ \t]+)?"
    r"(?:\d{1,3}|one|two|five|ten|fifteen|thirty)[ \t]*"
    r"(?:min|minutes?|mins|sec|secs|seconds|s\b|minuten|minutos|minuti)"
)
# A code that "just came in" by SMS or e-mail, read out after the arrival ("the SMS for the
# test login just came in: 380 270").
_OTP_ARRIVED = re.compile(
    r"\b(?:sms|text|e-?mail|push)\b[^\n.?!]{0,60}?\b(?:came in|arrived|is here|is in|landed)"
    r"[ \t]*(?:[:=,-]|\u2014|\u2013)[ \t]*[\"'`]?(\d{6}|\d{3}[ -]\d{3})(?![\d:/-]|[.,]\d)"
)
_VALIDITY_WORDS = Words((
    "valid", "good for", "expire", "g\u00fcltig", "v\u00e1lido", "valable", "valido",
))  # fmt: skip
_ARRIVAL_WORDS = Words(("came in", "arrived", "is here", "is in", "landed"))


def _live_codes(text: str, lowered: str) -> list[Finding]:
    """A six-digit code said to be valid for a while, or read out as it arrived, in a
    message about a login or a code (``_CODE_TOPIC``; "sms" too)."""
    if not (_CODE_TOPIC.found(lowered) or "sms" in lowered):
        return []
    findings: list[Finding] = []
    if _VALIDITY_WORDS.found(lowered):
        findings.extend(
            Finding("secret.otp", *m.span(1))
            for m in near(_OTP_VALID_FOR, lowered, _VALIDITY_WORDS, 24, 40)
        )
    if _ARRIVAL_WORDS.found(lowered):
        findings.extend(
            Finding("secret.otp", *m.span(1))
            for m in near(_OTP_ARRIVED, lowered, _ARRIVAL_WORDS, 80, 30)
        )
    return findings
