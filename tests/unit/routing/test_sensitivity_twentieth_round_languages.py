"""The twentieth blind round's misses in other languages (``heldout57``): a Norwegian sick
note's reason ("sykmeldt ... pga. utbrenthet"), a Dutch occupational physician's diagnosis
("de bedrijfsarts spreekt van een burn-out"), a Swedish divorce and custody, a Russian
pregnancy said after the employee's role in commas, a Turkish union member, a Polish
dismissal without notice (art. 52 KP) under a "Pracownik:" field, a Greek name with a
salary garnishment, a Korean captain's breath alcohol result, and an Arabic passport number.
Each rule with the blind row's shape, variants written for it and the near misses that must
stay ordinary (the same words with nobody identified)."""

# ruff: noqa: RUF001  (Cyrillic, Greek, Turkish and full-width punctuation are these messages' own)

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # A. Norwegian, Danish, Swedish sick notes with their reason, and the conditions
    (
        "Kan noen oppdatere bemanningsplanen? Ingrid Solbakken (lager, Berger) er sykmeldt "
        "100 % til 23.03 pga. utbrenthet, legen har anbefalt gradert retur etterpå.",
        "pii.health",
    ),
    ("Lars Haugen er sykemeldt på grunn av depresjon, kan noen ta vaktene hans?", "pii.health"),
    ("Mette Jørgensen er sygemeldt pga. stress frem til 1. maj.", "pii.health"),
    ("Kari Bakke er gravid og skal ikke ha nattevakter.", "pii.health"),
    # B. Dutch: a sick report and what the occupational physician says
    (
        "Vraag over het verzuimsysteem: Pieter de Wit (planner, DC Tilburg) is sinds 07-06 "
        "ziek gemeld, de bedrijfsarts spreekt van een burn-out en adviseert rust.",
        "pii.health",
    ),
    (
        "Sanne Bakker is ziekgemeld, de bedrijfsarts constateert een hernia. Hoe registreer "
        "ik dat?",
        "pii.health",
    ),
    # C. Swedish, Norwegian: a divorce, custody, children every other week
    (
        "Behöver hjälp med schemat i Quinyx: Karin Lindqvist (ekonomi, kommunen) går ner "
        "till 75 % från 03 September – hon är mitt i en skilsmässa och har barnen varannan "
        "vecka.",
        "pii.family",
    ),
    ("Johan Berg har barnen varannan vecka, så han kan inte jobba kvällar då.", "pii.family"),
    ("Nora Lie er midt i en skilsmisse, ikke sett henne på helgevakter nå.", "pii.family"),
    # D. Russian, Ukrainian: a pregnancy, said after the employee's role between commas
    (
        "Подскажите, как в 1С правильно провести перевод на лёгкий труд: Ольга Петренко, "
        "кладовщица склада в Подольске, принесла справку о беременности (срок 12 недель).",
        "pii.health",
    ),
    ("Анна Смирнова, бухгалтер из Казани, сейчас в больнице после инфаркта.", "pii.health"),
    ("Оксана Шевченко вагітна, не ставте її у нічні зміни.", "pii.health"),
    # E. Turkish: a union's member
    (
        "Bordro entegrasyonunda sendika aidatı kesintisi çalışmıyor. Örnek kayıt: Emre "
        "Yıldız, depo personeli, sicil no 74113, Tümtis sendikası üyesi, aylık aidat 315 TL.",
        "pii.union",
    ),
    ("Ayşe Demir Eğitim-Sen sendikası üyesi, aidatı bordrodan kesilsin mi?", "pii.union"),
    ("Mehmet Kaya sendikalı, işyeri temsilcisi de o.", "pii.union"),
    # F. Polish: dismissal without notice under a form's field a sentence before
    (
        "Proszę o pomoc z szablonem w systemie kadrowym. Pracownik: Tomasz Wierzbicki, "
        "magazyn Stryków, nr ewid. 4623. Rozwiązanie umowy bez wypowiedzenia (art. 52 KP) – "
        "kradzież paliwa z wózka widłowego.",
        "pii.discipline",
    ),
    (
        "Anna Nowak dostała dyscyplinarkę za jazdę po alkoholu, jak to wpisać w systemie?",
        "pii.discipline",
    ),
    (
        "Pracownica: Katarzyna Zielińska, dział sprzedaży. Zwolnienie z art. 52 KP za "
        "ciężkie naruszenie obowiązków.",
        "pii.discipline",
    ),
    # G. Greek: a name by its surname's ending, a salary garnishment, a disability
    (
        "Μπορεί κάποιος να ελέγξει τη μισθοδοσία; Ο Νίκος Παπαδάκης (υπάλληλος δήμου, τμήμα "
        "καθαριότητας) έχει κατάσχεση μισθού από εφορία 427 € τον μήνα.",
        "pii.finances",
    ),
    ("Η Μαρία Παπαδοπούλου έχει κατάσχεση μισθού από την τράπεζα.", "pii.finances"),
    # H. Korean: a name with its title and staff number, a breath alcohol result
    (
        "승무원 스케줄 시스템 이슈: 김민준 기장(사번 563195) 오늘 비행 전 음주 측정 결과 "
        "0.04% 나와서 승무 배제됨.",
        "pii.health",
    ),
    ("이서연 부기장(사번 771203) 음주 측정 결과 0.03% 나왔습니다.", "pii.health"),
    ("박지훈 팀장이 징계위원회에 회부되었습니다.", "pii.discipline"),
    # I. a passport number after its word in Arabic, Hebrew, Korean, Japanese
    (
        "نحتاج تحديث سجل الموظفة ليلى حداد: تنتهي إقامتها قريباً. رقم الجواز D2655870.",
        "pii.national_id",
    ),
    ("رقم جواز السفر: N48213377 للموظف الجديد", "pii.national_id"),
    ("מספר דרכון 31245876 של העובד החדש", "pii.national_id"),
    ("여권번호 M48213377 로 예약해 주세요", "pii.national_id"),
    ("パスポート番号: TZ1234987 で登録してください", "pii.national_id"),
]

