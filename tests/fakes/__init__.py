"""Loopback fakes of Slack's Web API, Ollama's and OpenAI's HTTP APIs.

Each fake is a real HTTP server on 127.0.0.1 speaking the vendor's wire format,
so tests and benchmarks drive Tandem through the real client libraries. Import
the fake you need from its module (``tests.fakes.ollama``, ``tests.fakes.openai``,
``tests.fakes.slack``); this package stays import-free so that
``python -m tests.fakes.<name>`` runs each module exactly once.
"""
