#!/bin/sh
# Puts this SocialDesk folder in your applications menu (for you only, no root needed).
#   ./install.sh              add the menu entry, icons and a `socialdesk` command in ~/.local/bin
#   ./install.sh --uninstall  remove them again
# Your data is not in this folder and neither command touches it: it stays in
# ${XDG_DATA_HOME:-~/.local/share}/SocialDesk until you delete it yourself.
set -eu

app_id=org.socialdesk.SocialDesk
here=$(cd "$(dirname "$0")" && pwd)
share=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin

refresh_caches() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml"
    rm -f "$share"/icons/hicolor/*/apps/"$app_id".png "$share/icons/hicolor/scalable/apps/$app_id.svg"
    if [ -L "$bin/socialdesk" ]; then rm -f "$bin/socialdesk"; fi
    refresh_caches
    echo "SocialDesk removed from the menu. Your data is still in $share/SocialDesk."
    exit 0
fi

[ -x "$here/SocialDesk" ] || { echo "install.sh: no SocialDesk program beside this script" >&2; exit 1; }
(cd "$here/share" && find icons metainfo -type f) | while read -r file; do
    mkdir -p "$share/$(dirname "$file")"
    cp "$here/share/$file" "$share/$file"
done
mkdir -p "$share/applications" "$bin"
# Exec and TryExec point at this folder; a path with spaces is quoted as the spec asks.
sed -e "s|^Exec=.*|Exec=\"$here/SocialDesk\"|" -e "s|^TryExec=.*|TryExec=$here/SocialDesk|" \
    "$here/share/applications/$app_id.desktop" > "$share/applications/$app_id.desktop"
ln -sfn "$here/SocialDesk" "$bin/socialdesk"
refresh_caches
echo "SocialDesk is in your applications menu (and \`socialdesk\` in $bin)."
