#!/bin/sh
# Builds dist/SocialDesk.app (bundle id org.socialdesk.SocialDesk, .icns made from the SVG),
# runs its self-test in English (offscreen) and French (the Cocoa platform plugin), then
# dist/SocialDesk-<version>-macos-<arm64|x86_64>.dmg with an Applications link, and self-tests the app inside it.
# Run on macOS (Python 3.11+, Xcode command line tools for iconutil, `brew install zbar`):
#   sh packaging/macos/build_app.sh            (PYTHON=python3.12 sh … picks another Python)
# The release workflow (.github/workflows/release.yml) runs it on macos-latest.
# Not signed for distribution: PyInstaller signs ad hoc; notarizing needs a Developer ID.
set -eu
cd "$(dirname "$0")/../.."

"${PYTHON:-python3}" -m venv build/venv-macos
py=build/venv-macos/bin/python
"$py" -m pip install --quiet --upgrade pip
"$py" -m pip install --quiet '.[bundle]'

rm -rf build/icons/socialdesk.iconset
QT_QPA_PLATFORM=offscreen "$py" packaging/render_icons.py --out build/icons --iconset build/icons/socialdesk.iconset
iconutil -c icns build/icons/socialdesk.iconset -o build/icons/socialdesk.icns

rm -rf dist/SocialDesk dist/SocialDesk.app
"$py" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/pyinstaller/socialdesk.spec

self_test() {  # $1: the .app; English offscreen, then French on the screen's own platform plugin
    echo "== frozen self-test: $1 (English, offscreen)"
    QT_QPA_PLATFORM=offscreen "$1/Contents/MacOS/SocialDesk" --self-test --lang en
    echo "== frozen self-test: $1 (French, Cocoa)"
    env -u QT_QPA_PLATFORM "$1/Contents/MacOS/SocialDesk" --self-test --lang fr
}
self_test dist/SocialDesk.app

version=$("$py" -c 'import socialdesk; print(socialdesk.__version__)')
dmg="dist/SocialDesk-$version-macos-$(uname -m).dmg"  # arm64 (Apple silicon) or x86_64 (Intel)
rm -rf build/dmg "$dmg" && mkdir -p build/dmg
cp -R dist/SocialDesk.app build/dmg/
ln -s /Applications build/dmg/Applications
# hdiutil now and then fails with "Resource busy" on build machines: try again a few times.
tries=0
until hdiutil create -volname SocialDesk -srcfolder build/dmg -ov -format UDZO "$dmg"; do
    tries=$((tries + 1))
    [ "$tries" -lt 4 ] || exit 1
    sleep 10
done

mount=$(mktemp -d)
hdiutil attach -nobrowse -readonly -mountpoint "$mount" "$dmg" >/dev/null
trap 'hdiutil detach "$mount" >/dev/null 2>&1 || true' EXIT
self_test "$mount/SocialDesk.app"
echo "$dmg"
