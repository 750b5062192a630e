"""Outputs never destroy an input or a previous file; every output problem is exit code 2.

Issue 9, findings 2 (writing over an input), 6 (infinite budget) and 7 (output-path problems
found up front), and the temp-file clean-up after a killed run.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import geopandas as gpd
import pytest
from shapely import Point

from mataram_gis.atomic import atomic_target, clean_stale, write_atomic
from mataram_gis.cli import main
from mataram_gis.errors import OutputError
from mataram_gis.gpkg import write_gpkg
from mataram_gis.outpaths import check_outputs
from mataram_gis.results import write_results

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory) -> dict[str, Path]:
    from mataram_gis.demo import write_demo

    return write_demo(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def results_file(grid_analysis, tmp_path_factory) -> Path:
    return write_results(grid_analysis, tmp_path_factory.mktemp("res") / "r.gpkg")


def _rank(files: dict[str, Path], out: Path, *extra: str) -> int:
    return main(
        ["rank", "--roads", str(files["roads"]), "--centres", str(files["centres"]),
         "--households", str(files["households"]), "--out", str(out), *extra]
    )  # fmt: skip


def _bytes(paths) -> dict[Path, bytes]:
    return {Path(p): Path(p).read_bytes() for p in paths}


@contextlib.contextmanager
def read_only(path: Path):
    """Make a folder or file unwritable (chmod, or the immutable flag when running as root)."""
    mode = path.stat().st_mode
    os.chmod(path, 0o555 if path.is_dir() else 0o444)
    flagged = False
    probe = path / ".probe" if path.is_dir() else path
    try:
        with open(probe, "ab"):
            pass
        writable = True
    except OSError:
        writable = False
    if path.is_dir() and writable:
        probe.unlink(missing_ok=True)
    if writable:
        flagged = subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
        if not flagged:
            os.chmod(path, mode)
            pytest.skip("cannot make a path read-only here (root without chattr)")
    try:
        yield path
    finally:
        if flagged:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        os.chmod(path, mode)


# -- finding 2: an output equal to an input ----------------------------------------------------
@pytest.mark.parametrize("role,option", [("roads", "--out"), ("households", "--csv")])
def test_rank_refuses_to_overwrite_an_input(demo_files, tmp_path, capsys, role, option):
    before = _bytes(demo_files.values())
    out = demo_files[role] if option == "--out" else tmp_path / "r.gpkg"
    extra = ["--csv", str(demo_files[role])] if option == "--csv" else []
    assert _rank(demo_files, out, *extra) == 2
    err = capsys.readouterr().err
    assert f"{option} is the same file as the input --{role}" in err
    assert _bytes(demo_files.values()) == before
    assert not (tmp_path / "r.gpkg").exists()


def test_rank_refuses_a_link_to_an_input(demo_files, tmp_path, capsys):
    link = tmp_path / "other_name.csv"
    os.link(demo_files["centres"], link)  # a hard link: another name, the same file
    before = demo_files["centres"].read_bytes()
    assert _rank(demo_files, tmp_path / "r.gpkg", "--csv", str(link)) == 2
    assert "same file as the input --centres" in capsys.readouterr().err
    assert demo_files["centres"].read_bytes() == before


@pytest.mark.parametrize("command", ["portfolio", "corridors"])
@pytest.mark.parametrize("option", ["--out", "--csv"])
def test_results_commands_refuse_to_overwrite_the_results(
    results_file, tmp_path, capsys, command, option
):
    before = results_file.read_bytes()
    argv = [command, "--results", str(results_file), "--out", str(tmp_path / "p.gpkg")]
    argv += ["--budget", "1e9"] if command == "portfolio" else []
    if option == "--out":
        argv[argv.index("--out") + 1] = str(results_file)
    else:
        argv += ["--csv", str(results_file)]
    assert main(argv) == 2
    assert f"{option} is the same file as the input --results" in capsys.readouterr().err
    assert results_file.read_bytes() == before


@pytest.mark.parametrize("command", ["map", "report", "table"])
def test_published_outputs_refuse_to_overwrite_the_results(results_file, capsys, command):
    before = results_file.read_bytes()
    assert main([command, "--results", str(results_file), "--out", str(results_file)]) == 2
    assert "same file as the input --results" in capsys.readouterr().err
    assert results_file.read_bytes() == before


def test_two_outputs_may_not_be_one_file(demo_files, tmp_path, capsys):
    out = tmp_path / "same.csv"
    assert _rank(demo_files, out, "--csv", str(out)) == 2
    assert "--csv and --out are the same file" in capsys.readouterr().err


# -- finding 6: non-finite budgets -------------------------------------------------------------
@pytest.mark.parametrize("command", ["report", "portfolio"])
@pytest.mark.parametrize("budget", ["1e400", "inf", "nan"])
def test_non_finite_budget_is_refused(results_file, tmp_path, capsys, command, budget):
    out = tmp_path / ("b.pdf" if command == "report" else "p.gpkg")
    with pytest.raises(SystemExit) as exc:
        main([command, "--results", str(results_file), "--out", str(out), "--budget", budget])
    assert exc.value.code == 2
    assert "budget" in capsys.readouterr().err
    assert not out.exists()


# -- finding 7: output-path problems found before any work -------------------------------------
def test_missing_csv_folder_is_found_before_the_geopackage_is_written(demo_files, tmp_path):
    out = tmp_path / "r.gpkg"
    started = time.perf_counter()
    assert _rank(demo_files, out, "--csv", str(tmp_path / "missing" / "r.csv")) == 2
    assert not out.exists()
    assert time.perf_counter() - started < 5  # refused before reading or ranking anything


def test_out_naming_a_folder(results_file, tmp_path, capsys):
    assert main(["map", "--results", str(results_file), "--out", str(tmp_path)]) == 2
    assert "--out names a folder" in capsys.readouterr().err


def test_read_only_folder(results_file, tmp_path, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    with read_only(folder):
        code = main(["table", "--results", str(results_file), "--out", str(folder / "t.csv")])
    assert code == 2
    assert "cannot write into the folder" in capsys.readouterr().err


def test_locked_existing_file(results_file, tmp_path, capsys):
    target = tmp_path / "t.csv"
    target.write_text("previous")
    with read_only(target):
        code = main(["table", "--results", str(results_file), "--out", str(target)])
    assert code == 2
    assert "cannot be replaced" in capsys.readouterr().err
    assert target.read_text() == "previous"


def test_check_outputs_accepts_a_fresh_file(tmp_path, demo_files):
    check_outputs({"--out": tmp_path / "new.gpkg"}, inputs={"--roads": demo_files["roads"]})
    assert list(tmp_path.iterdir()) == []  # the write probe leaves nothing behind


# -- the atomic writer ---------------------------------------------------------------------------
def test_full_disk_is_an_output_error_and_keeps_the_previous_file(tmp_path):
    target = tmp_path / "t.csv"
    target.write_text("previous")

    def fill(tmp: Path) -> None:
        tmp.write_text("half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OutputError, match="No space left on device"):
        write_atomic(target, fill)
    assert target.read_text() == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]


def test_ctrl_c_removes_the_temporary_file(tmp_path):
    target = tmp_path / "t.gpkg"
    with pytest.raises(KeyboardInterrupt), atomic_target(target) as tmp:
        tmp.write_bytes(b"x")
        Path(f"{tmp}-journal").write_bytes(b"j")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def _writer_script(target: Path) -> str:
    return (
        "import geopandas as gpd\n"
        "from shapely import Point\n"
        "from mataram_gis.atomic import install_sigterm\n"
        "from mataram_gis.gpkg import write_gpkg\n"
        "install_sigterm()\n"
        "f = gpd.GeoDataFrame({'a': [1]}, geometry=[Point(0, 0)], crs=4326)\n"
        f"write_gpkg({str(target)!r}, {{'a': f, 'b': f, 'c': f}}, pause_s=30)\n"
    )


def _start_writer(target: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", _writer_script(target)], env=env)
    deadline = time.time() + 60
    while not any(p.name.startswith(f".{target.name}.") for p in target.parent.iterdir()):
        assert proc.poll() is None and time.time() < deadline, "the writer did not start"
        time.sleep(0.1)
    time.sleep(0.5)
    return proc


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_sigterm_removes_the_temporary_file(tmp_path):
    target = tmp_path / "t.gpkg"
    proc = _start_writer(target)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) != 0
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_files_left_by_a_killed_writer_are_removed_by_the_next_write(tmp_path):
    target = tmp_path / "t.gpkg"
    target.write_bytes(b"previous")
    proc = _start_writer(target)
    proc.kill()
    proc.wait(timeout=30)
    leftovers = [p for p in tmp_path.iterdir() if p.name != "t.gpkg"]
    assert leftovers, "a killed writer leaves its temporary file"
    assert target.read_bytes() == b"previous"
    frame = gpd.GeoDataFrame({"a": [1]}, geometry=[Point(0, 0)], crs=4326)
    write_gpkg(target, {"a": frame})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.gpkg"]


def test_a_live_writers_file_is_not_taken(tmp_path):
    target = tmp_path / "t.gpkg"
    with atomic_target(target) as tmp:
        tmp.write_bytes(b"x")
        assert clean_stale(target) == []
        assert tmp.exists()
