"""Scheduled digests: usage and savings for admins, thread summaries for busy channels.

Entry points for the rest of Tandem: `scheduler.start_scheduler` (in-process
scheduler for `tandem serve`), `cli.digest_app` / `cli.scheduler_command`
(the `tandem digest` and `tandem scheduler` commands) and
`commands.digest_command` (the Slack-free core of `/tandem digest`).
"""
