"""People named in other scripts than the Latin alphabet (see ``names`` for the shapes).

Chinese, Japanese and Korean write no capitals and, but for Korean, no spaces; Cyrillic and
Greek capitalise names; Devanagari, Hebrew and Arabic names are told by common surnames,
given names, titles or a team in brackets after them. ``script_names`` finds them all;
``names.full_names`` calls it when a message holds such letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.routing.sensitivity.model import Name, literal_trie

# Names in other scripts. Chinese, Japanese and Korean write no capitals and, but for
# Korean, no spaces: most of their words look like names to a test of shape alone, so a
# name there counts only where the message marks it as a person's: after a person's field
# ("申請者: 伊藤 翔太", "员工: 陈丽娜", "이름: 김민지") or before an honorific ("中村 美咲さん",
# "田中様", "王伟先生", "조현우 님께", "김민지 대리님", "박지훈 씨"). Russian, Ukrainian and
# the other Cyrillic languages capitalise names: a first and last name (and a patronymic)
# counts after a person's field or a greeting ("ФИО: Иванов Иван Петрович", "Уважаемая
# Анна Смирнова"), or when one of its words ends as surnames and patronymics do (Попова,
# Шевченко, Петрович).
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CYR_UP = "\u0400-\u042f"
_CYR_LOW = "\u0430-\u045f"
_DEVA = "\u0900-\u0963\u0966-\u097f"  # Devanagari, not its dandas (full stops)
_HEB = "\u05d0-\u05ea"
_GR_UP = "\u0386\u0388-\u038f\u0391-\u03a9"
_GR_LOW = "\u03ac-\u03ce"
SCRIPT_LETTER = re.compile(
    rf"[{_HAN}\uac00-\ud7af{_CYR_UP}\u0905-\u0939{_HEB}{_GR_UP}\u0627-\u064a]"
)
# Korean surnames (the commonest hundred); a Korean name is one and one or two syllables.
_KO_SURNAMES = (
    "\ub0a8\uad81|\ud669\ubcf4|\uc81c\uac08|\uc120\uc6b0|\ub3c5\uace0|"
    "[\uae40\uc774\ubc15\ucd5c\uc815\uac15\uc870\uc724\uc7a5\uc784\ud55c\uc624\uc11c\uc2e0"
    "\uad8c\ud669\uc548\uc1a1\ub958\uc804\ud64d\uace0\ubb38\uc591\uc190\ubc30\ubc31\ud5c8"
    "\uc720\ub0a8\uc2ec\ub178\ud558\uacfd\uc131\ucc28\uc8fc\uc6b0\uad6c\ubbfc\uc9c4\ub098"
    "\uc9c0\uc5c4\ucc44\uc6d0\ucc9c\ubc29\uacf5\ud604\ud568\ubcc0\uc5fc\uc5ec\ucd94\ub3c4"
    "\uc18c\uc11d\uc120\uc124\ub9c8\uae38\uc5f0\uc704\ud45c\uba85\uae30\ubc18\uc655\uae08"
    "\uc625\uc721\uc778\ub9f9\uc81c\ubaa8\ud0c1\uad6d\uc740\ud3b8\uc6a9\uc608\ubd09]"
)
_KO_NAME = rf"(?<![\uac00-\ud7af])(?:{_KO_SURNAMES})[\uac00-\ud7af]{{1,2}}(?![\uac00-\ud7af])"
# A Korean name's title before the honorific ("김민지 대리님", "박지훈 팀장님").
_KO_TITLES = (
    "\ud300\uc7a5|\ubd80\uc7a5|\uacfc\uc7a5|\ucc28\uc7a5|\ub300\ub9ac|\uc0ac\uc6d0|"
    "\uc8fc\uc784|\uc120\uc784|\ucc45\uc784|\uc218\uc11d|\uc2e4\uc7a5|\ubcf8\ubd80\uc7a5|"
    "\uc774\uc0ac|\uc0c1\ubb34|\uc804\ubb34|\ub300\ud45c|\ub9e4\ub2c8\uc800|\ud504\ub85c|"
    "\uc5f0\uad6c\uc6d0|\uc120\uc0dd|\uad50\uc218|\uace0\uac1d"
)
# A Korean name with its title and no honorific, then its staff number in brackets or its
# particle ("김민준 기장(사번 563195)", "박지훈 팀장이", "최유진 간호사는"); not "전체 팀장"
# (all team leads, ``_NOT_KO_NAME``).
_KO_TITLED = re.compile(
    rf"({_KO_NAME}) ?(?:{_KO_TITLES}|\uae30\uc7a5|\ubd80\uae30\uc7a5|\uc0ac\ubb34\uc7a5|"
    "\uac04\ud638\uc0ac|\ud300\uc6d0|\uc778\ud134|\uc8fc\ubb34|\uacc4\uc7a5)"
    "(?:\\(|(?:\uc774|\uac00|\uc740|\ub294|\uc758|\uc5d0\uac8c|\uaed8\uc11c|\ub3c4)"
    "(?![\uac00-\ud7af]))"
)
_HAN_NAME = rf"[{_HAN}]{{1,3}}[ \u3000]?[{_HAN}]{{1,3}}"
_CYR_WORD = rf"[{_CYR_UP}][{_CYR_LOW}]+(?:-[{_CYR_UP}][{_CYR_LOW}]+)?"
_CYR_NAME = rf"{_CYR_WORD} {_CYR_WORD}(?: {_CYR_WORD})?"
# A person's field, before a colon: Japanese, Chinese, Korean, Russian and English.
PERSON_FIELDS = (
    "\u7533\u8acb\u8005|\u6c0f\u540d|\u304a\u540d\u524d|\u540d\u524d|\u793e\u54e1\u540d|"
    "\u793e\u54e1|\u5f93\u696d\u54e1|\u5bfe\u8c61\u8005|\u5bfe\u8c61\u793e\u54e1|"
    "\u672c\u4eba|\u8077\u54e1|\u5fdc\u52df\u8005|\u5019\u88dc\u8005|\u60a3\u8005|"
    "\u9000\u8077\u8005|\u4f11\u8077\u8005|"
    "\u5458\u5de5\u59d3\u540d|\u5458\u5de5|\u54e1\u5de5|\u59d3\u540d|\u7533\u8bf7\u4eba|"
    "\u7533\u8acb\u4eba|\u5019\u9009\u4eba|\u5019\u9078\u4eba|\u804c\u5458|\u5f53\u4e8b\u4eba|"
    "\u88ab\u8003\u6838\u4eba|\u75c5\u4eba|"
    "\uc774\ub984|\uc131\uba85|\uc9c1\uc6d0\uba85|\uc9c1\uc6d0|\uc0ac\uc6d0\uba85|"
    "\uc2e0\uccad\uc790|\ub300\uc0c1\uc790|\uc9c0\uc6d0\uc790|\ud6c4\ubcf4\uc790|\ud658\uc790|"
    "(?i:\u0444\\.?\u0438\\.?\u043e\\.?|\u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a\u0430?|"
    "\u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u0446\u0430|\u0440\u0430\u0431\u043e\u0442\u043d\u0438\u043a|"
    "\u0437\u0430\u044f\u0432\u0438\u0442\u0435\u043b\u044c|\u043a\u0430\u043d\u0434\u0438\u0434\u0430\u0442|"
    "\u043f\u0430\u0446\u0438\u0435\u043d\u0442|"
    "name|full name|employee|applicant|candidate|staff|patient)"
)
_GREETINGS = (
    "(?i:\u0443\u0432\u0430\u0436\u0430\u0435\u043c\u044b\u0439|"
    "\u0443\u0432\u0430\u0436\u0430\u0435\u043c\u0430\u044f|\u0434\u043e\u0440\u043e\u0433\u043e\u0439|"
    "\u0434\u043e\u0440\u043e\u0433\u0430\u044f|\u0437\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435|"
    "\u043f\u0440\u0438\u0432\u0435\u0442)"
)
_FIELD_NAME = re.compile(
    rf"(?:{PERSON_FIELDS})[ \t]*[:\uff1a][ \t\u3000]*(?:({_HAN_NAME})(?![{_HAN}])|"
    rf"({_KO_NAME})|({_CYR_NAME}))|{_GREETINGS},?[ \t]+({_CYR_NAME})"
)
# An honorific after a name: Japanese, Chinese, then Korean (with a title before it).
_HONORIFIC = re.compile(
    "\u3055\u3093|\u3055\u307e|\u69d8|\u6c0f|\u541b|\u304f\u3093|\u3061\u3083\u3093|"
    "\u5148\u751f|\u5973\u58eb|\u5c0f\u59d0|\u8001\u5e08|\u8001\u5e2b|"
    "\ub2d8|\uc528(?![\uac00-\ud7af]{2})"
)
_HAN_BEFORE = re.compile(rf"({_HAN_NAME})\Z")
_KO_BEFORE = re.compile(rf"({_KO_NAME})(?: (?:{_KO_TITLES}))? ?\Z")
# A foreign name written in Hangul, with no Korean surname, then a space and "씨" ("응우옌
# 씨 비자가", "마리아 씨가"): "씨" after a word and a space is said only to a person.
_KO_FOREIGN_BEFORE = re.compile(r"(?<![\uac00-\ud7af])([\uac00-\ud7af]{2,4}) \Z")
# What is said with an honorific but is not a name: roles and kinds of people ("担当者様",
# "会員様", "店長さん", "魚屋さん", "各位"), and Korean's ("고객님", "여러분").
_NOT_HAN_NAME = re.compile(
    r"(?:[\u8005\u54e1\u5458\u9577\u957f\u5e2b\u5e08\u5c4b\u65b9\u65cf\u9054\u4f4d\u5ba2"
    r"\u5bb6\u4e3b\u624b\u751f\u58eb\u5b98\u4eba\u7aef]|\u5148\u751f|\u4e3b\u4eba)\Z|"
    r"\A[ \u3000]|[ \u3000]\Z"
)
_NOT_KO_NAME = frozenset((
    "\uace0\uac1d", "\ud68c\uc6d0", "\uc0ac\uc6a9\uc790", "\ucc28\uc7a5", "\uc0ac\uc7a5",
    "\uc774\uc0ac", "\uc120\uc0dd", "\uc6d0\uc7a5", "\uc804\ubb34", "\uc8fc\uc784",
    "\uc870\uad50", "\uae30\uc0ac", "\ubc18\uc7a5", "\uc18c\uc7a5", "\uad6d\uc7a5",
    "\ubc15\uc0ac", "\uc11d\uc0ac", "\uc11c\ubc29", "\ub3c4\ub828", "\uc5ec\ub7ec\ubd84",
    "\uace0\uac1d\uc0ac", "\uc2e0\uccad\uc790", "\uad00\ub9ac\uc790", "\ub2f4\ub2f9\uc790",
    "\uc774\uc6a9\uc790", "\ubd80\ubaa8", "\ubd80\ubaa8\ub2d8", "\ubd80\uc7a5",
    "\ud55c\uc758\uc0ac", "\uc601\uc5c5", "\uc720\uc800", "\uc804\uccb4", "\uc774\ubc88",
    "\uc2e0\uc784", "\ubaa8\ub4e0", "\ub2f4\ub2f9", "\uc804\uc784", "\uc7a5\uae30",
    "\uc784\uc2dc", "\uc815\uc2dd", "\ubcf8\uc0ac", "\uc9c0\uc810", "\ud604\uc7a5",
))  # fmt: skip
# A person's field's value that is not a name: all, nobody, to be decided, unknown.
NOT_HAN_VALUES = frozenset((
    "\u5168\u90e8", "\u5168\u5458", "\u5168\u54e1", "\u5168\u4f53", "\u5168\u9ad4",
    "\u6240\u6709", "\u672a\u5b9a", "\u5f85\u5b9a", "\u4e0d\u660e", "\u672a\u77e5",
    "\u533f\u540d", "\u672c\u4eba", "\u5404\u4f4d", "\u672a\u8a18\u5165", "\u7a7a\u6b04",
    "\u5fc5\u9808", "\u4efb\u610f", "\u5fc5\u586b", "\u9078\u586b", "\u65e0", "\u7121",
    # an example's or a test's stand-in: 示例 样例 例子 范例 测试 測試 测试用户 张三 李四 王五
    "\u793a\u4f8b", "\u6837\u4f8b", "\u4f8b\u5b50", "\u8303\u4f8b", "\u6d4b\u8bd5",
    "\u6e2c\u8a66", "\u6d4b\u8bd5\u7528\u6237", "\u5f20\u4e09", "\u674e\u56db",
    "\u738b\u4e94",
))  # fmt: skip
# Cyrillic surnames' and patronymics' endings (Попова, Иванов, Шевченко, Петрович, Ильинична),
# and the other cases of the surnames ending in ov, ev, in: dative and accusative (Павлову),
# instrumental (Павловым), a woman's genitive and dative (Смирновой), with two letters before
# the ending (Новой Зеландии is a place); the other cases of those ending in skiy
# (Ковальскому, Ковальского).
_CYR_SURNAME = re.compile(
    "[\u0430-\u045f]{2}(?:\u043e\u0432|\u0435\u0432|\u0451\u0432|\u0438\u043d)"
    "(?:\u0443|\u044b\u043c|\u043e\u0439)\\Z|"
    "(?:\u0441\u043a|\u0446\u043a)(?:\u043e\u0433\u043e|\u043e\u043c\u0443)\\Z|"
    "(?:\u043e\u0432|\u0435\u0432|\u0451\u0432|\u0438\u043d|\u044b\u043d|\u0441\u043a\u0438\u0439|"
    "\u0446\u043a\u0438\u0439|\u0441\u043a\u0430\u044f|\u0446\u043a\u0430\u044f|\u0435\u043d\u043a\u043e|"
    "\u0447\u0443\u043a|\u0443\u043a|\u044e\u043a|\u0432\u0438\u0447|\u044c\u0438\u0447|"
    "\u0432\u043d\u0430|\u0438\u0447\u043d\u0430|\u044f\u043d|\u0438\u0448\u0432\u0438\u043b\u0438|"
    "\u0434\u0437\u0435)\u0430?\\Z"
)
# A cell holding a name in other scripts: Cyrillic first and last names (a patronymic), a
# Chinese or Japanese name with a space between family and given name ("伊藤 翔太"), a
# Korean name ("조현우").
SCRIPT_CELL = re.compile(rf"{_CYR_NAME}|[{_HAN}]{{1,3}}[ \u3000][{_HAN}]{{1,3}}|{_KO_NAME}")
# Greek capitalises names too: a first and last name whose last ends as Greek surnames do
# (Παπαδάκης, Παπαδοπούλου, Γεωργιάδης, Οικονόμου, Βλάχος is not: a word's ending too).
_GR_PAIR = re.compile(
    rf"(?<![{_GR_UP}{_GR_LOW}])([{_GR_UP}][{_GR_LOW}]+ [{_GR_UP}][{_GR_LOW}]*"
    "(?:\u03ac\u03ba\u03b7\u03c2|\u03ac\u03ba\u03b7|\u03cc\u03c0\u03bf\u03c5\u03bb\u03bf\u03c2|"
    "\u03bf\u03c0\u03bf\u03cd\u03bb\u03bf\u03c5|\u03af\u03b4\u03b7\u03c2|\u03af\u03b4\u03b7|"
    "\u03af\u03b4\u03bf\u03c5|\u03ac\u03b4\u03b7\u03c2|\u03ac\u03b4\u03b7|\u03ac\u03b4\u03bf\u03c5|"
    "\u03ac\u03c4\u03bf\u03c2|\u03ac\u03c4\u03bf\u03c5|\u03ad\u03b1\u03c2|\u03ce\u03c4\u03b7\u03c2|"
    "\u03ce\u03c4\u03b7|\u03af\u03c4\u03b7\u03c2|\u03af\u03c4\u03b7|\u03bf\u03cd\u03bb\u03b7\u03c2|"
    "\u03bf\u03cd\u03bb\u03b7|\u03ac\u03c1\u03b7\u03c2|\u03af\u03bf\u03c5|\u03cc\u03bc\u03bf\u03c5|"
    "\u03ad\u03bb\u03b7\u03c2|\u03ad\u03bb\u03b7))"
    rf"(?![{_GR_UP}{_GR_LOW}])"
)
_CYR_PAIR = re.compile(rf"(?<![{_CYR_UP}{_CYR_LOW}])({_CYR_NAME})(?![{_CYR_LOW}])")


# Hindi (Devanagari) and Hebrew write no capitals: a first and last name counts when the
# last is one of the commonest surnames ("अमित शर्मा", "איתי לוי") and the first is not a
# little word ("का", of; "הוא", he), or when any two words are followed by a department or
# a team in brackets ("प्रिया नागर (लेखा विभाग)", "(מחלקת כספים)"). Not the surnames that
# are words too: निगम (a corporation), पाठक (a reader), מימון (funding), פרץ (broke into),
# מזרחי (eastern; a bank's name).
_DEVA_SURNAMES_TEXT = """
\u0936\u0930\u094d\u092e\u093e \u0935\u0930\u094d\u092e\u093e
\u0917\u0941\u092a\u094d\u0924\u093e \u0938\u093f\u0902\u0939
\u0915\u0941\u092e\u093e\u0930 \u092a\u091f\u0947\u0932 \u092e\u0947\u0939\u0924\u093e
\u091c\u094b\u0936\u0940 \u092f\u093e\u0926\u0935
\u0905\u0917\u094d\u0930\u0935\u093e\u0932 \u092e\u093f\u0936\u094d\u0930\u093e
\u091a\u094c\u0927\u0930\u0940 \u0930\u0947\u0921\u094d\u0921\u0940
\u0928\u093e\u092f\u0930 \u0905\u092f\u094d\u092f\u0930 \u0926\u0947\u0938\u093e\u0908
\u0915\u092a\u0942\u0930 \u092e\u0932\u094d\u0939\u094b\u0924\u094d\u0930\u093e
\u091a\u094b\u092a\u0921\u093c\u093e \u092c\u0902\u0938\u0932
\u0938\u0915\u094d\u0938\u0947\u0928\u093e
\u0936\u094d\u0930\u0940\u0935\u093e\u0938\u094d\u0924\u0935
\u0924\u094d\u0930\u093f\u092a\u093e\u0920\u0940 \u092a\u093e\u0902\u0921\u0947
\u092a\u093e\u0923\u094d\u0921\u0947\u092f \u0926\u0941\u092c\u0947
\u0924\u093f\u0935\u093e\u0930\u0940
\u091a\u0924\u0941\u0930\u094d\u0935\u0947\u0926\u0940 \u092d\u091f\u094d\u091f
\u092c\u0928\u0930\u094d\u091c\u0940 \u092e\u0941\u0916\u0930\u094d\u091c\u0940
\u091a\u091f\u0930\u094d\u091c\u0940 \u092c\u094b\u0938 \u0928\u093e\u092f\u0921\u0942
\u092a\u093f\u0932\u094d\u0932\u0908 \u092e\u0947\u0928\u0928
\u0915\u0941\u0932\u0915\u0930\u094d\u0923\u0940 \u092a\u093e\u091f\u093f\u0932
\u0926\u0947\u0936\u092e\u0941\u0916 \u0920\u093e\u0915\u0941\u0930
\u0905\u0930\u094b\u0921\u093c\u093e \u0938\u0947\u0920\u0940
\u092d\u093e\u091f\u093f\u092f\u093e \u0906\u0939\u0942\u091c\u093e
\u0916\u0928\u094d\u0928\u093e \u092c\u0924\u094d\u0930\u093e
\u0936\u0941\u0915\u094d\u0932\u093e \u0926\u094d\u0935\u093f\u0935\u0947\u0926\u0940
\u0938\u093f\u0928\u094d\u0939\u093e \u091a\u094c\u0939\u093e\u0928
\u0930\u093e\u0920\u094c\u0930 \u0930\u093e\u0923\u093e
\u0915\u0941\u0936\u0935\u093e\u0939\u093e \u0930\u0938\u094d\u0924\u094b\u0917\u0940
\u0917\u094b\u092f\u0932 \u092e\u093f\u0924\u094d\u0924\u0932
\u0938\u093f\u0902\u0918\u0932 \u091c\u093e\u092f\u0938\u0935\u093e\u0932
\u092d\u093e\u0930\u094d\u0917\u0935 \u0926\u0940\u0915\u094d\u0937\u093f\u0924
\u0909\u092a\u093e\u0927\u094d\u092f\u093e\u092f \u0936\u0947\u0916\u093c
\u0915\u093c\u0941\u0930\u0948\u0936\u0940 \u0905\u0902\u0938\u093e\u0930\u0940
\u0938\u093f\u0926\u094d\u0926\u0940\u0915\u0940 \u0939\u0941\u0938\u0948\u0928
\u0905\u0939\u092e\u0926 \u0930\u0949\u092f
"""
_DEVA_SURNAMES = literal_trie(_DEVA_SURNAMES_TEXT.split())
_HEB_SURNAMES_TEXT = """
\u05db\u05d4\u05df \u05dc\u05d5\u05d9 \u05d1\u05d9\u05d8\u05d5\u05df \u05d3\u05d4\u05df
\u05e4\u05e8\u05d9\u05d3\u05de\u05df \u05d0\u05d2\u05d1\u05d0\u05e8\u05d9\u05d4
\u05d0\u05d6\u05d5\u05dc\u05d0\u05d9 \u05db\u05e5 \u05d0\u05d5\u05d7\u05d9\u05d5\u05df
\u05d7\u05d3\u05d3 \u05d2\u05d1\u05d0\u05d9 \u05d0\u05d3\u05e8\u05d9
\u05dc\u05d5\u05d9\u05df \u05e7\u05dc\u05d9\u05d9\u05df \u05e9\u05e4\u05d9\u05e8\u05d0
\u05d2\u05d5\u05dc\u05d3\u05d1\u05e8\u05d2 \u05e8\u05d5\u05d6\u05e0\u05d1\u05e8\u05d2
\u05e9\u05de\u05e2\u05d5\u05e0\u05d9 \u05e1\u05d5\u05d9\u05e1\u05d4
\u05d5\u05d9\u05d9\u05e1 \u05e8\u05d1\u05d9\u05d1\u05d5
\u05d0\u05dc\u05e7\u05d9\u05d9\u05dd \u05d1\u05d5\u05d6\u05d2\u05dc\u05d5
\u05d8\u05d9\u05d9\u05d1 \u05e2\u05de\u05e8 \u05e9\u05d8\u05e8\u05df
\u05d2\u05e8\u05d9\u05e0\u05d1\u05e8\u05d2 \u05e4\u05d9\u05e9\u05e8
\u05d4\u05d5\u05e8\u05d5\u05d1\u05d9\u05e5
\u05e8\u05d1\u05d9\u05e0\u05d5\u05d1\u05d9\u05e5
\u05d6\u05d9\u05dc\u05d1\u05e8\u05de\u05df \u05d9\u05d5\u05e1\u05e3
\u05d0\u05d1\u05e8\u05d4\u05de\u05d9 \u05d1\u05df-\u05d3\u05d5\u05d3
\u05d0\u05d5\u05d7\u05e0\u05d4 \u05de\u05e8\u05e7\u05d5\u05d1\u05d9\u05e5
\u05dc\u05d9\u05d1\u05d5\u05d1\u05d9\u05e5 \u05e1\u05dc\u05d0\u05de\u05d4
\u05d7\u05d5\u05e8\u05d9
"""
_HEB_SURNAMES = literal_trie(_HEB_SURNAMES_TEXT.split())
_NOT_FIRST_NAMES_TEXT = """
\u0915\u093e \u0915\u0940 \u0915\u0947 \u092e\u0947\u0902 \u0938\u0947 \u0915\u094b
\u0928\u0947 \u092a\u0930 \u0914\u0930 \u0939\u0948 \u0939\u0948\u0902 \u092f\u0939
\u0935\u0939 \u0925\u093e \u0925\u0940 \u0925\u0947 \u092d\u0940 \u0924\u094b
\u0939\u0940 \u092f\u093e \u0915\u093f \u090f\u0915 \u0907\u0938 \u0909\u0938
\u05d0\u05ea \u05e9\u05dc \u05e2\u05dd \u05e2\u05dc \u05d0\u05dc \u05d2\u05dd
\u05db\u05d9 \u05d0\u05dd \u05d0\u05d5 \u05d6\u05d4 \u05d6\u05d5 \u05d4\u05d5\u05d0
\u05d4\u05d9\u05d0 \u05d4\u05dd \u05d4\u05df \u05d0\u05e0\u05d9 \u05d0\u05ea\u05d4
\u05d0\u05e0\u05d7\u05e0\u05d5 \u05dc\u05d0 \u05db\u05df \u05d9\u05e9 \u05d0\u05d9\u05df
\u05e8\u05e7 \u05e2\u05d5\u05d3 \u05db\u05dc \u05de\u05d4 \u05de\u05d9
\u05d0\u05d9\u05da \u05dc\u05de\u05d4 \u05d0\u05d1\u05dc
"""
_NOT_FIRST_NAMES = frozenset(_NOT_FIRST_NAMES_TEXT.split())
_DEVA_WORD = rf"[\u0905-\u0939\u0958-\u0961](?<![{_DEVA}].)[{_DEVA}]{{0,15}}"
_HEB_WORD = rf"[{_HEB}](?<![{_HEB}].)[{_HEB}\u05f3'\"]{{1,10}}"
_UNIT = (
    "\u0935\u093f\u092d\u093e\u0917|\u091f\u0940\u092e|\u05de\u05d7\u05dc\u05e7\u05ea|"
    "\u05de\u05d7\u05dc\u05e7\u05d4|\u05e6\u05d5\u05d5\u05ea|(?i:team|dept|department)"
)
# Arabic writes no capitals: a first and last name counts when the first is a common
# given name ("يوسف الحربي", "فاطمة الزهراني") and the next word is not a preposition,
# a pronoun or a verb's particle.
_AR_GIVEN_TEXT = """
\u0645\u062d\u0645\u062f \u0623\u062d\u0645\u062f \u0627\u062d\u0645\u062f
\u0645\u062d\u0645\u0648\u062f \u0645\u0635\u0637\u0641\u0649 \u0639\u0644\u064a
\u0639\u0645\u0631 \u0639\u062b\u0645\u0627\u0646 \u062e\u0627\u0644\u062f
\u064a\u0648\u0633\u0641 \u0625\u0628\u0631\u0627\u0647\u064a\u0645
\u0627\u0628\u0631\u0627\u0647\u064a\u0645 \u062d\u0633\u0646 \u062d\u0633\u064a\u0646
\u0639\u0628\u062f\u0627\u0644\u0644\u0647
\u0639\u0628\u062f\u0627\u0644\u0631\u062d\u0645\u0646
\u0639\u0628\u062f\u0627\u0644\u0639\u0632\u064a\u0632 \u0633\u0639\u064a\u062f
\u0633\u0639\u062f \u0633\u0644\u0645\u0627\u0646 \u0633\u0644\u064a\u0645\u0627\u0646
\u0641\u0647\u062f \u0641\u064a\u0635\u0644 \u0646\u0627\u0635\u0631
\u0637\u0627\u0631\u0642 \u0643\u0631\u064a\u0645 \u0645\u0627\u062c\u062f
\u0645\u0627\u0632\u0646 \u0648\u0644\u064a\u062f \u0647\u0634\u0627\u0645
\u0632\u064a\u0627\u062f \u0631\u0627\u0645\u064a \u0633\u0627\u0645\u064a
\u0647\u0627\u0646\u064a \u0639\u0627\u062f\u0644 \u0639\u0645\u0627\u062f
\u062c\u0645\u0627\u0644 \u0643\u0645\u0627\u0644 \u0646\u0628\u064a\u0644
\u0628\u0644\u0627\u0644 \u0623\u0646\u0633 \u0627\u0646\u0633 \u062d\u0645\u0632\u0629
\u064a\u0627\u0633\u0631 \u064a\u0627\u0633\u064a\u0646 \u0625\u064a\u0627\u062f
\u0627\u064a\u0627\u062f \u0645\u0631\u0627\u062f \u0631\u0634\u064a\u062f
\u0645\u0646\u0635\u0648\u0631 \u0635\u0627\u0644\u062d \u0633\u0627\u0644\u0645
\u0623\u064a\u0645\u0646 \u0627\u064a\u0645\u0646 \u0637\u0644\u0627\u0644
\u0646\u0648\u0627\u0641 \u062a\u0631\u0643\u064a \u0628\u0646\u062f\u0631
\u0631\u0627\u0634\u062f \u062d\u0645\u062f \u062c\u0627\u0633\u0645
\u0645\u0634\u0639\u0644 \u0641\u0627\u0637\u0645\u0629 \u0645\u0631\u064a\u0645
\u0639\u0627\u0626\u0634\u0629 \u062e\u062f\u064a\u062c\u0629 \u0632\u064a\u0646\u0628
\u0633\u0627\u0631\u0629 \u0646\u0648\u0631 \u0644\u064a\u0644\u0649 \u0647\u062f\u0649
\u0631\u0646\u0627 \u0631\u064a\u0645 \u062f\u064a\u0646\u0627 \u0633\u0644\u0645\u0649
\u0644\u064a\u0646\u0627 \u0623\u0645\u0644 \u0645\u0646\u0649 \u0647\u0646\u062f
\u0646\u0627\u062f\u064a\u0629 \u0631\u0627\u0646\u064a\u0627
\u064a\u0627\u0633\u0645\u064a\u0646 \u062f\u0639\u0627\u0621 \u0622\u064a\u0629
\u0646\u0648\u0627\u0644 \u0633\u0645\u0631 \u0647\u0628\u0629
\u0623\u0633\u0645\u0627\u0621 \u0627\u0633\u0645\u0627\u0621 \u0644\u0645\u0649
\u062c\u0648\u062f \u0634\u0647\u062f
"""
_AR_NOT_SURNAMES_TEXT = """
\u0645\u0646 \u0641\u064a \u0639\u0644\u0649 \u0625\u0644\u0649 \u0627\u0644\u0649
\u0639\u0646 \u0645\u0639 \u0647\u0648 \u0647\u064a \u0647\u0645 \u0648 \u0623\u0648
\u0627\u0648 \u0644\u0627 \u0644\u0645 \u0644\u0646 \u0642\u062f \u0643\u0627\u0646
\u0643\u0627\u0646\u062a \u0633\u0648\u0641 \u0633\u064a\u0623\u062e\u0630
\u064a\u0643\u0648\u0646 \u0647\u0630\u0627 \u0647\u0630\u0647 \u0630\u0644\u0643
\u0627\u0644\u062a\u064a \u0627\u0644\u0630\u064a
"""
_AR_NOT_SURNAMES = frozenset(_AR_NOT_SURNAMES_TEXT.split())
_AR = "\u0621-\u064a"
# or any first and last name after a title: "السيدة حليمة صديقي" (Mrs), "السيد" (Mr),
# "الآنسة" (Miss), "الأستاذ" / "الأستاذة" (Mr / Ms, a teacher), "الحاج" / "الحاجة".
_AR_TITLES_TEXT = """
\u0627\u0644\u0633\u064a\u062f\u0629 \u0627\u0644\u0633\u064a\u062f
\u0627\u0644\u0622\u0646\u0633\u0629 \u0627\u0644\u0627\u0646\u0633\u0629
\u0627\u0644\u0623\u0633\u062a\u0627\u0630 \u0627\u0644\u0623\u0633\u062a\u0627\u0630\u0629
\u0627\u0644\u062d\u0627\u062c \u0627\u0644\u062d\u0627\u062c\u0629
"""
_AR_NAME = re.compile(
    rf"(?<![{_AR}])({literal_trie(_AR_GIVEN_TEXT.split())}) ([{_AR}]{{2,15}})(?![{_AR}])"
    rf"|(?<![{_AR}])(?:{literal_trie(_AR_TITLES_TEXT.split())}) "
    rf"([{_AR}]{{2,15}} ([{_AR}]{{2,15}}))(?![{_AR}])"
)
_RTL_NAME = re.compile(
    rf"({_DEVA_WORD}) (?:({_DEVA_SURNAMES})(?![{_DEVA}])|({_DEVA_WORD})(?= \((?:[^()\n]{{0,30}}"
    rf"(?:{_UNIT}))))|({_HEB_WORD}) (?:({_HEB_SURNAMES})(?![{_HEB}])|({_HEB_WORD})(?= \((?:[^()\n]"
    rf"{{0,30}}(?:{_UNIT}))))"
)


def _surname_names(text: str, start: int, stop: int) -> Iterator[Name]:
    """Names in Devanagari or Hebrew letters (see the comment above)."""
    for match in _RTL_NAME.finditer(text, start, stop):
        first = 1 if match.group(1) is not None else 4
        if match.group(first) not in _NOT_FIRST_NAMES:
            yield Name(match.start(), match.end(), full=True)


def _arabic_names(text: str, start: int, stop: int) -> Iterator[Name]:
    """Arabic first and last names, the first a common given name (``_AR_NAME``)."""
    for match in _AR_NAME.finditer(text, start, stop):
        if match.group(3) is not None:  # after a title: the name, not the title
            if match.group(4) not in _AR_NOT_SURNAMES:
                yield Name(match.start(3), match.end(3), full=True)
        elif match.group(2) not in _AR_NOT_SURNAMES:
            yield Name(match.start(), match.end(), full=True)


def cyrillic_name(value: str) -> bool:
    return any(_CYR_SURNAME.search(word) for word in value.split(" "))


def _honorific_names(text: str, start: int, stop: int) -> Iterator[Name]:
    """Names right before an honorific ending at most a few characters after ``stop``."""
    after = min(len(text), stop + 5)
    if _HONORIFIC.search(text, start, after) is None:
        return
    for match in _HONORIFIC.finditer(text, start, after):
        before = text[max(start, match.start() - 12) : match.start()]
        offset = match.start() - len(before)
        if match.group().startswith(("\ub2d8", "\uc528")):
            korean = _KO_BEFORE.search(before)
            if korean is None and match.group() == "\uc528":
                korean = _KO_FOREIGN_BEFORE.search(before)
            if korean is not None and korean.group(1) not in _NOT_KO_NAME:
                yield Name(offset + korean.start(1), offset + korean.end(1), full=True)
            continue
        han = _HAN_BEFORE.search(before)
        if han is not None and not _NOT_HAN_NAME.search(han.group(1)):
            yield Name(offset + han.start(1), match.start(), full=True)


# A Chinese name with no field or honorific: a common surname and a one- or two-character
# given name opening its sentence, a particle after it ("王磊的背景调查", "李娜在上家公司"),
# and "he" or "she" later in the sentence ("他在上一家公司...") that makes it a person. The
# surnames that start common words at a sentence's start (周期, 高度, 马上, 何时, 钱包)
# are left out, and the words that other surnames start (谢谢, 曾经, 张量, 顾客) are not names.
_ZH_SURNAMES = (
    "\u738b\u674e\u5f20\u5218\u9648\u6768\u8d75\u5434\u5b59\u5f90\u6731\u80e1\u90ed"
    "\u7f57\u90d1\u6881\u5b8b\u5510\u97e9\u51af\u9093\u66f9\u5f6d\u8427\u8463"
    "\u6f58\u8881\u8521\u848b\u9b4f\u82cf\u5415\u6c88\u59da\u5362\u59dc\u5d14"
    "\u8c2d\u6c6a\u5ed6\u8d3e\u90b9\u5b5f\u79e6\u90b1\u859b\u95eb\u4faf\u90dd"
    "\u9f9a\u90b5\u6234\u5b54\u6797\u9ec4"
)
_HAN_SUBJECT = re.compile(
    rf"(?:^|(?<=[\s\u3002\uff01\uff1f\uff1a\uff0c:,.!?]))([{_ZH_SURNAMES}][{_HAN}]{{1,2}}?)"
    "(?=\u7684|\u5728|\u662f|\u88ab|\u56e0\u4e3a|\u5df2\u7ecf|\u4e4b\u524d|\u4e0a\u5468)",
    re.MULTILINE,
)
_NOT_HAN_SUBJECT = frozenset((
    "\u5f20\u91cf", "\u5f20\u8d34", "\u9648\u8ff0", "\u9648\u65e7", "\u5b59\u5b50",
    "\u7f57\u5217", "\u90d1\u91cd", "\u5b8b\u4f53", "\u5510\u7a81", "\u97e9\u56fd",
    "\u97e9\u6587", "\u8463\u4e8b", "\u82cf\u9192", "\u9ec4\u91d1", "\u9ec4\u8272",
    "\u6797\u4e1a", "\u6731\u7ea2", "\u80e1\u4e71", "\u5218\u6d77", "\u674e\u5b50",
    "\u738b\u8005", "\u738b\u56fd", "\u5f20\u5f00", "\u9093\u5f55",
))  # fmt: skip
# ... or, anywhere in a sentence, with a person's pay or performance right after it, its
# possessive or this year's between ("看到王磊的新薪资是 46k", "王磊今年绩效是B-", "李娜的年终奖"):
# only a person has a salary or a rating (the team's, the company's are not a surname's).
_HAN_OWNER = re.compile(
    rf"([{_ZH_SURNAMES}][{_HAN}]{{1,2}}?)"
    "(?=(?:\u7684)?(?:\u4eca\u5e74|\u53bb\u5e74|\u672c\u5e74\u5ea6|\u4e0a\u534a\u5e74|"
    "\u4e0b\u534a\u5e74|\u5e74\u5ea6|\u8fd9\u6b21|\u672c\u6b21)?(?:\u7684)?"
    "(?:\u65b0|\u73b0\u5728\u7684|\u76ee\u524d\u7684|\u539f)?"
    # 薪资 薪水 工资 月薪 年薪 底薪 奖金 年终奖 绩效 績效 調薪 调薪 涨薪
    "(?:\u85aa\u8d44|\u85aa\u6c34|\u5de5\u8d44|\u6708\u85aa|\u5e74\u85aa|\u5e95\u85aa|"
    "\u5956\u91d1|\u5e74\u7ec8\u5956|\u7ee9\u6548|\u7e3e\u6548|\u8c03\u85aa|\u8abf\u85aa|"
    "\u6da8\u85aa))"
)
_OWNED_SIZE = 12  # characters of a pay word and its possessive after a name
_HE_OR_SHE = re.compile("[\u4ed6\u5979](?![\u4eec\u5011\u4eba])")
_SUBJECT_SENTENCE = 80  # characters of the sentence where the pronoun may stand


def _han_subjects(text: str, start: int, stop: int) -> Iterator[Name]:
    for match in _HAN_SUBJECT.finditer(text, start, stop):
        if match.group(1) in _NOT_HAN_SUBJECT or match.group(1) in NOT_HAN_VALUES:
            continue
        if _HE_OR_SHE.search(text, match.end(), match.end() + _SUBJECT_SENTENCE):
            yield Name(match.start(1), match.end(1), full=True)


def _han_owners(text: str, start: int, stop: int) -> Iterator[Name]:
    # (the pay word after the name may stand past the window: looked for up to it)
    for match in _HAN_OWNER.finditer(text, start, min(len(text), stop + _OWNED_SIZE)):
        if (
            match.end(1) <= stop
            and match.group(1) not in _NOT_HAN_SUBJECT
            and match.group(1) not in NOT_HAN_VALUES
        ):
            yield Name(match.start(1), match.end(1), full=True)


def script_names(text: str, start: int, stop: int) -> Iterator[Name]:
    """People named in Chinese, Japanese, Korean, Cyrillic, Greek, Devanagari or Hebrew letters
    where the message marks them as people (see the comment above), in ``text[start:stop]``."""
    found: list[Name] = []
    # (a field or an honorific just outside the window marks a name inside it)
    for match in _FIELD_NAME.finditer(text, max(0, start - 16), stop):
        group = next(g for g in range(1, 5) if match.group(g) is not None)
        if match.group(group) in (_NOT_KO_NAME if group == 2 else NOT_HAN_VALUES):
            continue
        found.append(Name(match.start(group), match.end(group), full=True))
    found.extend(_honorific_names(text, start, stop))
    # (the pronoun in the window or the sentence after it, not anywhere in the message)
    reach = stop + _SUBJECT_SENTENCE
    if text.find("\u4ed6", start, reach) >= 0 or text.find("\u5979", start, reach) >= 0:
        found.extend(_han_subjects(text, start, stop))
    found.extend(_han_owners(text, start, stop))
    found.extend(
        Name(match.start(1), match.end(1), full=True)
        for match in _KO_TITLED.finditer(text, start, stop)
        if match.group(1) not in _NOT_KO_NAME
    )
    found.extend(_surname_names(text, start, stop))
    found.extend(_arabic_names(text, start, stop))
    found.extend(
        Name(match.start(1), match.end(1), full=True)
        for match in _CYR_PAIR.finditer(text, start, stop)
        if cyrillic_name(match.group(1))
    )
    found.extend(
        Name(match.start(1), match.end(1), full=True)
        for match in _GR_PAIR.finditer(text, start, stop)
    )
    last = -1
    for name in sorted(found, key=lambda n: (n.start, -n.end)):
        if name.start >= max(last, start) and name.end <= stop:
            last = name.end
            yield name
