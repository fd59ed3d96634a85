#!/bin/sh
# Builds dist/SocialDesk.app (bundle id org.socialdesk.SocialDesk, .icns made from the SVG),
# runs its self-test, then dist/SocialDesk-<version>-macos.dmg with an Applications link.
# Run on macOS (Python 3.11+, Xcode command line tools for iconutil): sh packaging/macos/build_app.sh
# Not signed for distribution: PyInstaller signs ad hoc; notarizing needs a Developer ID.
set -eu
cd "$(dirname "$0")/../.."

python3 -m venv build/venv-macos
py=build/venv-macos/bin/python
"$py" -m pip install --quiet --upgrade pip
"$py" -m pip install --quiet '.[bundle]'

rm -rf build/icons/socialdesk.iconset
"$py" packaging/render_icons.py --iconset build/icons/socialdesk.iconset
iconutil -c icns build/icons/socialdesk.iconset -o build/icons/socialdesk.icns

"$py" -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/pyinstaller/socialdesk.spec
QT_QPA_PLATFORM=offscreen dist/SocialDesk.app/Contents/MacOS/SocialDesk --self-test

version=$("$py" -c 'import socialdesk; print(socialdesk.__version__)')
rm -rf build/dmg && mkdir -p build/dmg
cp -R dist/SocialDesk.app build/dmg/
ln -s /Applications build/dmg/Applications
hdiutil create -volname SocialDesk -srcfolder build/dmg -ov -format UDZO "dist/SocialDesk-$version-macos.dmg"
echo "dist/SocialDesk-$version-macos.dmg"
