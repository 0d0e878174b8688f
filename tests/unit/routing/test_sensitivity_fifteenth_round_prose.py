"""Rules added after the fifteenth blind round's ``heldout47`` (people data), for its prose
rows and names in other scripts: a person named in Chinese, Japanese or Korean after a
person's field or before an honorific, or in Cyrillic letters; the kinds' words in those
languages (a bereavement, a single parent, alimony; a performance grade); a quoted rating's
name ("does not meet").

Each case is a fresh instance of the class of message a blind row belonged to (other names,
other values, other wording, other languages), so these tests pin the general rule, not
the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a Japanese name after a person's field, the fact on the form's next line
    (
        "介護休業の申請書を確認してください。\n\n- 氏名\uff1a佐藤 健一\uff08社員番号 40211\uff09\n"
        "- 理由\uff1a母子家庭で子どもを養育しているため",
        "pii.family",
    ),
    # a Japanese name with its honorific after an employee number, a diagnosis below it
    (
        "人事メモ\uff1a\n- 従業員番号 88102\u3000高橋 由美さん\uff08経理\uff09\n"
        "- 休職理由\uff1a適応障害\n"
        "このフラグを立てるSQLを教えてください。",
        "pii.health",
    ),
    # a Chinese name after a person's field, a performance grade below it
    (
        "请帮我把这条记录写进表里\uff1a\n\n姓名\uff1a王建国\uff08工号 55021\uff0c数据组\uff09\n"
        "年度绩效评级\uff1aD\uff0c进入绩效改进计划",
        "pii.performance",
    ),
    # a Korean name in a field, a divorce said of the person
    (
        "휴가 신청 사유를 정리해 주세요.\n\n이름: 박서연\n사유: 이혼 소송 중이라 법원 출석",
        "pii.family",
    ),
    # a Cyrillic name in a table with a name column, alimony in a field of the row
    (
        "Как посчитать удержание в Excel?\n\n| ФИО | Оклад | Основание |\n|---|---|---|\n"
        "| Иванов Сергей Петрович | 98 000 ₽ | Алименты на одного ребёнка |",
        "pii.family",
    ),
    # a letter's salutation names its addressee in full, a sentence about pay with a figure
    (
        "Kun je dit naar het Duits vertalen?\n\n> Geachte Pieter de Boer,\n> Per 1 mei stijgt "
        "uw salaris naar \u20ac 4.810 bruto per maand.\n> Met vriendelijke groet",
        "pii.pay",
    ),
    (
        "이 메일 좀 다듬어 주세요\n\n김지훈 님께,\n내년 연봉은 6,800만원으로 조정됩니다.",
        "pii.pay",
    ),
    # a quoted e-mail whose sender is a person's address, speaking of themself
    (
        "how do I answer this kindly?\n\n> From: lena.fischer@acme.io\n> Hi, could I work "
        "from home on Thursdays? I have a custody hearing every other week for a while.",
        "pii.family",
    ),
    # a written or final warning in Swedish, Norwegian and Russian, said of a named person
    (
        "Kan du göra punktlistor av detta?\n\n- Oskar Lindqvist fick en sista varning i mars "
        "för olovlig frånvaro\n- Nästa möte: 12 maj",
        "pii.discipline",
    ),
    (
        "Referat fra ledermøtet: Ingrid Solberg har fått en skriftlig advarsel etter "
        "gjentatte forsinkelser.",
        "pii.discipline",
    ),
    ("Сделай из этого таблицу: Алексей Смирнов получил выговор за опоздания.", "pii.discipline"),
    # an investigation's title naming the person, a complaint saying what they did
    (
        "how do I hide this from the shared board?\n\n**ER-221 · Investigation \u2013 Tomás Reyes "
        "(Payments)**\nStatus: Open · Priority: High",
        "pii.discipline",
    ),
    (
        "summarise the ticket: written complaint filed last week alleging Dana Whitfield "
        "shouted at a new hire in the warehouse.",
        "pii.discipline",
    ),
    # the sentence before names the person, this one (or an aside in it) says "it's ..."
    (
        "can you reword this for the channel?\n\n> Marta will be off from Tuesday for a month. "
        "(between us leads: it's chemo, she asked us to keep it quiet.) Paul covers on-call.",
        "pii.health",
    ),
    ("Jonas is out next week. It's knee surgery, he says it's routine.", "pii.health"),
    # a person named with an honorific, the condition said of them
    ("田中さんは来週から入院します。", "pii.health"),
    ("Иванов Сергей платит алименты на двоих детей, удержание 33%.", "pii.family"),
    # a rating's name quoted, said of a first-named report
    (
        'my report Deniz got a "does not meet" in the year-end review, how do I tell him?',
        "pii.performance",
    ),
]

ORDINARY = [
    # honorifics after roles and kinds of people, not names
    "ご担当者様\nお問い合わせありがとうございます。手術の予約システムの仕様について回答します。",
    "お客様各位\uff1a離婚届のオンライン申請機能を来月リリースします。",
    "고객님께, 이혼 관련 서류 양식이 업데이트되었습니다.",
    # a person's field with no name in it, and a form about the words themselves
    "申請フォームの項目\uff1a氏名\uff1a\uff08必須\uff09、理由\uff1a死別・離婚などから選択",
    "员工\uff1a全部\uff1b绩效评级\uff1aA/B/C/D 四档\uff0c请设计表结构",
    # a letter to a named person with a figure that is not pay, and a role address's mail
    "Dear Anna Berg,\nthank you for your order. The total is \u20ac 1.240 including shipping.",
    "Dear Anna Berg,\nthe payroll module's licence costs \u20ac 490 per month per seat.",
    "> From: help.desk@acme.io\n> I'm the intake assistant; divorce paperwork "
    "questions go to the client portal.",
    # an investigation's title naming an incident, a warning that is a compiler's
    "**INC-4411 · Investigation \u2013 checkout latency spike**\nStatus: Open · Owner: Tomás Reyes",
    "Kompilatorn ger en varning om oanvända variabler; Oskar Lindqvist fixar det i dag.",
    "the linter's complaint alleging unused imports is wrong, Dana Whitfield says",
    # "it's ..." after a sentence naming someone, about work
    "Marta will be off from Tuesday. (between us: it's surgery on the billing module she dreads.)",
    "Jonas is rewriting the parser. It's a health check endpoint, nothing else.",
    # a named colleague and the kinds' words naming a system, a feature or a form
    "田中さんが入院システムのバグを直しました。",
    "山田 太郎さん、手術室予約アプリのリリースノートをお願いします。",
    "김민수 님, 이혼 서류 양식 페이지의 버튼 색을 바꿔 주세요.",
    "王伟先生负责绩效评级模块的接口开发\uff0c评级\uff1aA/B/C。",
    "Иванов Сергей починил модуль алиментов в бухгалтерии.",
    # Cyrillic words that are not a person's name
    "Пример строки: Исполнительный Лист — это документ; как хранить алименты в схеме БД?",
    "Москва Сити: офис переезжает, развод сетей VLAN по этажам",
    # a grade and a rating's words about software
    "the query planner's estimate does not meet the SLA; rating: C for the index",
    "绩效评级\uff1aC 代表待改进\uff0c这是公司制度说明\uff0c没有具体员工。",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_fifteenth_round_prose_is_found(text: str, label: str) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_fifteenth_round_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
