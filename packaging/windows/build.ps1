# Builds the Windows installer: dist\SocialDesk (PyInstaller), its self-test in English (offscreen) and
# French (the Windows platform plugin), then dist\SocialDesk-<version>-windows-setup.exe (Inno Setup 6),
# installed silently for the current user and self-tested there. Needs Python 3.11+ and Inno Setup 6.3+.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# The release workflow (.github/workflows/release.yml) runs it on windows-latest with -Python python.
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

# The windowed SocialDesk.exe has no console: only its exit code tells (the console Python prints the checks).
function Test-Frozen([string]$Exe) {
    foreach ($run in @(@{ Lang = "en"; Platform = "offscreen" }, @{ Lang = "fr"; Platform = $null })) {
        if ($run.Platform) { $env:QT_QPA_PLATFORM = $run.Platform } else { Remove-Item Env:QT_QPA_PLATFORM -ErrorAction Ignore }
        Write-Host "== frozen self-test: $Exe ($($run.Lang), $(if ($run.Platform) { $run.Platform } else { 'windows' }))"
        $frozen = Start-Process -FilePath $Exe -ArgumentList "--self-test", "--lang", $run.Lang -Wait -PassThru
        if ($frozen.ExitCode -ne 0) { throw "frozen self-test ($($run.Lang)) failed (exit code $($frozen.ExitCode))" }
    }
    Remove-Item Env:QT_QPA_PLATFORM -ErrorAction Ignore
}

if (-not (Test-Path $Iscc)) {
    $found = Get-Command ISCC.exe -ErrorAction Ignore
    if (-not $found) { throw "Inno Setup 6 not found at $Iscc (choco install innosetup, or pass -Iscc)" }
    $Iscc = $found.Source
}

Invoke-Checked "venv" { & $Python -m venv build\venv-windows }
$Py = "build\venv-windows\Scripts\python.exe"
Invoke-Checked "pip" { & $Py -m pip install --quiet --upgrade pip }
Invoke-Checked "pip" { & $Py -m pip install --quiet ".[bundle]" }
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked "icons" { & $Py packaging\render_icons.py --out build\icons --ico build\icons\socialdesk.ico }
Invoke-Checked "self-test (installed package)" { & $Py -m socialdesk --self-test }
Remove-Item Env:QT_QPA_PLATFORM
if (Test-Path dist\SocialDesk) { Remove-Item -Recurse -Force dist\SocialDesk }
Invoke-Checked "PyInstaller" {
    & $Py -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\pyinstaller\socialdesk.spec
}
Test-Frozen "dist\SocialDesk\SocialDesk.exe"

$Version = (& $Py -c "import socialdesk; print(socialdesk.__version__)").Trim()
Invoke-Checked "Inno Setup" { & $Iscc "/DAppVersion=$Version" packaging\windows\socialdesk.iss }
$Setup = "dist\SocialDesk-$Version-windows-setup.exe"
Get-Item $Setup | Format-Table Name, Length

# What a shop owner gets: the setup installs for the current user, then that copy passes its self-test.
$installed = Start-Process -FilePath $Setup -ArgumentList "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/LOG=build\setup.log" -Wait -PassThru
if ($installed.ExitCode -ne 0) { throw "setup failed (exit code $($installed.ExitCode)), see build\setup.log" }
Test-Frozen "$env:LOCALAPPDATA\Programs\SocialDesk\SocialDesk.exe"
