"""Fake Slack files (external upload flow, info, private download) and OAuth.

``files_upload_v2`` in slack_sdk makes three round trips (get an upload URL,
POST the bytes there, complete the upload); the upload URL points back at the
fake so the whole flow runs over loopback. Private file URLs need the bot
token, as on Slack: without it Slack serves its HTML sign-in page with status
200, a classic trap this fake reproduces.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from tests.fakes.slack_model import StoredFile, StoredMessage
from tests.fakes.slack_store import Call, Handler, OAuthGrant, SlackError, SlackStore

DEFAULT_SCOPES = (
    "app_mentions:read,assistant:write,channels:history,chat:write,commands,"
    "files:read,files:write,groups:history,im:history,reactions:write,users:read"
)
LOGIN_PAGE = (
    "<!DOCTYPE html><html><head><title>Slack</title></head>"
    "<body><h1>Sign in to Slack</h1></body></html>"
)


def files_info(call: Call) -> dict[str, Any]:
    """files.info."""
    call.require("file")
    return {"file": call.store.api_file(call.store.get_file(str(call.get("file"))))}


def get_upload_url(call: Call) -> dict[str, Any]:
    """files.getUploadURLExternal: reserve a file id and hand out the fake's upload URL."""
    call.require("filename", "length")
    ws = call.ws
    file_id = call.store.new_id("F")
    call.store.pending_uploads[file_id] = StoredFile(
        id=file_id,
        name=str(call.get("filename")),
        mimetype="application/octet-stream",
        content=b"",
        team=ws.team_id,
        user=ws.bot_user_id,
    )
    return {"upload_url": f"{call.store.base_url}/upload/v1/{file_id}", "file_id": file_id}


def receive_upload(store: SlackStore, file_id: str, content: bytes, mimetype: str) -> bool:
    """Store the bytes POSTed to an upload URL; False when the id is unknown."""
    with store.lock:
        pending = store.pending_uploads.get(file_id)
        if pending is None:
            return False
        pending.content = content
        pending.mimetype = mimetype or pending.mimetype
        return True


def complete_upload(call: Call) -> dict[str, Any]:
    """files.completeUploadExternal: finish uploads and share them if asked."""
    entries = call.json("files")
    if not isinstance(entries, list) or not entries:
        raise SlackError("invalid_arguments")
    done: list[StoredFile] = []
    for entry in entries:
        pending = call.store.pending_uploads.pop(str(entry.get("id")), None)
        if pending is None:
            raise SlackError("file_not_found")
        pending.title = str(entry.get("title") or pending.name)
        call.store.files[pending.id] = pending
        done.append(pending)
    channel = call.get("channel_id") or (str(call.get("channels") or "").split(",")[0] or None)
    if channel:
        _share(call, str(channel), done)
    return {"files": [call.store.api_file(f) for f in done]}


def _share(call: Call, channel: str, files: list[StoredFile]) -> None:
    ws = call.ws
    for file in files:
        file.channels.append(channel)
    call.store.post(
        StoredMessage(
            channel=channel,
            ts=call.store.next_ts(),
            text=str(call.get("initial_comment") or ""),
            user=ws.bot_user_id,
            team=ws.team_id,
            thread_ts=call.get("thread_ts"),
            files=[call.store.api_file(f) for f in files],
            subtype="file_share",
        )
    )


def downloadable(store: SlackStore, team_file: str, token: str | None) -> StoredFile | None:
    """The file behind a ``url_private`` path, if the token may read it."""
    team, _, file_id = team_file.partition("-")
    ws = store.workspace_for(token)
    with store.lock:
        file = store.files.get(file_id)
    if file is None or ws is None or ws.team_id != team or file.team != team:
        return None
    return file


def _client_credentials(call: Call) -> tuple[str | None, str | None]:
    scheme, _, encoded = call.authorization.partition(" ")
    if scheme.lower() == "basic":
        try:
            client_id, _, secret = base64.b64decode(encoded).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            raise SlackError("invalid_client_id") from None
        return client_id, secret
    return call.get("client_id"), call.get("client_secret")


def oauth_v2_access(call: Call) -> dict[str, Any]:
    """oauth.v2.access: exchange a registered code for a new, valid bot token."""
    client_id, secret = _client_credentials(call)
    expected_id, expected_secret = call.knobs.oauth_client
    if not client_id or (expected_id is not None and client_id != expected_id):
        raise SlackError("invalid_client_id")
    if expected_secret is not None and secret != expected_secret:
        raise SlackError("bad_client_secret")
    grant = call.store.oauth_grants.pop(str(call.get("code") or ""), None)
    if grant is None:
        raise SlackError("invalid_code")
    token = grant.bot_token or f"xoxb-{grant.team_id}-{call.store.new_id('')}"
    ws = call.store.add_workspace(
        grant.team_id, token, grant.bot_user_id, grant.bot_id, grant.team_name
    )
    return {
        "app_id": ws.app_id,
        "authed_user": {"id": grant.authed_user_id},
        "scope": grant.scope,
        "token_type": "bot",
        "access_token": token,
        "bot_user_id": grant.bot_user_id,
        "team": {"id": grant.team_id, "name": grant.team_name},
        "enterprise": None,
        "is_enterprise_install": False,
    }


def add_grant(
    store: SlackStore,
    code: str,
    team_id: str,
    team_name: str | None = None,
    bot_user_id: str | None = None,
    bot_id: str | None = None,
    bot_token: str | None = None,
    authed_user_id: str = "U0INSTALLER",
    scope: str = DEFAULT_SCOPES,
) -> None:
    """Register which installation a one-time OAuth code yields."""
    with store.lock:
        store.oauth_grants[code] = OAuthGrant(
            team_id=team_id,
            team_name=team_name or f"Team {team_id}",
            bot_user_id=bot_user_id or f"U0BOT{team_id}",
            bot_id=bot_id or f"B0BOT{team_id}",
            bot_token=bot_token,
            authed_user_id=authed_user_id,
            scope=scope,
        )


HANDLERS: dict[str, Handler] = {
    "files.info": files_info,
    "files.getUploadURLExternal": get_upload_url,
    "files.completeUploadExternal": complete_upload,
    "oauth.v2.access": oauth_v2_access,
}
