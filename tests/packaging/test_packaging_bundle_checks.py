"""The checks `make bundle` runs on the built folder catch an untrimmed or incomplete bundle."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging" / "linux"))

from build_bundle import ROOT, check_resources, check_trimmed


def _fake_bundle(folder: Path, qt_files: list[str]) -> Path:
    internal = folder / "_internal"
    for relative in ["PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/translations/qtbase_fr.qm", *qt_files]:
        path = internal / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    (folder / "SocialDesk").write_bytes(b"")
    return folder


def test_a_trimmed_bundle_passes(tmp_path, capsys):
    check_trimmed(_fake_bundle(tmp_path, ["PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/translations/qtbase_en.qm"]))
    assert "only the kept Qt parts" in capsys.readouterr().out


@pytest.mark.parametrize("extra", ["PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/translations/qtbase_de.qm",
                                   "libQt6Pdf.so.6"])
def test_an_untrimmed_bundle_is_refused(tmp_path, extra):
    with pytest.raises(SystemExit, match=Path(extra).name.replace(".", r"\.")):
        check_trimmed(_fake_bundle(tmp_path, [extra]))


def test_a_bundle_missing_a_resource_is_refused(tmp_path):
    bundled = tmp_path / "_internal" / "resources"
    source = ROOT / "resources"
    files = [p for p in source.rglob("*") if p.is_file() and p.suffix != ".ts"]
    for path in files[1:]:
        target = bundled / path.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"")
    with pytest.raises(SystemExit, match=str(files[0].relative_to(source))):
        check_resources(tmp_path)
