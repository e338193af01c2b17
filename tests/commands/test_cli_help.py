"""Every command documents itself with an example."""
from click.testing import CliRunner

from loader.cli import main


def walk(group, prefix=()):
    for name, command in group.commands.items():
        yield prefix + (name,), command
        if hasattr(command, "commands"):
            yield from walk(command, prefix + (name,))


def test_every_command_has_help_with_example():
    runner = CliRunner()
    for path, _ in walk(main):
        result = runner.invoke(main, [*path, "--help"])
        assert result.exit_code == 0, path
        assert "Example" in result.output, f"kg {' '.join(path)} --help has no example"
