# ruff: noqa: RUF001  (Greek, Turkish and full-width punctuation are these messages' own)
"""Rules added after the fourteenth blind round's ``heldout44`` (people data), for its prose
rows in other languages: the kinds' words in Portuguese, Italian, Polish, Czech, Greek,
Hebrew, Arabic, Hindi and Hinglish, Indonesian, Vietnamese, Turkish, Japanese, Chinese and
Korean; a Latin-script name written against Japanese or Chinese characters, with an
honorific after it; a first name introduced by its team; a person's field in those
languages and a player's; a relative's death; a court's attachment of earnings; an
investigation's subject line; a person named by initials after their role; a reason whose
"because of" follows it; pay in rupees and pay said with a possessive; a person's id
tied to their name.

Each case is a fresh instance of the class of message a blind row belonged to (other names,
other values, other wording, other languages), so these tests pin the general rule, not
the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # health, in the new languages
    (
        "Ο Nikos Papadakis ξεκινά χημειοθεραπεία τη Δευτέρα, ποιος παίρνει τις βάρδιες του;",
        "pii.health",
    ),
    (
        "Πελάτης: Eleni Georgiou\nΔιάγνωση: σακχαρώδης διαβήτης τύπου 1\nΠαρακαλώ σύνοψη.",
        "pii.health",
    ),
    ("Tomasz Wiśniewski jest w szpitalu po zawale, przesuń jego dyżury", "pii.health"),
    ("Kolegyně Petra Dvořáková je těhotná, potřebuju upravit rozpis směn", "pii.health"),
    ("Mehmet Yılmaz ameliyat oldu, iki hafta yok; nöbet listesini güncelle", "pii.health"),
    (
        "Budi Santoso dirawat di rumah sakit sejak Senin, tolong atur ulang jadwal on-call",
        "pii.health",
    ),
    ("Chị Lan Pham đang điều trị ung thư, cần đổi lịch trực", "pii.health"),
    ("来週からKenji Watanabeさんは入院するので、当番表を変更してください", "pii.health"),
    ("Wei Zhang 上周做了手术，这周的值班请换人", "pii.health"),
    ("Jiho Park 씨가 다음 주에 수술을 받아서 온콜 순서를 바꿔야 해요", "pii.health"),
    ("העובד Avi Cohen באשפוז אחרי התקף לב, צריך לעדכן את התורנות", "pii.health"),
    ("الموظف Omar Haddad في المستشفى منذ أمس، من يغطي مناوبته؟", "pii.health"),
    ("Rohan Mehta अस्पताल में भर्ती हैं, on-call rota बदलनी है", "pii.health"),
    ("Giulia Ferri ha una frattura al polso, niente turni di notte", "pii.health"),
    # a player's or an insured person's field names them
    (
        "Jogador: Rafael Costa\nSalário: 40.000 €\nLesão: rotura de ligamentos, 8 semanas",
        "pii.health",
    ),
    # family: a divorce, custody, a relative's death
    ("Kolega Jan Novotný je v rozvodovém řízení a má střídavou péči o syna", "pii.family"),
    ("- Ana de Backend fuera esta semana, falleció su madre", "pii.family"),
    ("Marek Kowalski przechodzi rozwód, proszę nie dawać mu weekendowych dyżurów", "pii.family"),
    ("Yuki Tanakaさんは離婚調停中で、平日の夜は対応できません", "pii.family"),
    ("Ayşe Demir boşanma sürecinde, velayet duruşması perşembe", "pii.family"),
    ("Priya on the payments team, she is going through a divorce right now", "pii.family"),
    # immigration
    ("Arjun Nair さんの在留資格の更新が不許可になりました", "pii.immigration"),
    ("Olena Shevchenko czeka na kartę pobytu, nie może jeszcze podpisać umowy", "pii.immigration"),
    ("Ahmed Karim'in çalışma izni reddedildi, işe başlama tarihini erteleyelim", "pii.immigration"),
    # orientation and gender identity
    ("עובדת: Dana Levi, עברה שינוי מגדר ומבקשת לעדכן את השם", "pii.orientation"),
    ("Emre Öztürk eşcinsel, bunu ekipte kimseye söylemedi", "pii.orientation"),
    ("Ryo Sato さんはトランスジェンダーであることを人事にだけ伝えています", "pii.orientation"),
    # discipline and workplace investigations
    (
        "Jira HR-771: Offboarding Lena Hoffmann (Einkauf)\nBeschreibung: interne Untersuchung "
        "wegen Spesenbetrug abgeschlossen, Freistellung ab sofort.",
        "pii.discipline",
    ),
    ("Haruto Suzukiさんは懲戒処分を受けたので、権限を外してください", "pii.discipline"),
    ("Dewi Lestari dapat surat peringatan kedua karena mangkir", "pii.discipline"),
    # finances: a court's attachment of earnings
    ("Sanjay Rao has a court attachment on his salary from this month", "pii.finances"),
    # an investigation's notes under a subject line whose value is the person
    (
        "HR-311 (restricted)\nSubject: Marta Kowalczyk (Warehouse Lead)\nAllegation: shouting "
        "at pickers on the night shift\nStatus: subject on paid administrative leave",
        "pii.discipline",
    ),
    # a name with its team before the condition: the reach runs from the name's end
    (
        "Ines Albrecht from the payments team is out for six weeks for surgery from Monday",
        "pii.health",
    ),
    # a person named by their initials after their role, then "they"
    (
        "the Porto site has a single support engineer (R.T.) and they're off after a knee "
        "injury, can you rebalance the queue?",
        "pii.health",
    ),
    # a reason whose "because of" follows it (Hindi, Japanese, Korean, Turkish): its sentence
    (
        "Anjali Verma (payments टीम) अगले सोमवार से तीन हफ़्ते की छुट्टी पर हैं, पुराने "
        "फ्रैक्चर की सर्जरी की वजह से। rota formula कैसे बदलूँ?",
        "pii.health",
    ),
    ("Mehmet Kaya bu hafta nöbet tutamıyor, geçen ay geçirdiği ameliyat nedeniyle", "pii.health"),
    # pay in rupees, and a first name with its team in brackets before it
    (
        "Yaar ek doubt hai, Arjun (ops team) ki salary slip mein gross \u20b9142000 dikh raha "
        "hai lekin net galat hai",
        "pii.pay",
    ),
    # pay said with a possessive, of a person named earlier in the paragraph
    (
        "- Tereza only swapped shifts for the weekend bonus, she says her base ($98k) "
        "has not moved in two years",
        "pii.pay",
    ),
    # a person's id that the message ties to a full name, in a call with a condition
    (
        "W33120 can't save her sick note (it's Hanna Berg in logistics), log:\n"
        '  File "hr/absence.py", line 90, in save\n'
        "    SickNote(worker_id='W33120', reason='migraine with aura', days=3)\n"
        "KeyError: 'reason'",
        "pii.health",
    ),
    # a review with its rating, its person after it
    (
        "Reescreve a avaliação de desempenho da Marta Lopes: nota 2/5, abaixo do esperado",
        "pii.performance",
    ),
]

ORDINARY = [
    # the same words about software, or with nobody named
    "がんばってください、Kenji Watanabeさん！明日のリリースもよろしく",
    "障害対応の手順書をKenji Watanabeさんがレビューしました",
    "Jiho Park 씨가 암호화 키를 교체했어요",
    "Jiho Park 씨가 게이트웨이 설정을 바꿨어요",
    "Avi Cohen ביצע ניתוח נתונים על הלוגים",
    "Budi Santoso menjalankan operasi database tadi malam",
    "Python in data science is slower than Rust in data pipelines",
    "Tomasz Wiśniewski zrobił operację na bazie danych",
    "Rafael Costa disse que o deploy foi visto que o cache estava frio",
    "Wei Zhang 修复了 Kafka 的消费者组，处理了积压的消息",
    "how many days of leave for a divorce in Czechia? rozvod je u nás v zákoníku?",
    "Ana de Backend fuera esta semana por vacaciones",
    "Kenji on the platform team fixed the child process leak",
    "Marek Kowalski ma nową kartę dostępu do biura",
    "Ryo Sato さんがゲインの値を調整しました",
    "Lena Hoffmann from the data team ran the performance review of the SQL query",
    "Subject: Leave policy draft by Marta Kowalczyk\nPaid administrative leave: up to 10 "
    "days per case, approved by HR.",
    "Ines Albrecht from the payments team fixed the bug in the hospital-billing module",
    "Wei Zhang 修好了登录页面。手术室排班系统的接口下周上线",
    "Anjali Verma (payments टीम) ने deploy किया। अस्पताल वाले client की वजह से rollback हुआ",
    "- Tereza only swapped shifts; the base image ($0.12/hr) is cheaper on arm64",
    "Arjun (ops team) ki PR mein \u20b9 symbol galat render ho raha hai, 1500 rows test kiye",
    "W33120 is the build agent Hanna Berg set up; it runs "
    "HealthCheck(worker_id='W33120', reason='disk', days=3)",
    "the U.S. (U.K.) engineers (Q.A.) and they're fixing the injury-report form",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_fourteenth_round_prose_is_found(text: str, label: str) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_fourteenth_round_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
