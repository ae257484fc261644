"""The command line: every command answers --help and is documented, like every setting."""
from __future__ import annotations

from pathlib import Path

import click
from click.testing import CliRunner

from storyline.cli import main
from storyline.settings import describe

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "storyline"):
    for name, command in group.commands.items():
        yield f"{prefix} {name}", command
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix} {name}")


def test_every_command_has_help_and_is_in_the_readme():
    runner = CliRunner()
    for path, command in _commands(main):
        args = path.split()[1:] + ["--help"]
        result = runner.invoke(main, args)
        assert result.exit_code == 0, (path, result.output)
        assert f"`{path}" in README, f"{path} is not documented in README.md"
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in README or opt in result.output, (path, opt)


def test_every_setting_is_in_the_readme():
    for name, _default, help_text in describe():
        assert help_text
        assert f"`{name}`" in README, f"setting {name} is not documented in README.md"


def test_ingest_then_articles_and_show(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("The harbour authority said on Monday that the new container terminal would "
                     "open in September, two months later than planned.\n\nShare this article\n")
    db = str(tmp_path / "t.db")
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(story), str(tmp_path / "missing.txt"), "--db", db])
    assert result.exit_code == 0, result.output
    assert "1 ingested" in result.output and "1 rejected" in result.output
    assert "missing.txt: no such file" in result.output
    listing = runner.invoke(main, ["articles", "--db", db]).output
    article_id = listing.split()[0]
    shown = runner.invoke(main, ["show", article_id[:8], "--db", db]).output
    assert "container terminal" in shown and "promo" in shown
    missing = runner.invoke(main, ["show", "ffffffffff", "--db", db])
    assert missing.exit_code != 0 and "no single article" in missing.output


def test_stdin_is_read(tmp_path):
    db = str(tmp_path / "t.db")
    text = ("Workers at the northern shipyard voted on Friday to accept a new pay offer, ending a "
            "strike that had lasted three weeks, the union said.")
    result = CliRunner().invoke(main, ["ingest", "-", "--db", db], input=text)
    assert "1 ingested" in result.output, result.output