ORDINARY = [
    # the same words with nobody identified: a policy, an aggregate, a template, a field
    "Hvor mange dager kan man være sykmeldt før NAV overtar? Gjelder det også ved utbrenthet?",
    "Hoeveel medewerkers zijn ziek gemeld door burn-out dit kwartaal? De bedrijfsarts wil cijfers.",
    "Vilka regler gäller för föräldrar som har barnen varannan vecka? En skilsmässa ger "
    "ingen extra ledighet.",
    "В 1С есть шаблон справки о беременности? Нужен перевод на лёгкий труд по закону.",
    "Bordro entegrasyonunda sendika aidatı kesintisi çalışmıyor, alan adı sendika_aidati.",
    "Jak w systemie kadrowym oznaczyć rozwiązanie umowy bez wypowiedzenia (art. 52 KP)? "
    "Potrzebny szablon.",
    "Η Ευρωπαϊκή Ένωση και η κατάσχεση μισθού: ποιο είναι το όριο;",
    "Ο Νίκος Καζαντζάκης έγραψε τον Ζορμπά.",
    "전체 팀장(8명) 음주 측정 교육 일정 공유합니다.",
    "음주 측정 결과 0.03% 이상이면 승무 배제가 회사 규정입니다.",
    "رقم الجواز مطلوب في النموذج، مثال: AB1234567",
    "パスポート番号の入力欄を必須にしますか？",
    "Karin Lindqvist har bokat mötesrummet för torsdag.",
    "Ingrid Solbakken (lager, Berger) har ferie uke 28.",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_twentieth_round_languages_people_data_is_found(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_twentieth_round_languages_near_misses_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
