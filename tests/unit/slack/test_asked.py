"""The `/tandem ask` channel post: a quote per line, read back as the asker's question."""

from __future__ import annotations

from bot.slack.asked import asked_post, read_asked_post


def test_each_line_is_quoted_and_the_post_reads_back() -> None:
    post = asked_post("U0ALICE", "how do I\nsquash commits?")
    assert post == "<@U0ALICE> asked:\n> how do I\n> squash commits?"
    assert read_asked_post(post) == ("U0ALICE", "how do I\nsquash commits?")


def test_other_posts_are_not_questions() -> None:
    assert read_asked_post("*Digest of #eng*, 3 threads") is None
    assert read_asked_post("<@U0ALICE> asked: inline") is None
