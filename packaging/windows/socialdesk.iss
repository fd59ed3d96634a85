; Inno Setup 6 script: installs the PyInstaller folder dist\SocialDesk for the current user
; (no administrator needed; "all users" can be chosen), with a Start-menu shortcut and an
; uninstaller, in English or French. Needs Inno Setup 6.3 or later. Built by build.ps1:
;   iscc /DAppVersion=0.1.0 packaging\windows\socialdesk.iss
; The owner's data lives in %LOCALAPPDATA%\SocialDesk, never in {app}: uninstalling keeps it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "SocialDesk"
#define AppExe "SocialDesk.exe"
#define Root "..\.."

[Setup]
; A fixed id (uuid5 of org.socialdesk.SocialDesk) so upgrades replace the old version in place.
AppId={{C08D7739-C09A-5A29-8627-93FCE2D7806D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SocialDesk developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=SocialDesk-{#AppVersion}-windows-setup
SetupIconFile={#Root}\build\icons\socialdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
en.ShortcutComment=Plan your shop's social media and local listings, offline
fr.ShortcutComment=Planifiez les réseaux sociaux et les fiches locales de votre commerce, hors ligne
en.DataKept=SocialDesk has been removed. Your data has been kept in:%n%1%n%nDelete that folder yourself if you no longer need it.
fr.DataKept=SocialDesk a été désinstallé. Vos données ont été conservées dans :%n%1%n%nSupprimez ce dossier vous-même si vous n'en avez plus besoin.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\SocialDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:ShortcutComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:ShortcutComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  DataDir := ExpandConstant('{localappdata}\{#AppName}');
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
end;
