"""The bot scopes Tandem asks for: exactly what the code uses (the manifest must match)."""

BOT_SCOPES = (
    "app_mentions:read",  # app_mention events
    "assistant:write",  # assistant.threads.setStatus / setTitle / setSuggestedPrompts
    "channels:history",  # message.channels events, conversations.replies/history in channels
    "channels:read",  # conversations.info (is the digest channel private?)
    "chat:write",  # chat.postMessage / update / startStream / appendStream / stopStream
    "commands",  # /tandem
    "files:read",  # text files attached to questions
    "files:write",  # the usage digest's chart (files_upload_v2)
    "groups:history",  # the same in private channels
    "groups:read",  # conversations.info for private channels
    "im:history",  # message.im events: DMs and the assistant pane
    "mpim:history",  # message.mpim events
    "reactions:write",  # the 👀 status on a question
)
