"""The words a person sees when a question is refused before any model is asked."""

from __future__ import annotations

import pytest

from bot.question_checks import QuestionRejected, check_text


@pytest.mark.parametrize(
    ("surface", "advice"),
    [("cli", "Shorten it."), ("mention", "Shorten it or attach less."), ("dm", "or attach less.")],
)
def test_too_long_says_attach_less_only_where_files_can_be_attached(
    surface: str, advice: str
) -> None:
    with pytest.raises(QuestionRejected) as rejected:
        check_text("x" * 21, 20, surface)
    assert str(rejected.value).startswith("The question is 21 characters; the limit is 20.")
    assert str(rejected.value).endswith(advice)


def test_empty_is_refused_and_a_question_at_the_limit_is_not() -> None:
    with pytest.raises(QuestionRejected, match=r"The question is empty: ask something\."):
        check_text(" \n ", 20, "cli")
    check_text("x" * 20, 20, "cli")
