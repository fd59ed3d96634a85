<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <location filename="../../socialdesk/ui/help_actions.py" line="13" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/help_actions.py" line="14" />
        <source>Data file</source>
        <translation>Fichier de données</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/help_actions.py" line="14" />
        <source>(in memory)</source>
        <translation>(en mémoire)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/help_actions.py" line="15" />
        <source>Data format</source>
        <translation>Format des données</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/help_actions.py" line="16" />
        <source>Log folder</source>
        <translation>Dossier du journal</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/help_actions.py" line="17" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/help_actions.py" line="22" />
        <source>About SocialDesk</source>
        <translation>À propos de SocialDesk</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/help_actions.py" line="24" />
        <source>Plan your shop's social media, tick the community rules every week and keep your local listings right. Everything stays on this computer.</source>
        <translation>Planifiez les publications de votre boutique sur les réseaux sociaux, cochez chaque semaine vos règles d'animation et gardez vos fiches locales à jour. Tout reste sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Backup folder not available</source>
        <translation>Dossier de sauvegarde indisponible</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/application.py" line="126" />
        <source>Today's backup was not made</source>
        <translation>La sauvegarde du jour n'a pas été faite</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/application.py" line="128" />
        <source>Your data file is unchanged. SocialDesk will try again at its next start.</source>
        <translation>Votre fichier de données n'a pas changé. SocialDesk réessaiera au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/application.py" line="164" />
        <source>Open another data file, or name a new one</source>
        <translation>Ouvrir un autre fichier de données, ou en nommer un nouveau</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/application.py" line="165" />
        <source>SocialDesk data (*.sqlite3);;All files (*)</source>
        <translation>Données SocialDesk (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/application.py" line="178" />
        <source>Backup not restored</source>
        <translation>Sauvegarde non restaurée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/application.py" line="179" />
        <source>Your current data is unchanged.</source>
        <translation>Vos données actuelles n'ont pas changé.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/application.py" line="232" />
        <source>This backup cannot be used: it is damaged, empty or cannot be read.
%1

Choose another backup.</source>
        <translation>Cette sauvegarde ne peut pas servir : elle est endommagée, vide ou illisible.
%1

Choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/application.py" line="246" />
        <source>This backup was saved by a newer version of SocialDesk.
%1

Update SocialDesk to restore it, or choose another backup.</source>
        <translation>Cette sauvegarde a été enregistrée par une version plus récente de SocialDesk.
%1

Mettez SocialDesk à jour pour la restaurer, ou choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/application.py" line="249" />
        <source>This file is another program's database, not a SocialDesk backup.
%1

Choose another backup.</source>
        <translation>Ce fichier est la base de données d'un autre programme, pas une sauvegarde SocialDesk.
%1

Choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/application.py" line="183" />
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/application.py" line="184" />
        <source>The backup is back in place. What you had just before is kept as:
%1</source>
        <translation>La sauvegarde est remise en place. Ce que vous aviez juste avant est conservé sous :
%1</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Backup folder not available</source>
        <translation>Dossier de sauvegarde indisponible</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/file_actions.py" line="18" />
        <source>&amp;Back up now…</source>
        <translation>Faire une &amp;sauvegarde maintenant…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/file_actions.py" line="19" />
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/file_actions.py" line="21" />
        <source>&amp;Open another data file…</source>
        <translation>&amp;Ouvrir un autre fichier de données…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/file_actions.py" line="23" />
        <source>Show data &amp;folder</source>
        <translation>Afficher le &amp;dossier des données</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/file_actions.py" line="24" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/file_actions.py" line="52" />
        <source>Backup not made</source>
        <translation>Sauvegarde non effectuée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/file_actions.py" line="53" />
        <source>The backup could not be written (%1). Your data file is unchanged.</source>
        <translation>La sauvegarde n'a pas pu être écrite (%1). Votre fichier de données n'a pas changé.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/file_actions.py" line="58" />
        <source>Backup saved: %1</source>
        <translation>Sauvegarde enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/file_actions.py" line="61" />
        <source>Backup saved</source>
        <translation>Sauvegarde enregistrée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/file_actions.py" line="62" />
        <source>A copy of your data was saved as:
%1

Copy the backups folder to a USB stick or another disk from time to time.</source>
        <translation>Une copie de vos données a été enregistrée sous :
%1

Copiez de temps en temps le dossier des sauvegardes sur une clé USB ou un autre disque.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/file_actions.py" line="73" />
        <source>Open another data file, or name a new one</source>
        <translation>Ouvrir un autre fichier de données, ou en nommer un nouveau</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/file_actions.py" line="75" />
        <source>SocialDesk data (*.sqlite3);;All files (*)</source>
        <translation>Données SocialDesk (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../socialdesk/ui/main_window.py" line="98" />
        <source>%1 %2</source>
        <comment>Edit menu: Undo or Redo, then the command</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/main_window.py" line="70" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/main_window.py" line="51" />
        <source>SocialDesk — %1</source>
        <translation>SocialDesk — %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/main_window.py" line="52" />
        <source>&amp;Strategy</source>
        <translation>&amp;Stratégie</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/main_window.py" line="52" />
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/main_window.py" line="52" />
        <source>Chec&amp;klist</source>
        <translation>Chec&amp;k-list</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/main_window.py" line="52" />
        <source>&amp;Local presence</source>
        <translation>Présence &amp;locale</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/main_window.py" line="55" />
        <source>Data file: %1</source>
        <translation>Fichier de données : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/main_window.py" line="59" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/main_window.py" line="61" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/main_window.py" line="62" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/main_window.py" line="64" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/main_window.py" line="67" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/main_window.py" line="69" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/main_window.py" line="70" />
        <source>&amp;About SocialDesk</source>
        <translation>À &amp;propos de SocialDesk</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/main_window.py" line="101" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>%1 on the SocialDesk USB stick</source>
        <translation>%1 sur la clé USB SocialDesk</translation>
    </message>
    <message>
        <source>The backup folder you chose cannot be written (%1). So that no backup is lost, this one went beside your data file:
%2</source>
        <translation>Le dossier de sauvegarde choisi n'est pas modifiable (%1). Pour qu'aucune sauvegarde ne soit perdue, celle-ci a été mise à côté de votre fichier de données :
%2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="18" />
        <source>SocialDesk is already open on this data file. Use the window that is open.</source>
        <translation>SocialDesk est déjà ouvert sur ce fichier de données. Utilisez la fenêtre déjà ouverte.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="20" />
        <source>The data file is empty (0 bytes): it may have been cut short by a crash or a copy.</source>
        <translation>Le fichier de données est vide (0 octet) : un plantage ou une copie l'a peut-être tronqué.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="22" />
        <source>This file is not a SocialDesk data file.</source>
        <translation>Ce fichier n'est pas un fichier de données SocialDesk.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="24" />
        <source>The data file is damaged: part of it cannot be read.</source>
        <translation>Le fichier de données est endommagé : une partie ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="26" />
        <source>This data file was saved by a newer version of SocialDesk. Update SocialDesk to open it; this version will not touch it.</source>
        <translation>Ce fichier de données a été enregistré par une version plus récente de SocialDesk. Mettez SocialDesk à jour pour l'ouvrir ; cette version n'y touchera pas.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="28" />
        <source>The data file or its folder cannot be written, so SocialDesk cannot save your work there.</source>
        <translation>Le fichier de données ou son dossier n'est pas modifiable : SocialDesk ne peut pas y enregistrer votre travail.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="30" />
        <source>The disk is full, so the data file could not be made or upgraded. Nothing was changed. Free some space, then open SocialDesk again.</source>
        <translation>Le disque est plein : le fichier de données n'a pas pu être créé ni mis à jour. Rien n'a été modifié. Libérez de la place, puis rouvrez SocialDesk.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="29" />
        <source>The data file cannot be read. Check that it is a file and that you may open it.</source>
        <translation>Le fichier de données ne peut pas être lu. Vérifiez qu'il s'agit bien d'un fichier et que vous avez le droit de l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="34" />
        <source>The disk is full. Free some space, then do it again.</source>
        <translation>Le disque est plein. Libérez de la place, puis recommencez.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="36" />
        <source>The data file cannot be written any more (read-only?).</source>
        <translation>Le fichier de données n'est plus modifiable (lecture seule ?).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="38" />
        <source>The data file is busy. Wait a moment and do it again.</source>
        <translation>Le fichier de données est occupé. Patientez un instant et recommencez.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="40" />
        <source>The data file looks damaged. Restore a backup from the File menu.</source>
        <translation>Le fichier de données semble endommagé. Restaurez une sauvegarde depuis le menu Fichier.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="41" />
        <source>The change could not be written to the data file.</source>
        <translation>La modification n'a pas pu être enregistrée dans le fichier de données.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/backup_words.py" />
        <source>The backup folder you chose (%1) could not take it, so it was tried beside your data file:</source>
        <translation>Le dossier de sauvegarde que vous avez choisi (%1) n'a pas pu la recevoir ; elle a donc été tentée à côté de votre fichier de données :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/backup_words.py" />
        <source>The disk holding the backups folder (%1) is full. Free some space on it, then try again.</source>
        <translation>Le disque du dossier des sauvegardes (%1) est plein. Libérez de la place sur ce disque, puis recommencez.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/backup_words.py" />
        <source>The copy could not be written in the backups folder beside your data file (%1).</source>
        <translation>La copie n'a pas pu être écrite dans le dossier « backups » à côté de votre fichier de données (%1).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="47" />
        <source>Your last change was not saved</source>
        <translation>Votre dernière modification n'a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="48" />
        <source>Everything saved before it is safe.</source>
        <translation>Tout ce qui a été enregistré avant est en sécurité.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="63" />
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="64" />
        <source>SocialDesk hit an unexpected problem. Your saved work is safe. The details are in the log file (Help → About shows the log folder).</source>
        <translation>SocialDesk a rencontré un problème inattendu. Votre travail enregistré est en sécurité. Les détails sont dans le journal (Aide → À propos indique son dossier).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="82" />
        <source>SocialDesk hit an unexpected problem, and a check of the data file found this:</source>
        <translation>SocialDesk a rencontré un problème inattendu, et une vérification du fichier de données a trouvé ceci :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="87" />
        <source>Changes made from now on may be lost, and there is no backup beside the data file. Close SocialDesk and keep a copy of the data file before anything else.</source>
        <translation>Les modifications faites à partir de maintenant risquent d'être perdues, et il n'y a aucune sauvegarde à côté du fichier de données. Fermez SocialDesk et gardez une copie du fichier de données avant toute chose.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="93" />
        <source>Changes made from now on may be lost. The newest backup is from %1: restoring it sets the current file aside, untouched.</source>
        <translation>Les modifications faites à partir de maintenant risquent d'être perdues. La sauvegarde la plus récente date du %1 : la restaurer met le fichier actuel de côté, intact.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/messages.py" line="94" />
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Restaurer la sauvegarde la plus récente</translation>
    </message>
</context>
<context>
    <name>OpenProblems</name>
    <message>
        <location filename="../../socialdesk/ui/open_problems.py" />
        <source>This data file must be upgraded once for this version of SocialDesk, and a backup of it is made first. That backup could not be made:</source>
        <translation>Ce fichier de données doit être mis à niveau une fois pour cette version de SocialDesk, et une sauvegarde en est faite d'abord. Cette sauvegarde n'a pas pu être faite :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/open_problems.py" line="47" />
        <source>The name of your data file is too long: SocialDesk keeps a few small files beside it whose names are a little longer than its own, and this disk does not take names that long. Give the file a shorter name, then open it again, or choose another file.</source>
        <translation>Le nom de votre fichier de données est trop long : SocialDesk garde à côté quelques petits fichiers dont le nom est un peu plus long que le sien, et ce disque n'accepte pas des noms aussi longs. Donnez au fichier un nom plus court, puis ouvrez-le à nouveau, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The path of your data file is too long: the folders it is in have names too long for SocialDesk to open it (the file itself is fine). Move the file to a shorter folder, then open it from there, or choose another file.</source>
        <translation>Le chemin de votre fichier de données est trop long : les dossiers qui le contiennent ont des noms trop longs pour que SocialDesk puisse l'ouvrir (le fichier lui-même est intact). Déplacez le fichier dans un dossier au chemin plus court, puis ouvrez-le depuis là, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/open_problems.py" />
        <source>Your data file is missing: it is no longer where SocialDesk last found it (moved, renamed, or on a disk that is not connected). Its backups are still there. Restore the newest backup, open the file where it is now, or start a new empty file.</source>
        <translation>Votre fichier de données est introuvable : il n'est plus là où SocialDesk l'a trouvé la dernière fois (déplacé, renommé, ou sur un disque non branché). Ses sauvegardes sont toujours là. Restaurez la sauvegarde la plus récente, ouvrez le fichier là où il se trouve maintenant, ou commencez un nouveau fichier vide.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/open_problems.py" />
        <source>Your data file is missing: it is no longer where SocialDesk last found it (moved, renamed, or on a disk that is not connected). There are no backups beside it, only the copy a restore left when it was interrupted. Finish the restore, open the file where it is now, or start a new empty file.</source>
        <translation>Votre fichier de données est introuvable : il n'est plus là où SocialDesk l'a trouvé la dernière fois (déplacé, renommé, ou sur un disque non branché). Il n'y a aucune sauvegarde à côté, seulement la copie laissée par une restauration interrompue. Terminez la restauration, ouvrez le fichier là où il se trouve maintenant, ou commencez un nouveau fichier vide.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/open_problems.py" />
        <source>Your data file is reached through a link that leads nowhere: the disk or USB stick it is on may not be connected. Connect it and open SocialDesk again, or choose another file. Nothing was created.</source>
        <translation>Votre fichier de données est atteint par un lien qui ne mène nulle part : le disque ou la clé USB qui le porte n'est peut-être pas branché. Branchez-le et rouvrez SocialDesk, ou choisissez un autre fichier. Rien n'a été créé.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/open_problems.py" />
        <source>Nothing was created or changed: %1</source>
        <translation>Rien n'a été créé ni modifié : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/open_problems.py" />
        <source>&amp;Finish the interrupted restore</source>
        <translation>&amp;Terminer la restauration interrompue</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/open_problems.py" line="27" />
        <source>This file is another program's database, not a SocialDesk data file. SocialDesk will not change it; choose your SocialDesk data file instead.</source>
        <translation>Ce fichier est la base de données d'un autre programme, pas un fichier de données SocialDesk. SocialDesk ne le modifiera pas ; choisissez plutôt votre fichier de données SocialDesk.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/open_problems.py" line="49" />
        <source>This file is one of SocialDesk's backups, made by an older version. SocialDesk does not upgrade a backup where it is kept: it stays the copy an older SocialDesk can open. To go back to it, open your data file and restore it with File ▸ Restore a backup…; to work in it as a file of its own, copy it under another name first.</source>
        <translation>Ce fichier est une des sauvegardes de SocialDesk, faite par une version plus ancienne. SocialDesk ne met pas à jour une sauvegarde là où elle est rangée : elle reste la copie qu'une version plus ancienne de SocialDesk peut ouvrir. Pour y revenir, ouvrez votre fichier de données et restaurez-la avec Fichier ▸ Restaurer une sauvegarde… ; pour y travailler comme dans un fichier à part, copiez-la d'abord sous un autre nom.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/open_problems.py" line="29" />
        <source>SocialDesk cannot open its data file</source>
        <translation>SocialDesk ne peut pas ouvrir son fichier de données</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/open_problems.py" line="31" />
        <source>The file was not changed: %1</source>
        <translation>Le fichier n'a pas été modifié : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/open_problems.py" line="35" />
        <source>If you go on, it is kept aside under a new name, exactly as it is.</source>
        <translation>Si vous continuez, il est mis de côté sous un nouveau nom, tel quel.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/open_problems.py" line="37" />
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Restaurer la sauvegarde la plus récente</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/open_problems.py" line="38" />
        <source>Start a &amp;new empty file</source>
        <translation>Commencer un &amp;nouveau fichier vide</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/open_problems.py" line="40" />
        <source>Open &amp;another file…</source>
        <translation>Ouvrir un &amp;autre fichier…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/open_problems.py" line="41" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Your data file&apos;s journal cannot be read. SocialDesk keeps its latest changes in two files beside the data file, %1 and %2, and at least one of them is not an ordinary file SocialDesk may read (its permissions, or something else under that name). Let your user read and write both, then open SocialDesk again, or choose another file.</source>
        <translation>Le journal de votre fichier de données est illisible. SocialDesk garde ses dernières modifications dans deux fichiers à côté du fichier de données, %1 et %2, et au moins l&apos;un d&apos;eux n&apos;est pas un fichier ordinaire que SocialDesk peut lire (ses droits, ou autre chose sous ce nom). Donnez à votre utilisateur le droit de lire et d&apos;écrire les deux, puis rouvrez SocialDesk, ou choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../socialdesk/ui/restore_dialog.py" />
        <source>its date is out of order with the others: the computer's clock was wrong for one of them</source>
        <translation>sa date n'est pas dans l'ordre des autres : l'horloge de l'ordinateur était fausse pour l'une d'elles</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/restore_dialog.py" />
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/restore_dialog.py" line="23" />
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/restore_dialog.py" line="27" />
        <source>Choose the backup to go back to. Your current data is backed up first, so you can come back to it.</source>
        <translation>Choisissez la sauvegarde à restaurer. Vos données actuelles sont d'abord sauvegardées, pour que vous puissiez y revenir.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/restore_dialog.py" line="33" />
        <source>Backups, newest first</source>
        <translation>Sauvegardes, la plus récente en premier</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/restore_dialog.py" line="45" />
        <source>There is no backup of this data file yet. A backup kept elsewhere opens with Other file…</source>
        <translation>Il n'y a pas encore de sauvegarde de ce fichier de données. Une sauvegarde rangée ailleurs s'ouvre avec Autre fichier…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/restore_dialog.py" line="40" />
        <source>from the old file in %1</source>
        <translation>de l'ancien fichier dans %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/restore_dialog.py" line="42" />
        <source>from another computer</source>
        <translation>d'un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/restore_dialog.py" line="56" />
        <source>from another computer, or from another data file of this name</source>
        <translation>d'un autre ordinateur, ou d'un autre fichier de données de ce nom</translation>
    </message>
    <message>
        <source>made as “%1” (this file under an earlier name, or a copy of it)</source>
        <translation>faite sous le nom « %1 » (ce fichier sous un nom précédent, ou une copie de celui-ci)</translation>
    </message>
    <message>
        <source>from the data file that was here before this one</source>
        <translation>du fichier de données qui était ici avant celui-ci</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/restore_dialog.py" line="52" />
        <source>made by an older SocialDesk: perhaps another data file's of this name</source>
        <translation>faite par une version plus ancienne de SocialDesk : peut-être celle d'un autre fichier de données de ce nom</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/restore_dialog.py" line="41" />
        <source>backup %1 of that second</source>
        <translation>sauvegarde %1 de cette seconde</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/restore_dialog.py" line="48" />
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/restore_dialog.py" line="50" />
        <source>Other &amp;file…</source>
        <translation>Autre &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/restore_dialog.py" line="66" />
        <source>Choose a backup file</source>
        <translation>Choisir un fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/restore_dialog.py" line="66" />
        <source>SocialDesk data (*.sqlite3);;All files (*)</source>
        <translation>Données SocialDesk (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the same as your data now: restoring it changes nothing</source>
        <translation>identique à vos données actuelles : la restaurer ne change rien</translation>
    </message>
    <message>
        <source>the day&apos;s copy</source>
        <translation>copie du jour</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>faite par vous</translation>
    </message>
    <message>
        <source>your data before a restore</source>
        <translation>vos données avant une restauration</translation>
    </message>
    <message>
        <source>made before an upgrade</source>
        <translation>faite avant une mise à jour</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n publication</numerusform>
            <numerusform>%n publications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QrCardsBar</name>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" />
        <source>Save the cards as PDF…</source>
        <translation>Enregistrer les cartes en PDF…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" />
        <source>Save the cards as PDF</source>
        <translation>Enregistrer les cartes en PDF</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" />
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" />
        <source>QR cards</source>
        <translation>Cartes QR</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" />
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>SaveGuard</name>
    <message>
        <location filename="../../socialdesk/ui/common/save_guard.py" />
        <source>Not saved: %1 is a database (a SocialDesk data file or another program&apos;s), its journal, or a file SocialDesk has in use. It is never replaced. Choose another name; your plan is unchanged.</source>
        <translation>Non enregistré : %1 est une base de données (un fichier de données SocialDesk ou celui d'un autre programme), son journal, ou un fichier que SocialDesk utilise. Il n'est jamais remplacé. Choisissez un autre nom ; votre plan n'a pas changé.</translation>
    </message>
    <message>
        <source>Not saved: %1 is a folder (or a device or a link), not a file. Choose a file name; your plan is unchanged.</source>
        <translation>Non enregistré : %1 est un dossier (ou un périphérique, ou un lien), pas un fichier. Choisissez un nom de fichier ; votre plan n'a pas changé.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/save_guard.py" />
        <source>The file was not saved</source>
        <translation>Le fichier n'a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/save_guard.py" />
        <source>Not saved: %1 is SocialDesk&apos;s own data file (or its journal, lock or backups, or a post&apos;s image). Choose another name; your plan is unchanged.</source>
        <translation>Non enregistré : %1 est le fichier de données de SocialDesk (ou son journal, son verrou ou ses sauvegardes, ou l'image d'une publication). Choisissez un autre nom ; votre plan n'a pas changé.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/save_guard.py" />
        <source>Could not write %1 (%2). Any file already there was left as it was, and your plan is unchanged; check the folder and the free space, or choose another folder.</source>
        <translation>Impossible d'écrire %1 (%2). Le fichier qui s'y trouvait est resté tel quel et votre plan n'a pas changé ; vérifiez le dossier et l'espace libre, ou choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>WeekKeys</name>
    <message>
        <location filename="../../socialdesk/ui/common/week_keys.py" line="11" />
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/week_keys.py" line="11" />
        <source>Previous week (Alt+Left)</source>
        <translation>Semaine précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/week_keys.py" line="12" />
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/week_keys.py" line="12" />
        <source>Next week (Alt+Right)</source>
        <translation>Semaine suivante (Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/week_keys.py" line="13" />
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/week_keys.py" line="13" />
        <source>This week (Alt+Home)</source>
        <translation>Cette semaine (Alt+Début)</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <location filename="../../socialdesk/ui/view_actions.py" line="21" />
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/view_actions.py" line="21" />
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/view_actions.py" line="21" />
        <source>Checklist</source>
        <translation>Check-list</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/view_actions.py" line="21" />
        <source>Local presence</source>
        <translation>Présence locale</translation>
    </message>
</context>
<context>
    <name>Opener</name>
    <message>
        <location filename="../../socialdesk/ui/common/opener.py" line="14" />
        <source>No web browser could be opened for %1.</source>
        <translation>Aucun navigateur web n'a pu être ouvert pour %1.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/opener.py" line="20" />
        <source>The link is copied: paste it in your browser's address bar.</source>
        <translation>Le lien est copié : collez-le dans la barre d'adresse de votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/opener.py" line="27" />
        <source>The link was not opened</source>
        <translation>Le lien n'a pas été ouvert</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>A&amp;pparence :</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Beside the data file</source>
        <translation>À &amp;côté du fichier de données</translation>
    </message>
    <message>
        <source>SocialDesk notes beside the data file where its backups are, so it finds them even when the file itself is damaged. If the chosen folder cannot be written when a backup is due (a USB stick not connected…), the backup goes beside the data file and SocialDesk says so.</source>
        <translation>SocialDesk note à côté du fichier de données où sont ses sauvegardes, pour les retrouver même si le fichier est abîmé. Si le dossier choisi n'est pas modifiable au moment d'une sauvegarde (clé USB non branchée…), la sauvegarde est mise à côté du fichier de données et SocialDesk le signale.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>SocialDesk cannot write into %1. Choose another folder.</source>
        <translation>SocialDesk ne peut pas écrire dans %1. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>The window is rebuilt in the new language when you press OK.</source>
        <translation>La fenêtre est reconstruite dans la nouvelle langue quand vous appuyez sur OK.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>Backups stay beside the data file, so SocialDesk finds them even when the file itself is damaged.</source>
        <translation>Les sauvegardes restent à côté du fichier de données : SocialDesk les retrouve même si le fichier est endommagé.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>Backups to keep</source>
        <translation>Sauvegardes à garder</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Garder les plus récentes :</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>As in my region</source>
        <translation>Comme dans ma région</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>First day of the week</source>
        <translation>Premier jour de la semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>&amp;Weeks start on:</source>
        <translation>&amp;Les semaines commencent le :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>A new post starts on these networks</source>
        <translation>Une nouvelle publication commence sur ces réseaux</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>Character limits</source>
        <translation>Limites de caractères</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>Networks change their limits and sources disagree. If you know a more accurate value, correct it; SocialDesk keeps the date of your change.</source>
        <translation>Les réseaux changent leurs limites et les sources ne sont pas d'accord. Si vous connaissez une valeur plus juste, corrigez-la ; SocialDesk garde la date de votre correction.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>Limit for %1</source>
        <translation>Limite pour %1</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/pages.py" line="1" />
        <source>The plan, the week and the checklist print on this paper. QR cards, table tents, stickers and business cards keep the card stock you choose when you print them.</source>
        <translation>Le plan, la semaine et la check-list s'impriment sur ce papier. Les cartes QR, chevalets, autocollants et cartes de visite gardent le support choisi au moment de les imprimer.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../socialdesk/ui/preferences/dialog.py" line="1" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/dialog.py" line="1" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/dialog.py" line="1" />
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/dialog.py" line="1" />
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/preferences/dialog.py" line="1" />
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
</context>
<context>
    <name>PlacementNotice</name>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/placement_notice.py" />
        <source>Moved with it: the %n image(s) of your posts (the media folder beside the data file). The ones in the media folder in %1 stay there as they are.</source>
        <translation>
            <numerusform>Déplacée avec lui : l'image de vos publications (le dossier media à côté du fichier de données). Celle du dossier media dans %1 y reste telle quelle.</numerusform>
            <numerusform>Déplacées avec lui : les %n images de vos publications (le dossier media à côté du fichier de données). Celles du dossier media dans %1 y restent telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/placement_notice.py" line="254" />
        <source>Comparing the copy with your data file…</source>
        <translation>Comparaison de la copie avec votre fichier de données…</translation>
    </message>
    <message>
        <source>Your data file was moved</source>
        <translation>Votre fichier de données a été déplacé</translation>
    </message>
    <message>
        <source>Don't ask again for this file</source>
        <translation>Ne plus demander pour ce fichier</translation>
    </message>
    <message>
        <source>The data file was not moved</source>
        <translation>Le fichier de données n'a pas été déplacé</translation>
    </message>
    <message>
        <source>The data file could not be moved to %1 (%2).

Nothing was moved and no copy was left: your data file %3 is unchanged, and SocialDesk keeps working on it.</source>
        <translation>Le fichier de données n'a pas pu être déplacé vers %1 (%2).

Rien n'a été déplacé et aucune copie n'est restée : votre fichier de données %3 est inchangé, et SocialDesk continue de travailler dessus.</translation>
    </message>
    <message>
        <source>the disk holding %1 is full</source>
        <translation>le disque de %1 est plein</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written: a read-only disk, or its permissions</source>
        <translation>le dossier %1 n'est pas modifiable : un disque en lecture seule, ou ses permissions</translation>
    </message>
    <message>
        <source>a file is in the way at %1, where a folder is needed</source>
        <translation>un fichier se trouve à %1, là où il faut un dossier</translation>
    </message>
    <message>
        <source>the system refused the copy; the details are in the log</source>
        <translation>le système a refusé la copie ; les détails sont dans le fichier journal de SocialDesk</translation>
    </message>
    <message>
        <source>Your data file is inside %1, and so is the folder SocialDesk keeps its data in (a portable copy of SocialDesk placed in %1). A sync service can copy a file while SocialDesk writes it, and the copy is then damaged, or two computers make conflicting copies. Move the SocialDesk folder out of %1, or pause syncing while SocialDesk is open.</source>
        <translation>Votre fichier de données est dans %1, tout comme le dossier où SocialDesk garde ses données (une copie portable de SocialDesk placée dans %1). Un service de synchronisation peut copier un fichier pendant que SocialDesk l'écrit, et la copie est alors abîmée, ou deux ordinateurs font des copies en conflit. Sortez le dossier de SocialDesk de %1, ou suspendez la synchronisation tant que SocialDesk est ouvert.</translation>
    </message>
    <message>
        <source>This data file was moved out of %1 on this computer, to:
%2

Open the moved file? Changes made in the file in %1 are not in the moved one.</source>
        <translation>Ce fichier de données a été déplacé hors de %1 sur cet ordinateur, vers :
%2

Ouvrir le fichier déplacé ? Les modifications faites dans le fichier de %1 ne sont pas dans le fichier déplacé.</translation>
    </message>
    <message>
        <source>This data file was moved out of %1 on this computer, to:
%2

The moved file is open in another SocialDesk window, so this window stays on the old file in %1: changes made here are not in the moved one. Use the other window, and close this one.</source>
        <translation>Ce fichier de données a été déplacé hors de %1 sur cet ordinateur, vers :
%2

Le fichier déplacé est ouvert dans une autre fenêtre de SocialDesk : cette fenêtre-ci reste donc sur l'ancien fichier de %1, et les modifications faites ici ne seront pas dans le fichier déplacé. Utilisez l'autre fenêtre, et fermez celle-ci.</translation>
    </message>
    <message>
        <source>socialdesk (from %1)</source>
        <translation>socialdesk (depuis %1)</translation>
    </message>
    <message>
        <source>Where your data file is</source>
        <translation>Emplacement de votre fichier de données</translation>
    </message>
    <message>
        <source>Your data file is in a synced folder</source>
        <translation>Votre fichier de données est dans un dossier synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>Your sync service left %n conflict copy(ies) beside your data file, for example:
%1

Compare them with your data file, record by record? Nothing is changed.</source>
        <translation>
            <numerusform>Votre service de synchronisation a laissé %n copie en conflit à côté de votre fichier de données, par exemple :
%1

Les comparer à votre fichier de données, élément par élément ? Rien n'est modifié.</numerusform>
            <numerusform>Votre service de synchronisation a laissé %n copies en conflit à côté de votre fichier de données, par exemple :
%1

Les comparer à votre fichier de données, élément par élément ? Rien n'est modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict copies found</source>
        <translation>Copies en conflit trouvées</translation>
    </message>
    <message>
        <source>Your data file is on a network share. SocialDesk is slower there, and a connection lost while the file is open can damage it. Keep the data file on this computer; backups may go anywhere.</source>
        <translation>Votre fichier de données est sur un partage réseau. SocialDesk y est plus lent, et une connexion perdue pendant que le fichier est ouvert peut l'abîmer. Gardez le fichier de données sur cet ordinateur ; les sauvegardes peuvent aller ailleurs.</translation>
    </message>
    <message>
        <source>Your data file is on a removable drive (a USB stick or an external disk). SocialDesk is slower there, and unplugging it while the file is open can damage it. Close SocialDesk before unplugging.</source>
        <translation>Votre fichier de données est sur un support amovible (une clé USB ou un disque externe). SocialDesk y est plus lent, et le débrancher pendant que le fichier est ouvert peut l'abîmer. Fermez SocialDesk avant de le débrancher.</translation>
    </message>
    <message>
        <source>Your data file is inside %1. A sync service can copy a file while SocialDesk writes it, and the copy is then damaged, or two computers make conflicting copies.

Move the data file to %2? SocialDesk will no longer use the file in %1; it has just opened it, so %1 may sync it one last time. Delete it yourself once you have checked the move. The daily backups will go into %3, so %1 keeps copies of your data.</source>
        <translation>Votre fichier de données est dans %1. Un service de synchronisation peut copier un fichier pendant que SocialDesk l'écrit : la copie est alors abîmée, ou deux ordinateurs créent des copies en conflit.

Déplacer le fichier de données vers %2 ? SocialDesk n'utilisera plus le fichier dans %1 ; comme il vient de l'ouvrir, %1 le synchronisera peut-être une dernière fois. Supprimez-le vous-même une fois le déplacement vérifié. Les sauvegardes quotidiennes iront dans %3 : %1 garde ainsi des copies de vos données.</translation>
    </message>
    <message>
        <source>Conflict copy</source>
        <translation>Copie en conflit</translation>
    </message>
    <message>
        <source>%1 compared with your data file (the copy is only read):</source>
        <translation>%1 comparée à votre fichier de données (la copie est seulement lue) :</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>This copy cannot be read as a SocialDesk data file.</source>
        <translation>Cette copie ne peut pas être lue comme un fichier de données SocialDesk.</translation>
    </message>
    <message>
        <source>Your data file is inside %1, and so is the folder where SocialDesk keeps its data on this computer:
%2

A sync service can copy a file while SocialDesk writes it, and the copy is then damaged, or two computers make conflicting copies. Close SocialDesk, move your data file to a folder %1 does not sync, and open it there with File ▸ Open another data file; or pause syncing while SocialDesk is open.</source>
        <translation>Votre fichier de données est dans %1, tout comme le dossier où SocialDesk garde ses données sur cet ordinateur :
%2

Un service de synchronisation peut copier un fichier pendant que SocialDesk l'écrit, et la copie est alors endommagée, ou deux ordinateurs font des copies en conflit. Fermez SocialDesk, déplacez votre fichier de données dans un dossier que %1 ne synchronise pas, et ouvrez-le là par Fichier ▸ Ouvrir un autre fichier de données ; ou suspendez la synchronisation pendant que SocialDesk est ouvert.</translation>
    </message>
    <message>
        <source>This copy is damaged or not fully synced yet: keep it, wait for the sync to finish, and start SocialDesk again to compare it.</source>
        <translation>Cette copie est endommagée ou pas encore entièrement synchronisée : gardez-la, attendez la fin de la synchronisation, puis relancez SocialDesk pour la comparer.</translation>
    </message>
    <message>
        <source>The data file you moved out of a synced folder cannot be found:
%1

This window opened the older data file %2 instead: the changes made in the moved file are not in it. If the moved file is on a drive that is not connected, connect it and start SocialDesk again. If you renamed or moved it, choose Find the moved file; if you no longer need it, choose Use this file from now on.</source>
        <translation>Le fichier de données que vous avez sorti d'un dossier synchronisé est introuvable :
%1

Cette fenêtre a ouvert à la place l'ancien fichier de données %2 : les modifications faites dans le fichier déplacé n'y sont pas. Si le fichier déplacé est sur un disque non branché, branchez-le et relancez SocialDesk. Si vous l'avez renommé ou déplacé, choisissez Trouver le fichier déplacé ; si vous n'en avez plus besoin, choisissez Utiliser ce fichier désormais.</translation>
    </message>
    <message>
        <source>&amp;Use this file from now on</source>
        <translation>&amp;Utiliser ce fichier désormais</translation>
    </message>
    <message>
        <source>&amp;Find the moved file…</source>
        <translation>&amp;Trouver le fichier déplacé…</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Find the moved data file</source>
        <translation>Trouver le fichier de données déplacé</translation>
    </message>
    <message>
        <source>SocialDesk data (*.sqlite3);;All files (*)</source>
        <translation>Données SocialDesk (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This copy is empty: it holds none of your records.</source>
        <translation>Cette copie est vide : elle ne contient aucune de vos données.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/placement_notice.py" line="323" />
        <source>This copy comes from a newer version of SocialDesk: update SocialDesk to compare it.</source>
        <translation>Cette copie vient d'une version plus récente de SocialDesk : mettez SocialDesk à jour pour la comparer.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Check-list tick</source>
        <translation>Case cochée de la check-list</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Shop details</source>
        <translation>Infos de la boutique</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Strategy answer</source>
        <translation>Réponse de la stratégie</translation>
    </message>
    <message>
        <source>Strategy goal</source>
        <translation>Objectif de la stratégie</translation>
    </message>
    <message>
        <source>Strategy relay</source>
        <translation>Relais de la stratégie</translation>
    </message>
    <message>
        <source>Strategy network</source>
        <translation>Réseau de la stratégie</translation>
    </message>
    <message>
        <source>Strategy theme</source>
        <translation>Thème de la stratégie</translation>
    </message>
    <message>
        <source>Strategy applied</source>
        <translation>Stratégie appliquée</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Relay contact</source>
        <translation>Contact d'un relais</translation>
    </message>
    <message>
        <source>Hashtags and signature</source>
        <translation>Hashtags et signature d'un réseau</translation>
    </message>
    <message>
        <source>Network length limit</source>
        <translation>Limite de longueur d'un réseau</translation>
    </message>
    <message>
        <source>Review count</source>
        <translation>Décompte des avis</translation>
    </message>
    <message>
        <source>Review reply copied</source>
        <translation>Réponse à un avis copiée</translation>
    </message>
    <message>
        <source>Occasion task</source>
        <translation>Tâche d'un temps fort</translation>
    </message>
    <message>
        <source>Printed QR code</source>
        <translation>Code QR imprimé</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Premier jour de la semaine</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Sauvegardes gardées</translation>
    </message>
    <message>
        <source>Networks a new post starts with</source>
        <translation>Réseaux cochés pour une nouvelle publication</translation>
    </message>
    <message>
        <source>Alsace-Moselle public holidays</source>
        <translation>Jours fériés d'Alsace-Moselle</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Printed look of the shop</source>
        <translation>Style imprimé de la boutique</translation>
    </message>
    <message>
        <source>Shop logo</source>
        <translation>Logo de la boutique</translation>
    </message>
    <message>
        <source>Label sheets chosen</source>
        <translation>Planches d'étiquettes choisies</translation>
    </message>
    <message>
        <source>Only in your data file</source>
        <translation>Seulement dans votre fichier de données</translation>
    </message>
    <message>
        <source>Only in the copy</source>
        <translation>Seulement dans la copie</translation>
    </message>
    <message>
        <source>Different in the copy</source>
        <translation>Diffère dans la copie</translation>
    </message>
    <message>
        <source>Repeat of a post</source>
        <translation>Répétition d'une publication</translation>
    </message>
    <message>
        <source>Different in the copy: %1</source>
        <translation>Diffère dans la copie : %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>networks</source>
        <translation>réseaux</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>text per network</source>
        <translation>texte par réseau</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>publication date</source>
        <translation>date de publication</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>sujet</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>image description</source>
        <translation>description de l'image</translation>
    </message>
    <message>
        <source>image framing</source>
        <translation>cadrage de l'image</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>répétition</translation>
    </message>
    <message>
        <source>how often</source>
        <translation>fréquence</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>intervalle</translation>
    </message>
    <message>
        <source>first date</source>
        <translation>première date</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>number of times</source>
        <translation>nombre de fois</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>adresse web</translation>
    </message>
    <message>
        <source>reserved name</source>
        <translation>nom réservé</translation>
    </message>
    <message>
        <source>name shown</source>
        <translation>nom affiché</translation>
    </message>
    <message>
        <source>address shown</source>
        <translation>adresse affichée</translation>
    </message>
    <message>
        <source>phone shown</source>
        <translation>téléphone affiché</translation>
    </message>
    <message>
        <source>hours shown</source>
        <translation>horaires affichés</translation>
    </message>
    <message>
        <source>last checked</source>
        <translation>dernière vérification</translation>
    </message>
    <message>
        <source>on the printed card</source>
        <translation>sur la carte imprimée</translation>
    </message>
    <message>
        <source>review link</source>
        <translation>lien vers les avis</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordre</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>trade</source>
        <translation>métier</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>horaires d'ouverture</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>why</source>
        <translation>pourquoi</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>No difference: the copy holds the same records.</source>
        <translation>Aucune différence : la copie contient les mêmes éléments.</translation>
    </message>
</context>
</TS>