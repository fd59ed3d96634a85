"""A French terminal gets French from every line: the window's --help, a summary stdout refused, print-cards' notices."""

import ast
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from socialdesk.headless.language import catalogue
from socialdesk.storage.demo import build_demo_file
from tests.posix_only import dev_full_marked, needs_dev_files, needs_posix

pytestmark = needs_posix

ROOT = Path(__file__).resolve().parents[2]
CHILD = "import sys\nfrom socialdesk.app import main\nsys.exit(main(sys.argv[1:]))"
NB, NNB = "\u00a0", "\u202f"
TOO_LONG = "https://www.tripadvisor.fr/UserReviewEdit-g187265-d2345678-" + "_".join(
    ["Boulangerie_Patisserie_Chocolaterie_Artisanale_Lea_de_la_Croix_Rousse_et_du_Plateau-Lyon_Rhone_Auvergne_Rhone_"
     "Alpes_France"] * 2) + ".html"  # more than three lines under the code: left off, and said


def _run(argv, cwd: Path, environment: dict, redirect: str = "") -> tuple[int, str, str]:
    """The real command through a shell, with only the environment a French (or English) desktop gives."""
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "CHILD": CHILD, "QT_QPA_PLATFORM": "offscreen",
           "HOME": str(cwd), "XDG_DATA_HOME": str(cwd / "data"), **environment}
    script = f'"{sys.executable}" -c "$CHILD" "$@" {redirect}'
    done = subprocess.run(["sh", "-c", script, "sh", *map(str, argv)], cwd=cwd, capture_output=True, env=env,
                          timeout=120)
    return done.returncode, done.stdout.decode(), done.stderr.decode()


FRENCH = [{"LANG": "fr_FR.UTF-8"}, {"LANGUAGE": "fr", "LANG": "C.UTF-8"}]


@pytest.mark.parametrize("environment", FRENCH)
def test_the_windows_help_is_french_on_a_french_desktop(tmp_path, environment):
    status, out, err = _run(["--help"], tmp_path, environment)
    assert (status, err) == (0, "")
    assert out.startswith(f"utilisation{NB}: socialdesk")
    words = re.sub("[ \n]+", " ", out)  # argparse's wrapping undone; the no-break spaces kept
    for french in ("Planifier les réseaux sociaux d'une petite boutique", f"Commandes sans fenêtre{NB}: qr, export",
                   "ouvrir une copie jetable", "langue de l'interface", "afficher la version du programme et quitter"):
        assert french in words, french
    assert "Plan a small shop" not in out and "show program's" not in out


def test_the_windows_help_stays_english_elsewhere(tmp_path):
    status, out, _ = _run(["--help"], tmp_path, {"LANG": "C.UTF-8"})
    assert status == 0 and out.startswith("usage: socialdesk") and "Plan a small shop's social media" in out
    status, out, _ = _run(["--help", "--lang", "en"], tmp_path, {"LANG": "fr_FR.UTF-8"})
    assert status == 0 and out.startswith("usage: socialdesk")


@pytest.mark.parametrize("environment", FRENCH)
@pytest.mark.parametrize("redirect, failure", dev_full_marked([(">/dev/full", "plus de place sur la sortie standard"),
                                                               (">&-", "la sortie standard est fermée")]))
def test_a_summary_stdout_refused_is_said_in_french(tmp_path, environment, redirect, failure):
    shop = tmp_path / "shop.sqlite3"
    build_demo_file(shop, date(2026, 12, 1), "fr").close()
    status, _, err = _run(["backup", "--db", shop], tmp_path, environment, redirect)
    made = sorted((tmp_path / "backups").glob("*manual*"))
    assert status == 0 and len(made) == 1, err
    assert err == (f"socialdesk backup: la sauvegarde est faite{NNB}; son résumé n'a pas pu être affiché "
                   f"({failure}){NB}: {made[0]}\n")


@needs_dev_files
@pytest.mark.parametrize("environment", FRENCH)
def test_help_on_a_full_stdout_is_refused_in_french(tmp_path, environment):
    status, _, err = _run(["--help"], tmp_path, environment, ">/dev/full")
    assert status == 1 and err.startswith(f"socialdesk: impossible d'écrire sur la sortie standard{NB}: ")
    assert err.count("\n") == 1


@pytest.mark.parametrize("environment, said", [
    ({"LANG": "fr_FR.UTF-8"}, f"socialdesk print-cards: attention{NB}: L'adresse de TripAdvisor est trop longue"),
    ({"LANGUAGE": "fr", "LANG": "C.UTF-8"}, f"socialdesk print-cards: attention{NB}: L'adresse de TripAdvisor"),
    ({"LANG": "C.UTF-8"}, "socialdesk print-cards: warning: The address of TripAdvisor is too long to print"),
])
def test_print_cards_notices_follow_the_language(tmp_path, environment, said):
    from socialdesk.domain.presence.listings import Listing
    from socialdesk.storage import open_store

    shop = tmp_path / "shop.sqlite3"
    store = open_store(shop)
    store.presence.add(Listing("tripadvisor", url="https://www.tripadvisor.fr/Restaurant_Review-g187265-d2345678.html",
                               review_url=TOO_LONG, print_card=True))
    store.close()
    status, _, err = _run(["print-cards", "-o", "cards.pdf", "--template", "a6", "--db", shop], tmp_path, environment)
    assert status == 0 and len(err.splitlines()) == 1 and err.startswith(said), err


def test_every_sentence_of_the_windows_options_has_french():
    """app.py's sentences (the window's --help) are in the command line's catalogue."""
    french = catalogue("fr")
    for node in ast.walk(ast.parse((ROOT / "socialdesk" / "app.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_":
            text = node.args[0].value
            assert french.gettext(text) != text, text
