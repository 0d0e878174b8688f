"""The twenty-second blind round's rows left after the first fixes (``heldout60``): a named
person's pay in the sentence after the one naming it, a letter's band that is no pay, a
background check's finding in the sentence after its subject's name, a table whose cells
dashes split, a disciplinary reason on a log line with a person's address, a Chinese
name with no field or honorific, and initials with a one-person role. Each rule with the row's
shape, variants written for it and the look-alikes that must keep their verdict."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a named person's pay, the figure in the next sentence
    (
        "who signed off on Maya Okafor's retention bonus?? the sheet shows $92,000 one-time "
        "plus a 30% base bump. cc @finance",
        "pii.pay",
    ),
    (
        "Can someone check Ana Silva's salary? The spreadsheet says €82,000 but HR disagrees.",
        "pii.pay",
    ),
    ("Wer hat Jonas Weber's Bonus freigegeben? Im Sheet stehen 12.000 € extra.", "pii.pay"),
    ("Question about the severance for Lars Nilsson. Legal drafted it at £64,500.", "pii.pay"),
    # a letter's own pay, not a band, stays pay (a raise "from ... to ...")
    ("Hi Lucas — your base goes from £78,000 to £96,000 in April", "pii.pay"),
    ("Hi Lucas, your new base will be €78,500 from March", "pii.pay"),
    # a background check's finding in the sentence after the one naming its subject
    (
        "Checkr report came back for Ilya Marchenko (the DBA we're hiring for the Oslo team). "
        "There's a 2016 DUI conviction in Harris County. Does that block prod access?",
        "pii.criminal_record",
    ),
    (
        "Background check done for Aisha Rahman. It shows a misdemeanor theft charge from "
        "2019, can we still onboard?",
        "pii.criminal_record",
    ),
    (
        "Das Führungszeugnis von Jonas Weber ist da. Es gibt eine Vorstrafe wegen Betrugs.",
        "pii.criminal_record",
    ),
    # a table whose cells are split by dashes between spaces, a name in each row's first
    (
        "Quelqu'un peut m'aider à mettre ce tableau en forme ?\n\n"
        "Léa Garnier — N3 — note 2/5 — plan d'amélioration de 3 mois — salaire actuel "
        "52 300 € brut\nPaul Mercier — N4 — note 4/5 — promotion proposée",
        "pii.pay",
    ),
    (
        "Format this please:\nAnna Schmidt – L4 – rating 2/5 – on a PIP – base €68,000\n"  # noqa: RUF001
        "Tom Berger – L5 – rating 4/5 – promo",  # noqa: RUF001
        None,
    ),
    (
        "Gehaltsrunde:\nJonas Weber — E12 — Gehalt 5.400 € — Abmahnung im März\n"
        "Mia Keller — E11 — Gehalt 4.900 € — keine",
        None,
    ),
    # an audit log's target, a person's address only, and the disciplinary reason
    (
        "why is the reason column cut off?\n\nts                    actor   action        "
        "target              reason\n2024-06-11T09:02:14Z  jlee    user.suspend  "
        "rsingh@acme.io      Final written warning - substantiated harassment complaint",
        "pii.discipline",
    ),
    ("audit: lena.kaya@acme.io placed on PIP, access reduced to read-only", "pii.discipline"),
    ("2024-03-01 okta user.deactivate t.nguyen@acme.io reason=misconduct investigation", None),
    # a Chinese name opening its sentence, "he" or "she" after it; dismissed (被辞退)
    (
        "刘洋的背景调查结果出来了：他在上一家公司是因为泄露源代码被辞退的。还发 offer 吗？",  # noqa: RUF001
        "pii.discipline",
    ),
    ("李娜的背景调查结果出来了，她在前公司因为挪用公款被开除。要继续吗？", "pii.discipline"),  # noqa: RUF001
    ("张伟在上一家公司是因为性骚扰被辞退的，他没有在简历里提。", "pii.discipline"),  # noqa: RUF001
    # initials with a one-person role in apposition, and a drug test's result
    (
        "Ugh, the screening vendor flagged KD — the billing team lead — on the drug panel "
        "(THC). HR is deciding whether it matters. Holding the promotion until then.",
        "pii.health",
    ),
    ("The random drug test for RB (our only DBA) came back positive for cocaine.", "pii.health"),
    ("TK, the Berlin office manager, failed the drug screen again.", "pii.health"),
]

ORDINARY = [
    # a band in a letter: the range of a level, not the greeted person's pay
    "Hi Lucas, your new base will be in the L4 band (€70,000-€85,000)",
    "Hi Lucas, your new base will be in the L4 band (€70,000 – €85,000), exact figure next week",  # noqa: RUF001
    "Hi Lucas, your new base will be between 70k and 85k depending on the level",
    # a named person's pay question, and a sum for many in the next sentence
    "Kevin Tran's bonus question came up. The pool for the whole team is $115,000.",
    "Kevin Tran's comp doc is outdated. The API costs $115,000 a year.",
    "Where is Kevin Tran's pay slip template? It should show 3 lines for $0 deductions.",
    # a person named with no pay of theirs, then a figure
    "Kevin Tran's team shipped the bonus feature. Infra costs were $115,000.",
    # a background check's policy or schema, a person named before it
    "Checkr report came back for Dmitri Volkov. Does our policy treat a DUI conviction as "
    "disqualifying?",
    "Background check vendor onboarding: Dmitri Volkov owns it. Can we auto-reject candidates "
    "with a felony conviction?",
    "Dmitri Volkov wrote the background check integration. There is a field for felony "
    "convictions in the payload.",
    # dashes in prose and in a table of things: asides, releases
    "Anna Schmidt — our SRE lead — wrote the runbook — thanks!\n"
    "Tom Berger — new this week — owns billing — say hi",
    "Release notes\nPayments — v2.3 — fixed the retry — owner Anna Schmidt\n"
    "Search — v1.9 — new ranking — owner Tom Berger",
    # a desk's or a bot's address on a log line with a warning, a job suspended
    "2024-05-02 alerts@acme.io  warning: disk 91%\n2024-05-02 build-bot@acme.io  suspended job",
    "ping jsmith@acme.io about the compiler warning in CI",
    "mkoch@acme.io suspended the cron job pending review",
    # words a surname starts, a group's pronoun, and the policy with no one named
    "张量的形状不对，他说要改一下维度。",  # noqa: RUF001
    "王者荣耀的服务器挂了，他们在修。",  # noqa: RUF001
    "谢谢大家，他说这个问题已经被修复了。",  # noqa: RUF001
    "我们的背景调查供应商能查到候选人是否被辞退吗？",  # noqa: RUF001
    # an acronym before a role, and initials with a role but nothing said of their body
    "The PR — the payments team lead — needs to approve it before the drug test vendor "
    "integration ships.",
    "KYC — the compliance lead — says the drug screening vendor must be SOC2.",
    "JM — the payments team lead — owns the drug test vendor contract.",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_sensitive(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary(text: str) -> None:
    assert_ordinary(text)
