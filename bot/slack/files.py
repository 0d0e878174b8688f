"""Text files and snippets attached to a question: read (size-limited) and made part of it.

They count for everything the question text counts for, sensitivity included:
a pasted .env file keeps the thread on local models just as a pasted key does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import aiohttp

MAX_FILES = 3
MAX_FILE_BYTES = 100_000
TEXT_FILETYPES = frozenset(
    {
        "text",
        "python",
        "javascript",
        "typescript",
        "json",
        "yaml",
        "shell",
        "markdown",
        "go",
        "java",
        "kotlin",
        "rust",
        "ruby",
        "php",
        "c",
        "cpp",
        "csharp",
        "sql",
        "diff",
        "xml",
        "html",
        "css",
        "dockerfile",
        "toml",
        "ini",
        "csv",
        "log",
        "terraform",
        "swift",
        "scala",
    }
)


def _is_text(file: dict[str, Any]) -> bool:
    mimetype = str(file.get("mimetype") or "")
    return (
        mimetype.startswith("text/")
        or mimetype in {"application/json", "application/x-yaml", "application/xml"}
        or file.get("filetype") in TEXT_FILETYPES
        or file.get("mode") == "snippet"
    )


async def read_attachments(files: Sequence[dict[str, Any]], token: str) -> tuple[str, list[str]]:
    """(text to append to the question, notes on files that were skipped)."""
    parts: list[str] = []
    notes: list[str] = []
    readable = [f for f in files if _is_text(f)]
    notes += [f"{f.get('name', 'a file')} is not a text file" for f in files if not _is_text(f)]
    if len(readable) > MAX_FILES:
        notes.append(f"only the first {MAX_FILES} text files were read")
        readable = readable[:MAX_FILES]
    async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {token}"}) as session:
        for file in readable:
            name = str(file.get("name") or file.get("title") or "attachment")
            size = int(file.get("size") or 0)
            if size > MAX_FILE_BYTES:
                notes.append(
                    f"{name} is {size // 1000} KB, over the {MAX_FILE_BYTES // 1000} KB limit"
                )
                continue
            content = await _download(session, file)
            if content is None:
                notes.append(f"{name} could not be downloaded")
                continue
            parts.append(f"\n\nAttached file `{name}`:\n```\n{content}\n```")
    return "".join(parts), notes


async def _download(session: aiohttp.ClientSession, file: dict[str, Any]) -> str | None:
    url = file.get("url_private_download") or file.get("url_private")
    if not url:
        return None
    try:
        async with session.get(str(url), timeout=aiohttp.ClientTimeout(total=15)) as response:
            if response.status != 200 or "text/html" in response.headers.get("Content-Type", ""):
                return None
            body = await response.content.read(MAX_FILE_BYTES + 1)
    except (aiohttp.ClientError, TimeoutError):
        return None
    return body[:MAX_FILE_BYTES].decode("utf-8", errors="replace")
