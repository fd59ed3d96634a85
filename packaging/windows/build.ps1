# Builds the Windows installer: dist\SocialDesk (PyInstaller), its self-test, then
# dist\SocialDesk-<version>-windows-setup.exe (Inno Setup 6). Needs Python 3.11+ and Inno Setup 6.3+.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
param(
    [string]$Python = "python",
    [string]$Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
)
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

Invoke-Checked "venv" { & $Python -m venv build\venv-windows }
$Py = "build\venv-windows\Scripts\python.exe"
Invoke-Checked "pip" { & $Py -m pip install --quiet --upgrade pip }
Invoke-Checked "pip" { & $Py -m pip install --quiet ".[bundle]" }
Invoke-Checked "icons" { & $Py packaging\render_icons.py --ico build\icons\socialdesk.ico }
# The console Python prints one line per check; the windowed SocialDesk.exe only gives its exit code.
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked "self-test (installed package)" { & $Py -m socialdesk --self-test }
Invoke-Checked "PyInstaller" {
    & $Py -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\pyinstaller\socialdesk.spec
}
$frozen = Start-Process -FilePath "dist\SocialDesk\SocialDesk.exe" -ArgumentList "--self-test" -Wait -PassThru
if ($frozen.ExitCode -ne 0) { throw "frozen self-test failed (exit code $($frozen.ExitCode))" }
Remove-Item Env:QT_QPA_PLATFORM

$Version = (& $Py -c "import socialdesk; print(socialdesk.__version__)").Trim()
Invoke-Checked "Inno Setup" { & $Iscc "/DAppVersion=$Version" packaging\windows\socialdesk.iss }
Get-Item "dist\SocialDesk-$Version-windows-setup.exe" | Format-Table Name, Length
