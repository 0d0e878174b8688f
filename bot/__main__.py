"""`python -m bot` is the `tandem` command."""

from bot.cli import main

if __name__ == "__main__":  # not when a `serve --workers` worker is spawned (it imports this)
    main()
