"""Options: layering, validation, and a clear error naming the bad option."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from devkit.harness import ROOT
from mirror_engine.config import ConfigError, load_config


def test_defaults() -> None:
    config = load_config([], environ={})
    assert config.source == "demo"
    assert config.port == 8099
    assert config.host == "127.0.0.1"


def test_cli_beats_env_beats_options_file(tmp_path: Path) -> None:
    options = tmp_path / "options.json"
    options.write_text(
        json.dumps({"port": 9001, "source": "pattern", "jpeg_quality": 70, "token": ""})
    )
    env = {"MIRROR_PORT": "9002", "MIRROR_JPEG_QUALITY": "75"}
    config = load_config(["--options", str(options), "--port", "9003"], environ=env)
    assert config.port == 9003  # CLI
    assert config.jpeg_quality == 75  # env over file
    assert config.source == "pattern"  # file over default
    assert config.token == ""  # empty add-on value = not set


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["--port", "abc"], "port"),
        (["--port", "70000"], "port"),
        (["--jpeg-quality", "5"], "jpeg_quality"),
        (["--source", "ftp://camera/stream"], "source"),
        (["--log-level", "loud"], "log_level"),
        (["--workers", "not a spec"], "workers"),
    ],
)
def test_bad_option_names_the_option(argv: list[str], option: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_config(argv, environ={})
    assert err.value.option == option
    assert f"invalid option '{option}'" in str(err.value)


def test_the_token_is_no_command_line_flag(tmp_path: Path) -> None:
    """A command line is visible in ps: the token comes from the environment,
    the options file or the generated token file, never a flag."""
    with pytest.raises(SystemExit):
        load_config(["--token", "a-token-long-enough-0123"], environ={})
    assert (
        "--token"
        not in subprocess.run(
            [sys.executable, "-m", "mirror_engine", "--help"],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT / "addon",
            check=True,
        ).stdout
    )
    with pytest.raises(ConfigError) as err:
        load_config([], environ={"MIRROR_TOKEN": "short"})
    assert err.value.option == "token"
    options = tmp_path / "options.json"
    options.write_text(json.dumps({"token": "from-the-options-file-0123"}))
    assert load_config(["--options", str(options)], environ={}).token == (
        "from-the-options-file-0123"
    )
    environ = {"MIRROR_TOKEN": "from-the-environment-0123"}
    assert load_config(["--options", str(options)], environ=environ).token == (
        "from-the-environment-0123"
    )


def test_unknown_option_in_options_file(tmp_path: Path) -> None:
    options = tmp_path / "options.json"
    options.write_text(json.dumps({"camera": "/dev/video0"}))
    with pytest.raises(ConfigError, match="invalid option 'camera': unknown option"):
        load_config(["--options", str(options)], environ={})


def test_corrupt_options_file(tmp_path: Path) -> None:
    options = tmp_path / "options.json"
    options.write_text("{not json")
    with pytest.raises(ConfigError, match="invalid option 'options': cannot read"):
        load_config(["--options", str(options)], environ={})


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--port", "0"], "invalid option 'port'"),
        (["--workers", "no_such_module:factory"], "invalid option 'workers': cannot load worker"),
    ],
)
def test_engine_refuses_to_start_with_one_clear_line(args: list[str], message: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mirror_engine", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT / "addon",
        check=False,
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"mirror_engine: {message}")
