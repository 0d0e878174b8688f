"""Model backends: one protocol (`Backend`), Ollama and OpenAI implementations."""

from __future__ import annotations

from bot.models.base import Backend, ModelSpec


def build_backend(
    spec: ModelSpec,
    *,
    ollama_host: str,
    openai_api_key: str | None,
    openai_base_url: str | None,
) -> Backend:
    """The backend for one alias; imports the client library only when it is used."""
    if spec.provider == "ollama":
        from bot.models.ollama import OllamaBackend

        return OllamaBackend(spec, ollama_host)
    if spec.provider == "openai":
        from bot.models.openai import OpenAIBackend

        return OpenAIBackend(spec, openai_api_key, openai_base_url)
    raise ValueError(f"unknown provider {spec.provider!r} for alias {spec.alias!r}")
