"""Channel digest text handling: no pings, bounded prompts, Slack-shaped links."""

from __future__ import annotations

from bot.digest.channel_report import permalink, transcript
from bot.digest.channel_threads import ChannelThread, ThreadMessage, defuse


def test_defuse_turns_mentions_and_broadcasts_into_words() -> None:
    text = "<!channel> <@U123> said see <#C9|eng-infra> and <!subteam^S1|@oncall> <https://x.io|x>"
    assert defuse(text) == "@channel @U123 said see #eng-infra and @oncall <https://x.io|x>"


def test_permalink_form() -> None:
    link = permalink("https://acme.slack.com/", "C1", "1700000000.000100")
    assert link == "https://acme.slack.com/archives/C1/p1700000000000100"


def test_transcript_is_cut_in_the_middle() -> None:
    messages = tuple(ThreadMessage(f"{n}.0", "@U1", f"message {n} " * 20) for n in range(50))
    thread = ChannelThread("0.0", messages)
    text = transcript(thread, 2000)
    assert len(text) <= 2000
    assert text.startswith("@U1: message 0")
    assert text.endswith("message 49 ")
    assert "left out" in text
    assert thread.replies == 49
    assert thread.title.startswith("message 0")
    assert len(thread.title) <= 80
