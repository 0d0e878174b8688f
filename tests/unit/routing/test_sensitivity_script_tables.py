"""Tables of people whose name column is headed in another script (氏名, 姓名, ФИО...).

A Japanese attendance or health-check CSV ("社員番号,氏名,休暇種別,...,備考" and rows of
"佐藤 美咲,病気休暇,...,うつ病") was missed twice at first sight (heldout41, heldout57): the
table rules found a header only by Latin-script words.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # heldout57's shape: an attendance export, the reason in the remarks
    (
        "\u52e4\u6020CSV:\n\u793e\u54e1\u756a\u53f7,\u6c0f\u540d,\u4f11\u6687\u7a2e\u5225,"
        "\u5099\u8003\n495129,\u4f50\u85e4 \u7f8e\u54b2,\u75c5\u6c17\u4f11\u6687,"
        "\u3046\u3064\u75c5\u306e\u8a3a\u65ad\u66f8\u3042\u308a\n",
        "pii.health",
    ),
    # a Chinese roster with a diagnosis; a Russian one with a pregnancy
    (
        "\u59d3\u540d,\u90e8\u95e8,\u5907\u6ce8\n\u738b\u82b3,\u8d22\u52a1,\u6291\u90c1\u75c7\n",
        "pii.health",
    ),
    (
        "\u0444\u0438\u043e;\u043f\u0440\u0438\u043c\u0435\u0447\u0430\u043d\u0438\u0435\n"
        "\u0418\u0432\u0430\u043d\u043e\u0432\u0430 \u041e\u043b\u044c\u0433\u0430;"
        "\u0431\u0435\u0440\u0435\u043c\u0435\u043d\u043d\u043e\u0441\u0442\u044c\n",
        "pii.health",
    ),
]

ORDINARY = [
    # the same tables with nothing said of anyone: a department, a desk
    "\u6c0f\u540d,\u90e8\u7f72\n\u4f50\u85e4 \u7f8e\u54b2,\u7d4c\u7406\n",
    "\u59d3\u540d,\u5ea7\u4f4d\n\u738b\u82b3,3F-12\n",
    # a header alone: the schema of an export
    "\u793e\u54e1\u756a\u53f7,\u6c0f\u540d,\u4f11\u6687\u7a2e\u5225,\u5099\u8003 "
    "\u306e\u5217\u9806\u3092\u5909\u3048\u305f\u3044",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_sensitive(text: str, label: str) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary(text: str) -> None:
    assert_ordinary(text)
