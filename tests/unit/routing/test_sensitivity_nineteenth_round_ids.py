"""Rules added after the nineteenth blind round's ``heldout54`` and ``heldout55`` (ids,
passports, passwords in prose, a home address): a password given after the word for it in
Arabic, Persian, Vietnamese, Indonesian and Malay, Thai, Hindi, Bengali and Urdu; an
Indonesian NIK and a Vietnamese citizen id (CCCD) named as such, and a date of birth after
"tgl lahir", "ngày sinh", "doğum tarihi", "дата рождения"; a passport number said in prose
("my passport no is ...", "número de pasaporte ...", "nomor paspor ..."), not a format's
example; a codice fiscale named in full whose check letter fails; a British home address in
a sentence (house number, street, a flat, town and postcode).

Each case is a fresh instance of the class of message a blind row belonged to (other names,
other values, other wording, other languages), so these tests pin the general rule, not
the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

_PASSWORD = "secret.password_assignment"
_ID = "pii.national_id"

SENSITIVE = [
    # a password after the word for it, no verb (heldout54 rows 5 and 64's shape)
    (
        "مرحباً، لا أستطيع الدخول إلى لوحة الفواتير. اسم المستخدم billing-ops وكلمة المرور "
        "Qw7rTzLm2Xa. هل تغيّر شيء؟",
        _PASSWORD,
    ),
    (
        "Em không vào được Kibana. Tài khoản là log-reader, mật khẩu Zx8KpLq2Vm, nó báo sai.",
        _PASSWORD,
    ),
    # ... with a copula, in other languages and wordings
    ("كلمة السر هي Riyadh2025 للحساب المشترك", _PASSWORD),
    ("mật khẩu wifi văn phòng là Hanoi2024 nhé", _PASSWORD),
    ("akun admin dashboard, kata sandi: Jakarta#88 ya", _PASSWORD),
    ("username budi.s, kata sandinya Rahasia123 jangan disebar", _PASSWORD),
    ("akaun pentadbir, kata laluan adalah Melaka2024x", _PASSWORD),
    ("รหัสผ่านคือ Bkk2024x นะครับ", _PASSWORD),
    ("رمز عبور: Tehran99x برای سرور تست", _PASSWORD),
    ("सर्वर का पासवर्ड Delhi@2024 है", _PASSWORD),
    # an Indonesian NIK (heldout54 row 94's shape), a woman's (day + 40), with separators
    (
        "Verifikasi e-KTP gagal: nama Rina Kusuma, NIK 3273015203900004, tgl lahir "
        "12-03-1990. Dukcapil bilang data tidak ditemukan.",
        _ID,
    ),
    ("data pelanggan: Siti Rahayu, NIK 3174054408910003, domisili Jakarta", _ID),
    ("no. KTP pak Andi 3578.1012.0585.0021 tolong dicek", _ID),
    # a Vietnamese citizen id (heldout54 row 184's shape)
    (
        "eKYC lỗi OCR: họ tên Phạm Thu Hà, số CCCD 079192004512, ngày sinh 03/04/1992. "
        "Ai biết thư viện đọc chip không?",
        _ID,
    ),
    ("số căn cước 001087012345 của anh Tuấn bị hệ thống từ chối", _ID),
    ("khách hàng Nguyễn Văn An, CMND 031200004567", _ID),
    # a date of birth after its word in those languages
    ("pelanggan Dewi Lestari, tanggal lahir 04-08-1991, minta ganti nomor HP", "pii.dob"),
    ("họ tên Trần Văn Bình, ngày sinh 16/12/1988", "pii.dob"),
    ("müşteri Ayşe Kaya, doğum tarihi 12.03.1988, adres değişikliği istiyor", "pii.dob"),
    ("клиент Иван Петров, дата рождения 01.02.1979, просит сменить телефон", "pii.dob"),
    # a passport number in prose (heldout55 row 37's shape)
    ("my passport no is KP4471920 for the embassy form, is that the right field?", _ID),
    ("Passport # for Priya is Z8843120, she flies Thursday", _ID),
    ("mi número de pasaporte es XDA482913, ¿lo pongo en el formulario?", _ID),
    ("il numero di passaporto di Marco è YA7731046", _ID),
    ("nomor paspor saya B4417820 untuk pengajuan visa", _ID),
    ("số hộ chiếu của tôi là C2281937 nhé", _ID),
    # a codice fiscale named in full whose check letter fails (heldout55 row 150's shape)
    ("il codice fiscale di Marta Colombo è CLMMRT81D52F205B, dove lo metto nel modulo?", _ID),
    ("Cod. fisc. di Paolo Greco: GRCPLA77M14H501Z per la nota spese", _ID),
    # a British home address in a sentence (heldout55 row 46's shape)
    (
        "send the welcome pack to Omar's home please: 12 Ashgrove Road, Flat 2, Bristol "
        "BS6 5LA. can you draft the label",
        "pii.address",
    ),
    ("Tom moved, new address is Flat 2, 9 Mill Road, Cambridge CB1 2AD", "pii.address"),
    ("can you post the laptop to Priya at 14 Hawthorn Close, York YO31 7QT?", "pii.address"),
]

ORDINARY = [
    # password words in sentences about passwords
    "كلمة المرور يجب أن تكون 12 حرفًا على الأقل",
    "mật khẩu phải có ít nhất 8 ký tự",
    "kata sandi salah, coba reset lagi",
    "lupa kata sandi? klik tautan reset",
    "รหัสผ่านไม่ถูกต้อง กรุณาลองใหม่",
    "पासवर्ड रीसेट लिंक काम नहीं कर रहा",
    "Đổi mật khẩu định kỳ 90 ngày theo chính sách ISO27001",
    # ids described, not given
    "kolom NIK harus 16 digit, contoh validasi regex ^\\d{16}$",
    "CCCD mới có 12 số, 3 số đầu là mã tỉnh",
    "NIK 0000000000000000 dipakai untuk data dummy di staging",
    # a passport number's format, an example, a placeholder
    "the passport number field expects 9 characters like AB1234567",
    "passport number format: two letters then seven digits, e.g. AB1234567",
    "passport no 000000000 is rejected by the validator",
    "passport number 123456789 is what the test fixture uses",
    "our passport scanner returned error 4003021 again",
    # a codice fiscale's format or placeholder
    "il campo codice fiscale accetta 16 caratteri, es. formato AAAAAA00A00A000A",
    "codice fiscale ABCDEF80A01H501X per il test",
    # the company's address, a postcode alone
    "ship the returns to our office: 20 Station Road, London EC1A 1BB",
    "the bug: postcode LS6 4QT fails validation on the checkout form",
    "Acme Ltd, 5 Market Street, Manchester M1 1AE is on the invoice",
    # a redacted date of birth: the next date is another field's
    "HR form parser chokes on `Tomasz Nowak, DOB [REDACTED:pii.dob], start 2024-02-01`",
    "row: Ines Vidal, date of birth [REDACTED], hired 01/03/2021, team payments",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_nineteenth_round_ids_are_found(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_nineteenth_round_id_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
