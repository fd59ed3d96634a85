<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="69" />
        <source>Targets from your strategy. An empty day is fine: if you have nothing to say, stay silent.</source>
        <translation>Objectifs tirés de votre stratégie. Un jour vide, ce n'est pas grave : si vous n'avez rien à dire, mieux vaut se taire.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="94" />
        <source>◀ P&amp;revious</source>
        <translation>◀ &amp;Précédente</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="94" />
        <source>Previous week (Alt+Left)</source>
        <translation>Semaine précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="95" />
        <source>&amp;This week</source>
        <translation>Cette se&amp;maine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="95" />
        <source>This week (Alt+Home)</source>
        <translation>Cette semaine (Alt+Début)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="96" />
        <source>&amp;Next ▶</source>
        <translation>S&amp;uivante ▶</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="96" />
        <source>Next week (Alt+Right)</source>
        <translation>Semaine suivante (Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="99" />
        <source>Jump to the week of a date</source>
        <translation>Aller à la semaine d'une date</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="108" />
        <source>New &amp;post…</source>
        <translation>Nouvelle pu&amp;blication…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="108" />
        <source>New post (Ctrl+N)</source>
        <translation>Nouvelle publication (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="110" />
        <source>E&amp;xport / import</source>
        <translation>Fic&amp;hier du plan</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="111" />
        <source>Export, import and print the plan</source>
        <translation>Exporter, importer et imprimer le plan</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="135" />
        <source>&amp;Ideas (not on a day yet)</source>
        <translation>&amp;Idées (pas encore placées)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="138" />
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="144" />
        <source>New i&amp;dea…</source>
        <translation>Nou&amp;velle idée…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="189" />
        <source>Tip: %1</source>
        <translation>Conseil — %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="197" />
        <source>Week %1 · %2</source>
        <translation>Semaine %1 · %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/week_title.py" line="24" />
        <source>W%1 · %2</source>
        <comment>a week's number, short: S48 in French</comment>
        <translation>S%1 · %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/week_title.py" line="25" />
        <source>W%1</source>
        <comment>a week's number, short: S48 in French</comment>
        <translation>S%1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="211" />
        <source>This week: %1</source>
        <translation>Cette semaine : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="212" />
        <source>Week of %1: %2</source>
        <translation>Semaine du %1 : %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="308" />
        <source>A repeating post</source>
        <translation>Une publication récurrente</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="309" />
        <source>This post repeats. Change only this one, or the whole series?</source>
        <translation>Cette publication se répète. Modifier seulement celle-ci, ou toute la série ?</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="311" />
        <source>Only &amp;this post</source>
        <translation>Seulement &amp;celle-ci</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" line="312" />
        <source>The whole &amp;series</source>
        <translation>Toute la &amp;série</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/tab.py" />
        <source>left to plan: %1</source>
        <translation>reste à planifier : %1</translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="16" />
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="17" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="18" />
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="19" />
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="20" />
        <source>Skipped</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="26" />
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="27" />
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="28" />
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="29" />
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="30" />
        <source>Local life</source>
        <translation>Vie locale</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="31" />
        <source>Us (the shop)</source>
        <translation>Nous (la boutique)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="33" />
        <source>Not set</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="52" />
        <source>“%1” sounds like a press release. Say it the way you would tell a customer at the counter.</source>
        <translation>« %1 » sonne comme un communiqué de presse. Dites-le comme vous le diriez à un client au comptoir.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/labels.py" />
        <source>%2 posts of the week sound like a press release (“%1”…). Say it the way you would tell a customer at the counter.</source>
        <translation>%2 publications de la semaine sonnent comme un communiqué de presse (« %1 »…). Dites-le comme vous le diriez à un client au comptoir.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="56" />
        <source>This week only talks about the shop. What about a customer, a supplier or the street?</source>
        <translation>Cette semaine ne parle que de la boutique. Et si vous parliez d'un client, d'un fournisseur ou du quartier ?</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="57" />
        <source>%1 posts of the week repeat automatically. Limit automation: a person speaking is what people follow.</source>
        <translation>%1 publications de la semaine se répètent automatiquement. Limitez l'automatisation : c'est une personne qui parle que l'on suit.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="64" />
        <source>The file is not a text file in UTF-8 or Windows-1252.</source>
        <translation>Le fichier n'est pas un fichier texte en UTF-8 ou Windows-1252.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="65" />
        <source>The first line must name the columns. Missing: %1</source>
        <translation>La première ligne doit nommer les colonnes. Il manque : %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="66" />
        <source>More than %1 posts in one file.</source>
        <translation>Plus de %1 publications dans un seul fichier.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="67" />
        <source>“%1” is not a date (2026-11-30 or 30/11/2026).</source>
        <translation>« %1 » n'est pas une date (2026-11-30 ou 30/11/2026).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="68" />
        <source>“%1” is not between 1900 and 2199.</source>
        <translation>« %1 » n'est pas entre 1900 et 2199.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="68" />
        <source>“%1” is not a time (09:30).</source>
        <translation>« %1 » n'est pas une heure (09:30).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="69" />
        <source>Unknown network “%1”.</source>
        <translation>Réseau inconnu « %1 ».</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="70" />
        <source>Unknown status “%1” (idea, draft, planned, published, skipped).</source>
        <translation>Statut inconnu « %1 » (idea, draft, planned, published, skipped — ou idée, brouillon, prévue, publiée, annulée).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="71" />
        <source>Unknown “about” value “%1” (customers, team, suppliers, partners, local, us).</source>
        <translation>Valeur inconnue « %1 » dans la colonne « sujet » (customers, team, suppliers, partners, local, us — ou clients, équipe, fournisseurs, partenaires, vie locale, nous).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="72" />
        <source>A time (%1) without a date.</source>
        <translation>Une heure (%1) sans date.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" />
        <source>“%1” has seconds: a post is planned to the minute (09:30).</source>
        <translation>« %1 » a des secondes : une publication se prévoit à la minute (09:30).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" />
        <source>Byte %1 is not UTF-8, but the rest of the file is: the file is damaged. Save it again as “CSV UTF-8”.</source>
        <translation>L'octet %1 n'est pas de l'UTF-8, alors que le reste du fichier l'est : le fichier est abîmé. Enregistrez-le de nouveau en « CSV UTF-8 ».</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" />
        <source>The column “%1” is there twice. Keep one of them.</source>
        <translation>La colonne « %1 » est présente deux fois. Gardez-en une seule.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" />
        <source>A quote (&quot;) opened on this line is never closed, so it takes in the rest of the file.</source>
        <translation>Un guillemet (&quot;) ouvert sur cette ligne n'est jamais fermé : il avale tout le reste du fichier.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" />
        <source>A cell on this line is larger than %1 MB, the most SocialDesk reads in one cell.</source>
        <translation>Une cellule de cette ligne dépasse %1 Mo, le maximum que SocialDesk lit dans une cellule.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/labels.py" />
        <source>The file is UTF-16 (Excel’s “Unicode text”) but damaged: a character on this line is cut in half. Save it again from the spreadsheet.</source>
        <translation>Le fichier est en UTF-16 (« Texte Unicode » d'Excel) mais abîmé : un caractère de cette ligne est coupé en deux. Enregistrez-le de nouveau depuis le tableur.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/labels.py" />
        <source>The file writes dates both day first and month first (%1): write them one way, or as 2026-11-30.</source>
        <translation>Le fichier écrit des dates tantôt jour d'abord, tantôt mois d'abord (%1) : écrivez-les d'une seule façon, ou en 2026-11-30.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" />
        <source>Column “%1”: %2</source>
        <translation>Colonne « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="79" />
        <source>The image cannot be read. Check that the file is still there.</source>
        <translation>L'image ne peut pas être lue. Vérifiez que le fichier est toujours là.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/problem_labels.py" line="35" />
        <source>This is not a file that opens as an image (a folder, a device, or a link that leads nowhere). Choose the image itself.</source>
        <translation>Ce n'est pas un fichier qui s'ouvre comme une image (un dossier, un périphérique ou un lien qui ne mène nulle part). Choisissez l'image elle-même.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="80" />
        <source>The image file is larger than 30 MB. Save a smaller copy and choose it.</source>
        <translation>Le fichier image dépasse 30 Mo. Enregistrez-en une copie plus petite et choisissez-la.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="81" />
        <source>The image is far too large (more than 60 megapixels). Save a smaller copy.</source>
        <translation>L'image est beaucoup trop grande (plus de 60 mégapixels). Enregistrez-en une copie plus petite.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="82" />
        <source>This file is not an image, or it is damaged.</source>
        <translation>Ce fichier n'est pas une image, ou il est abîmé.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/words.py" line="83" />
        <source>Choose a JPEG, PNG, GIF or WebP image.</source>
        <translation>Choisissez une image JPEG, PNG, GIF ou WebP.</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="24" />
        <source>Move to a day</source>
        <translation>Placer à une date</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="28" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="29" />
        <source>Put the selected posts on:</source>
        <translation>Placer les publications choisies le :</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="47" />
        <source>&amp;New post…</source>
        <translation>&amp;Nouvelle publication…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="48" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="49" />
        <source>&amp;Publish by hand…</source>
        <translation>&amp;Publier à la main…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="50" />
        <source>Mark as n&amp;ot published</source>
        <translation>Marquer comme non pu&amp;bliée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="51" />
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="52" />
        <source>Move a day ea&amp;rlier</source>
        <translation>Un jour plus &amp;tôt</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="53" />
        <source>Move a day la&amp;ter</source>
        <translation>Un jour plus t&amp;ard</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="54" />
        <source>Move to a da&amp;y…</source>
        <translation>Placer à une &amp;date…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="55" />
        <source>Back to &amp;ideas</source>
        <translation>Renvoyer aux &amp;idées</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="56" />
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="57" />
        <source>Character li&amp;mits…</source>
        <translation>&amp;Limites de caractères…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="58" />
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="59" />
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="60" />
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="109" />
        <source>New repeating post</source>
        <translation>Nouvelle publication récurrente</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="111" />
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="128" />
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="131" />
        <source>Make a post repeat</source>
        <translation>Répéter une publication</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="134" />
        <source>Edit post</source>
        <translation>Modifier la publication</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="142" />
        <source>Edit one occurrence</source>
        <translation>Modifier une occurrence</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="155" />
        <source>Edit repeating series</source>
        <translation>Modifier la série</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="166" />
        <source>Back to ideas</source>
        <translation>Renvoyer aux idées</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="166" />
        <location filename="../../socialdesk/ui/calendar/edits.py" line="174" />
        <source>Move post</source>
        <translation>Déplacer la publication</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="201" />
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="207" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="218" />
        <source>Mark as published</source>
        <translation>Marquer comme publiée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="224" />
        <source>Mark as not published</source>
        <translation>Marquer comme non publiée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="232" />
        <source>Change character limits</source>
        <translation>Modifier les limites de caractères</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/edits.py" line="1" />
        <source>&amp;Hashtags and signatures…</source>
        <translation>&amp;Hashtags et signatures…</translation>
    </message>
    <message>
        <source>New i&amp;dea…</source>
        <translation>Nou&amp;velle idée…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="17" />
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="23" />
        <source>Import preview</source>
        <translation>Aperçu de l'import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="28" />
        <source>&amp;Import %n post(s)</source>
        <translation>
            <numerusform>&amp;Importer %n publication</numerusform>
            <numerusform>&amp;Importer %n publications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>networks</source>
        <translation>réseaux</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>about</source>
        <translation>sujet</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>alt text</source>
        <translation>texte alternatif</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>day %1 → %2</source>
        <translation>jour %1 → %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>time %1 → %2</source>
        <translation>heure %1 → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="43" />
        <source>Nothing will be imported: %n problem(s) below. Correct the file and import it again (the file is imported completely or not at all).</source>
        <translation>
            <numerusform>Rien ne sera importé : %n problème ci-dessous. Corrigez le fichier puis importez-le à nouveau (le fichier est importé en entier ou pas du tout).</numerusform>
            <numerusform>Rien ne sera importé : %n problèmes ci-dessous. Corrigez le fichier puis importez-le à nouveau (le fichier est importé en entier ou pas du tout).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="47" />
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="61" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="47" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="55" />
        <source>%n post(s) ready to import (%1, separator “%2”).</source>
        <translation>
            <numerusform>%n publication prête à importer (%1, séparateur « %2 »).</numerusform>
            <numerusform>%n publications prêtes à importer (%1, séparateur « %2 »).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="58" />
        <source>%n of the file's posts is already in your plan and left out.</source>
        <translation>
            <numerusform>%n publication du fichier est déjà dans votre plan et est laissée de côté.</numerusform>
            <numerusform>%n publications du fichier sont déjà dans votre plan et sont laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>Invisible control characters were removed from %n cell(s).</source>
        <translation>
            <numerusform>Des caractères de contrôle invisibles ont été retirés de %n cellule.</numerusform>
            <numerusform>Des caractères de contrôle invisibles ont été retirés de %n cellules.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>Dates were read as month/day, as US Excel writes them (12/1 is 1 December).</source>
        <translation>Les dates ont été lues en mois/jour, comme les écrit Excel américain (12/1 est le 1er décembre).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>Dates were read as day/month (12/1 is 12 January).</source>
        <translation>Les dates ont été lues en jour/mois (12/1 est le 12 janvier).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>The file has no %1 column: left empty on new posts, kept on updated ones.</source>
        <translation>Le fichier n'a pas de colonne %1 : vide pour les nouvelles publications, inchangée pour celles mises à jour.</translation>
    </message>
    <message>
        <source>The first %1 are listed below.</source>
        <translation>Les %1 premières sont listées ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="61" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="61" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="61" />
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="61" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="62" />
        <source>About</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="62" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="68" />
        <source>idea</source>
        <translation>idée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>Tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="93" />
        <source>In this file: %1, %2, %3.</source>
        <translation>Dans ce fichier : %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="93" />
        <source>%n new</source>
        <translation>
            <numerusform>%n nouvelle</numerusform>
            <numerusform>%n nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="94" />
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="94" />
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="76" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="76" />
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" line="76" />
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Line %1, %2: %3 does not exist that day (clocks go forward): the post will be at %4.</source>
        <translation>Ligne %1, %2 : %3 n&apos;existe pas ce jour-là (passage à l&apos;heure d&apos;été) : la publication sera à %4.</translation>
    </message>
    <message>
        <source>Line %1, %2: %3 happens twice that day (clocks go back): the post will be at the first %3, summer time.</source>
        <translation>Ligne %1, %2 : %3 a lieu deux fois ce jour-là (passage à l&apos;heure d&apos;hiver) : la publication sera à la première, à l&apos;heure d&apos;été.</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/limits_dialog.py" line="13" />
        <location filename="../../socialdesk/ui/calendar/limits_dialog.py" line="20" />
        <source>Character limits</source>
        <translation>Limites de caractères</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/limits_dialog.py" line="15" />
        <source>Networks change their limits and sources disagree. If you know a more accurate value, correct it; SocialDesk keeps the date of your change.</source>
        <translation>Les réseaux changent leurs limites et les sources ne sont pas d'accord. Si vous connaissez une valeur plus juste, corrigez-la ; SocialDesk garde la date de votre correction.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/limits_dialog.py" line="21" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/limits_dialog.py" line="21" />
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/limits_dialog.py" line="21" />
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/limits_dialog.py" line="22" />
        <source>Last checked</source>
        <translation>Vérifiée le</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/limits_dialog.py" line="33" />
        <source>Limit for %1</source>
        <translation>Limite pour %1</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="28" />
        <source>Export to a &amp;calendar (.ics)…</source>
        <translation>Exporter vers un &amp;agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="29" />
        <source>Export to a &amp;spreadsheet (CSV)…</source>
        <translation>Exporter vers un &amp;tableur (CSV)…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="30" />
        <source>&amp;Import a CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="31" />
        <source>&amp;Print the week…</source>
        <translation>Im&amp;primer la semaine…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="32" />
        <source>Save the week as P&amp;DF…</source>
        <translation>Enregistrer la semaine en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="59" />
        <source>The file was not saved</source>
        <translation>Le fichier n'a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="60" />
        <source>SocialDesk could not write %1. Check the folder and the free space, then try again. Your plan is unchanged.</source>
        <translation>SocialDesk n'a pas pu écrire %1. Vérifiez le dossier et l'espace libre, puis réessayez. Votre plan n'a pas changé.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="67" />
        <source>Export the plan to a calendar (from four weeks ago onwards)</source>
        <translation>Exporter le plan vers un agenda (les quatre dernières semaines et la suite)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="68" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="82" />
        <source>CSV separated by commas (*.csv)</source>
        <translation>CSV séparé par des virgules (*.csv)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="83" />
        <source>CSV for Excel in French, separated by semicolons (*.csv)</source>
        <translation>CSV pour Excel en français, séparé par des points-virgules (*.csv)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="85" />
        <source>Export the plan to a spreadsheet</source>
        <translation>Exporter le plan vers un tableur</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="98" />
        <source>Import a plan</source>
        <translation>Importer un plan</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="99" />
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="111" />
        <source>Nothing was imported</source>
        <translation>Rien n'a été importé</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder, a pipe or a device).</source>
        <translation>%1 n'est pas un fichier (un dossier, un tube ou un périphérique).</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB.</source>
        <translation>%1 dépasse 50 Mo.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="123" />
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="136" />
        <source>Week %1 · %2</source>
        <translation>Semaine %1 · %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="146" />
        <source>Save the week as PDF</source>
        <translation>Enregistrer la semaine en PDF</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="146" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/plan_files.py" line="86" />
        <source>CSV for other programs, without byte order mark (*.csv)</source>
        <translation>CSV pour d'autres logiciels, sans BOM (*.csv)</translation>
    </message>
</context>
<context>
    <name>PostCardDelegate</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/week_view.py" line="70" />
        <source>image</source>
        <translation>image</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="1" />
        <source>Previe&amp;w…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="1" />
        <source>How it will look on each chosen network</source>
        <translation>L'aspect de la publication sur chaque réseau choisi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_shapes.py" line="1" />
        <source>Crop for %1…</source>
        <translation>Recadrer pour %1…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_shapes.py" line="1" />
        <source>%1 takes %2: your crop is used.</source>
        <translation>%1 accepte %2 : votre recadrage est utilisé.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_shapes.py" line="1" />
        <source>%1 takes %2: the middle is used.</source>
        <translation>%1 accepte %2 : le milieu est utilisé.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_shapes.py" line="1" />
        <source>Instagram: publish as a Story (9:16)</source>
        <translation>Instagram : publier en Story (9:16)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_shapes.py" line="1" />
        <source>%1 Story</source>
        <translation>Story %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_shapes.py" line="1" />
        <source>Small image (%1 × %2 pixels): it will look blurry on %3.</source>
        <translation>Petite image (%1 × %2 pixels) : elle sera floue sur %3.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_shapes.py" line="1" />
        <source>Better: one of at least %1 pixels on its short side.</source>
        <translation>Mieux : une image d'au moins %1 pixels sur son petit côté.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_shapes.py" line="1" />
        <source>Animated image: only its first frame is published.</source>
        <translation>Image animée : seule sa première image est publiée.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="141" />
        <source>Image of the post</source>
        <translation>Image de la publication</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="267" />
        <source>The post keeps the image shown above.</source>
        <translation>La publication garde l'image affichée au-dessus.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="267" />
        <source>The post has no image.</source>
        <translation>La publication n'a pas d'image.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="236" />
        <source>Loading the image…</source>
        <translation>Chargement de l'image…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="40" />
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="40" />
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="62" />
        <source>On a day (otherwise it stays an idea)</source>
        <translation>À une date (sinon elle reste une idée)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="66" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="67" />
        <source>At a time</source>
        <translation>À une heure</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="70" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="72" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="77" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="79" />
        <source>Who it is about</source>
        <translation>De qui on parle</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="81" />
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="83" />
        <source>&amp;Time:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="84" />
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="85" />
        <source>T&amp;heme:</source>
        <translation>Thè&amp;me :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="86" />
        <source>&amp;About:</source>
        <translation>S&amp;ujet :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="102" />
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="106" />
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="104" />
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="104" />
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="105" />
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="107" />
        <source>a number of times</source>
        <translation>après un nombre de fois</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="107" />
        <source>until a date</source>
        <translation>à une date</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="108" />
        <source>Repeat ends after</source>
        <translation>Fin de la répétition</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="112" />
        <source>Number of times</source>
        <translation>Nombre de fois</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="115" />
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="117" />
        <source>Ends:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="123" />
        <source>This changes one occurrence only; edit the whole series to change the repeat.</source>
        <translation>Ceci ne modifie qu'une occurrence ; modifiez toute la série pour changer la répétition.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="129" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="131" />
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="267" />
        <source>No image</source>
        <translation>Pas d'image</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="135" />
        <source>&amp;Choose image…</source>
        <translation>&amp;Choisir une image…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="137" />
        <source>Remo&amp;ve image</source>
        <translation>Re&amp;tirer l'image</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="146" />
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="162" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="164" />
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="168" />
        <source>Network with its own text</source>
        <translation>Réseau avec son propre texte</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="170" />
        <source>Separate text for:</source>
        <translation>Texte particulier pour :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="174" />
        <source>Empty: this network gets the main text.</source>
        <translation>Vide : ce réseau reçoit le texte principal.</translation>
    </message>
    <message>
        <source>Your typing can&apos;t be kept on disk right now: the disk is full. Keep this window open; free some space.</source>
        <translation>Ce que vous tapez ne peut pas être gardé sur le disque pour l&apos;instant : le disque est plein. Gardez cette fenêtre ouverte ; libérez de la place.</translation>
    </message>
    <message>
        <source>Your typing can&apos;t be kept on disk right now: the data file cannot be written. Keep this window open; it is kept again as soon as the file can be written.</source>
        <translation>Ce que vous tapez ne peut pas être gardé sur le disque pour l&apos;instant : le fichier de données ne peut pas être écrit. Gardez cette fenêtre ouverte ; tout sera de nouveau gardé dès que le fichier pourra être écrit.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="175" />
        <source>Text for this network</source>
        <translation>Texte pour ce réseau</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="183" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="185" />
        <source>&amp;Notes (not published):</source>
        <translation>&amp;Notes (non publiées) :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="223" />
        <source>Choose an image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="224" />
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="235" />
        <source>The image could not be copied next to the data file.</source>
        <translation>L'image n'a pas pu être copiée à côté du fichier de données.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="256" />
        <source>%1 too many</source>
        <translation>%1 de trop</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="248" />
        <source>%1: %2 / %3</source>
        <translation>%1 : %2 / %3</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="258" />
        <source>Choose at least one network.</source>
        <translation>Choisissez au moins un réseau.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="260" />
        <source>Tip: %1</source>
        <translation>Conseil — %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" line="271" />
        <source>The image file is missing from the media folder.</source>
        <translation>Le fichier image manque dans le dossier « media ».</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>What the image shows, for people who cannot see it.</source>
        <translation>Ce que montre l'image, pour les personnes qui ne la voient pas.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>A&amp;lt text of the image:</source>
        <translation>Texte a&amp;lternatif de l'image :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>Google post</source>
        <translation>Publication Google</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>Update</source>
        <translation>Nouveauté</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>Kind of Google post</source>
        <translation>Type de publication Google</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>Title of the offer or event</source>
        <translation>Titre de l'offre ou de l'événement</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>First day of the offer or event</source>
        <translation>Premier jour de l'offre ou de l'événement</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>Last day of the offer or event</source>
        <translation>Dernier jour de l'offre ou de l'événement</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>K&amp;ind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>Titl&amp;e:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>Google rejects a post with a phone number in its text: customers call with the profile's Call button.</source>
        <translation>Google refuse une publication dont le texte contient un numéro de téléphone : les clients appellent avec le bouton Appeler de la fiche.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>Google takes at most %1 characters.</source>
        <translation>Google accepte au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>An offer or an event needs a title.</source>
        <translation>Une offre ou un événement a besoin d'un titre.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>Google takes a title of at most %1 characters.</source>
        <translation>Google accepte un titre de %1 caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>An offer or an event needs its first and last day.</source>
        <translation>Une offre ou un événement a besoin de son premier et de son dernier jour.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>The last day comes before the first day.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>This post has an image: write its alt text (what the image shows) before planning or publishing it, or keep it as a draft.</source>
        <translation>Cette publication a une image : écrivez son texte alternatif (ce que montre l'image) avant de la prévoir ou de la publier, ou gardez-la en brouillon.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" />
        <source>%1 does not exist that day (clocks go forward): the post will be at %2.</source>
        <translation>%1 n'existe pas ce jour-là (passage à l'heure d'été) : la publication sera à %2.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_dialog.py" />
        <source>%1 happens twice that day (clocks go back): the post will be at the first %1, summer time.</source>
        <translation>%1 a lieu deux fois ce jour-là (passage à l'heure d'hiver) : la publication sera à la première, à l'heure d'été.</translation>
    </message>
</context>
<context>
    <name>ExtrasDialog</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/extras_dialog.py" line="1" />
        <source>Hashtags and signatures</source>
        <translation>Hashtags et signatures</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/extras_dialog.py" line="1" />
        <source>Added to each post when the publishing assistant copies it, and counted in the network's character limit. Practitioners advise 3 to 5 hashtags on Instagram.</source>
        <translation>Ajoutés à chaque publication quand l'assistant de publication la copie, et comptés dans la limite de caractères du réseau. Les praticiens conseillent 3 à 5 hashtags sur Instagram.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/extras_dialog.py" line="1" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/extras_dialog.py" line="1" />
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/extras_dialog.py" line="1" />
        <source>Signature (e.g. Link in bio)</source>
        <translation>Signature (ex. : Lien dans la bio)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/extras_dialog.py" line="1" />
        <source>%1 takes at most %2 hashtags in a post; this one would have %3 (3 to 5 are advised).</source>
        <translation>%1 accepte au plus %2 hashtags par publication ; celle-ci en aurait %3 (3 à 5 sont conseillés).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/extras_dialog.py" line="1" />
        <source>%1: “%2” has two #; write one.</source>
        <translation>%1 : « %2 » a deux # ; n'en écrivez qu'un.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/extras_dialog.py" line="1" />
        <source>%1: “%2” is cut: the network reads only “%3” (a hyphen or a sign ends a hashtag).</source>
        <translation>%1 : « %2 » est coupé : le réseau ne lit que « %3 » (un tiret ou un signe termine un hashtag).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/extras_dialog.py" line="1" />
        <source>%1: “%2” is no hashtag: a hashtag needs letters or digits, not only an emoji or a sign.</source>
        <translation>%1 : « %2 » n'est pas un hashtag : il lui faut des lettres ou des chiffres, pas seulement un emoji ou un signe.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/extras_dialog.py" line="1" />
        <source>%1: “%2” is several hashtags with no space between them; write them apart: “%3”.</source>
        <translation>%1 : « %2 » réunit plusieurs hashtags sans espace entre eux ; séparez-les : « %3 ».</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/extras_dialog.py" line="1" />
        <source>%1: these words are not hashtags (no #): “%2”. They would be added to every post as “%3”.</source>
        <translation>%1 : ces mots ne sont pas des hashtags (pas de #) : « %2 ». Ils seraient ajoutés à chaque publication sous la forme « %3 ».</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/extras_dialog.py" line="1" />
        <source>%1: “%2” is the same hashtag %3 times (networks ignore capitals); tidying keeps the first.</source>
        <translation>%1 : « %2 » est le même hashtag %3 fois (les réseaux ignorent les majuscules) ; le nettoyage garde le premier.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/extras_dialog.py" line="1" />
        <source>%1: “%2” has no letter: networks do not link a hashtag of digits only.</source>
        <translation>%1 : « %2 » n'a aucune lettre : les réseaux ne font pas un lien d'un hashtag fait seulement de chiffres.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/extras_dialog.py" line="1" />
        <source>%1: “%2” is longer than %3 characters: too long for anyone to read or type.</source>
        <translation>%1 : « %2 » dépasse %3 caractères : trop long pour être lu ou tapé.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/extras_dialog.py" line="1" />
        <source>&amp;Tidy the hashtags</source>
        <translation>&amp;Nettoyer les hashtags</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/extras_dialog.py" line="1" />
        <source>Glued tags set apart, one # per tag, # given to bare words, the words of a cut tag joined, tags without a word and repeats left out; nothing else changes</source>
        <translation>Les hashtags collés séparés, un seul # par hashtag, un # ajouté aux mots qui n'en ont pas, les mots d'un hashtag coupé réunis, les hashtags sans mot et les doublons retirés ; rien d'autre ne change</translation>
    </message>
</context>
<context>
    <name>PostReady</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_ready.py" line="1" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="1" />
        <source>For each network: copy the text, paste it in the page that opens, add the image if any, publish. The Instagram Story is only its image. Then mark the post as published.</source>
        <translation>Pour chaque réseau : copiez le texte, collez-le dans la page qui s'ouvre, ajoutez l'image s'il y en a une, publiez. La Story Instagram, elle, n'est que son image. Puis marquez la publication comme publiée.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="1" />
        <source>Copy the Story image and open %1</source>
        <translation>Copier l'image de la Story et ouvrir %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="1" />
        <source>%1 Story (9:16): a Story has no caption, so the image is copied, not the text. In the Instagram app, tap + then Story (or your photo, “Your story”), add the image and share it to Your story. From a computer: Meta Business Suite, Create story.</source>
        <translation>Story %1 (9:16) : une Story n'a pas de légende, c'est donc l'image qui est copiée, pas le texte. Dans l'application Instagram, touchez + puis Story (ou votre photo, « Votre story »), ajoutez l'image et partagez-la dans Votre story. Depuis un ordinateur : Meta Business Suite, Créer une story.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="1" />
        <source>No page address in Local presence: only the image is copied.</source>
        <translation>Pas d'adresse de page dans Présence locale : seule l'image est copiée.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="1" />
        <source>Copy the text for a text box</source>
        <translation>Copier le texte pour une zone de texte</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="1" />
        <source>Copy the post's text, without hashtags or signature, for a text box in the %1 Story</source>
        <translation>Copier le texte de la publication, sans hashtags ni signature, pour une zone de texte de la Story %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="1" />
        <source>Copy the link to paste it in your browser, then click the Story's button again for the image.</source>
        <translation>Copiez le lien pour le coller dans votre navigateur, puis cliquez à nouveau sur le bouton de la Story pour copier l'image.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="1" />
        <source>Text copied, without hashtags or signature: in the %1 Story, tap Aa (or add a sticker) and paste it. Keep it to a few words: a Story is seen for a few seconds.</source>
        <translation>Texte copié, sans hashtags ni signature : dans la Story %1, touchez Aa (ou ajoutez un sticker) et collez-le. Quelques mots suffisent : une Story se regarde en quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_image.py" line="1" />
        <source>Story image for %1 copied (%2 pixels): add it as a Story. It is also saved as %3.</source>
        <translation>Image de la Story %1 copiée (%2 pixels) : ajoutez-la en Story. Elle est aussi enregistrée sous %3.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_image.py" line="1" />
        <source>Copy image for %1</source>
        <translation>Copier l'image pour %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_image.py" line="1" />
        <source>The image file is missing from the media folder or cannot be read.</source>
        <translation>Le fichier image manque dans le dossier « media » ou ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_image.py" line="1" />
        <source>The image could not be written next to the data file.</source>
        <translation>L'image n'a pas pu être enregistrée à côté du fichier de données.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_image.py" line="1" />
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_image.py" line="1" />
        <source>Image for %1 copied (%2 pixels): paste it in the post. It is also saved as %3.</source>
        <translation>Image pour %1 copiée (%2 pixels) : collez-la dans la publication. Elle est aussi enregistrée sous %3.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="42" />
        <source>Publish by hand</source>
        <translation>Publier à la main</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="45" />
        <source>For each network: copy the text, paste it in the page that opens, add the image if any, publish. Then mark the post as published.</source>
        <translation>Pour chaque réseau : copiez le texte, collez-le dans la page qui s'ouvre, ajoutez l'image s'il y en a une, publiez. Puis marquez la publication comme publiée.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="59" />
        <source>This post is on no network yet: edit it and choose where it goes, then publish it from here.</source>
        <translation>Cette publication n'est encore sur aucun réseau : modifiez-la et choisissez où elle paraît, puis publiez-la d'ici.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="52" />
        <source>Copy and open %1</source>
        <translation>Copier et ouvrir %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="57" />
        <source>No page address in Local presence: only the text is copied.</source>
        <translation>Pas d'adresse de page dans Présence locale : seul le texte est copié.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="65" />
        <source>&amp;Mark as published</source>
        <translation>&amp;Marquer comme publiée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="73" />
        <source>Text for %1 copied.</source>
        <translation>Texte pour %1 copié.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="75" />
        <source>Opened %1.</source>
        <translation>Page ouverte : %1.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="63" />
        <source>Copy the &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="64" />
        <source>Copy the page's link</source>
        <translation>Copier le lien de la page</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="83" />
        <source>Copy the link to paste it in your browser, then click the network's button again for the text.</source>
        <translation>Copiez le lien pour le coller dans votre navigateur, puis cliquez à nouveau sur le bouton du réseau pour copier le texte.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="1" />
        <source>No alt-text field there: the image's description is added at the end of the text.</source>
        <translation>Pas de champ de texte alternatif sur ce réseau : la description de l'image est ajoutée à la fin du texte.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="1" />
        <source>What the image shows, for people who cannot see it.</source>
        <translation>Ce que montre l'image, pour les personnes qui ne la voient pas.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="1" />
        <source>&amp;Alt text of the image (needed to publish):</source>
        <translation>&amp;Texte alternatif de l'image (nécessaire pour publier) :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="1" />
        <source>This post has an image: write its alt text (what the image shows) before marking it as published.</source>
        <translation>Cette publication a une image : écrivez son texte alternatif (ce que montre l'image) avant de la marquer comme publiée.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="1" />
        <source>Copy alt text</source>
        <translation>Copier le texte alternatif</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="1" />
        <source>Copy the image's alt text for %1</source>
        <translation>Copier le texte alternatif de l'image pour %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/publish_dialog.py" line="1" />
        <source>Alt text copied: paste it in the image's alt-text field on %1.</source>
        <translation>Texte alternatif copié : collez-le dans le champ de texte alternatif de l'image sur %1.</translation>
    </message>
</context>
<context>
    <name>WeekPrint</name>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/printing.py" line="92" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/draft_offer.py" line="19" />
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/draft_offer.py" line="20" />
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/draft_offer.py" line="28" />
        <source>A post was not finished</source>
        <translation>Une publication n'était pas terminée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/draft_offer.py" line="29" />
        <source>You were writing a post when SocialDesk closed: %1</source>
        <translation>Vous écriviez une publication quand SocialDesk s'est fermé : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/draft_offer.py" line="31" />
        <source>&amp;Open it</source>
        <translation>&amp;L'ouvrir</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/draft_offer.py" line="33" />
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
</context>
<context>
    <name>CalendarDays</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/week_view.py" />
        <source>Closed</source>
        <comment>under a day's date: the shop is closed that day</comment>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>New Year's Day</source>
        <translation>Jour de l'an</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>1 May (Labour Day)</source>
        <translation>1er mai (fête du Travail)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>8 May (Victory 1945)</source>
        <translation>8 mai (Victoire 1945)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Whit Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>14 July (Bastille Day)</source>
        <translation>14 juillet (fête nationale)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Assumption Day</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>All Saints' Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Armistice Day</source>
        <translation>Armistice 1918</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Epiphany (galette des rois)</source>
        <translation>Épiphanie (galette des rois)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Winter sales start</source>
        <translation>Début des soldes d'hiver</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Candlemas (crêpes)</source>
        <translation>Chandeleur (crêpes)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Valentine's Day</source>
        <translation>Saint-Valentin</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Grandmothers' Day</source>
        <translation>Fête des grands-mères</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Easter</source>
        <translation>Pâques</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Mother's Day</source>
        <translation>Fête des mères</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Father's Day</source>
        <translation>Fête des pères</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Fête de la musique</source>
        <translation>Fête de la musique</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Summer sales start</source>
        <translation>Début des soldes d'été</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Beaujolais nouveau</source>
        <translation>Beaujolais nouveau</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>New Year's Eve</source>
        <translation>Saint-Sylvestre</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>%1: a public holiday in France. Is the shop open?</source>
        <translation>%1 : jour férié en France. La boutique est-elle ouverte ?</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>%1: a date of the shop calendar, something to post about if it fits the shop.</source>
        <translation>%1 : une date du calendrier des commerçants, un sujet de publication si elle convient à la boutique.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Usual posting day — nothing planned</source>
        <translation>Jour de publication habituel — rien de prévu</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>One of the posting days you chose, with nothing planned yet. Better to stay silent than to post something dull.</source>
        <translation>Un des jours de publication que vous avez choisis, sans rien de prévu pour l'instant. Mieux vaut se taire que publier quelque chose de fade.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>Too long for %1 (%2 / %3)</source>
        <translation>Trop long pour %1 (%2 / %3)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/day_notes.py" />
        <source>long</source>
        <comment>too long, in a narrow day column</comment>
        <translation>long</translation>
    </message>
</context>
<context>
    <name>PostChecks</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_checks.py" />
        <source>A day in the past</source>
        <translation>Un jour passé</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_checks.py" />
        <source>This day is past — plan it anyway?</source>
        <translation>Ce jour est passé — planifier la publication quand même ?</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_checks.py" />
        <source>&amp;Plan it anyway</source>
        <translation>&amp;Planifier quand même</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_checks.py" />
        <source>&amp;Choose another day</source>
        <translation>&amp;Choisir un autre jour</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_checks.py" />
        <source>A network cuts or refuses a text over its limit. Keep it as it is?</source>
        <translation>Un réseau coupe ou refuse un texte trop long. Le garder tel quel ?</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_checks.py" />
        <source>Text too long</source>
        <translation>Texte trop long</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_checks.py" />
        <source>&amp;Keep it</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_checks.py" />
        <source>&amp;Shorten it</source>
        <translation>&amp;Raccourcir</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_checks.py" />
        <source>The network will cut or refuse this text. Copy it anyway?</source>
        <translation>Le réseau coupera ou refusera ce texte. Le copier quand même ?</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_checks.py" />
        <source>&amp;Copy anyway</source>
        <translation>&amp;Copier quand même</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/post_checks.py" />
        <source>&amp;Don't copy</source>
        <translation>&amp;Ne pas copier</translation>
    </message>
</context>
<context>
    <name>NetworkChip</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/network_chip.py" />
        <source>%1, selected</source>
        <translation>%1, sélectionné</translation>
    </message>
</context>
<context>
    <name>NetworkPicker</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/network_picker.py" />
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/network_picker.py" />
        <source>&amp;More networks…</source>
        <translation>Autres &amp;réseaux…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/network_picker.py" />
        <source>&amp;Fewer networks</source>
        <translation>Moins de &amp;réseaux</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/network_picker.py" />
        <source>Your strategy's networks come first.</source>
        <translation>Les réseaux de votre stratégie viennent en premier.</translation>
    </message>
</context>
<context>
    <name>Closures</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_words.py" />
        <source>Print the door sign: “%1”</source>
        <translation>Imprimer l&apos;affiche de la porte : « %1 »</translation>
    </message>
    <message>
        <source>Shop closed</source>
        <translation>Boutique fermée</translation>
    </message>
    <message>
        <source>from %1 to %2 (%3 days)</source>
        <translation>du %1 au %2 (%3 jours)</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 days)</source>
        <translation>%1 – %2 (%3 jours)</translation>
    </message>
    <message>
        <source>Google: set the holiday hours (confirm them even if unchanged)</source>
        <translation>Google : indiquer les horaires exceptionnels (les confirmer même s'ils ne changent pas)</translation>
    </message>
    <message>
        <source>Google: mark the shop “temporarily closed” for these dates</source>
        <translation>Google : indiquer la boutique « temporairement fermée » pour ces dates</translation>
    </message>
    <message>
        <source>Apple Maps: set the special hours in Apple Business Connect</source>
        <translation>Apple Plans : indiquer les horaires exceptionnels dans Apple Business Connect</translation>
    </message>
    <message>
        <source>%1: show the closure (hours or a note)</source>
        <translation>%1 : signaler la fermeture (horaires ou note)</translation>
    </message>
    <message>
        <source>Listing with no name</source>
        <translation>Fiche sans nom</translation>
    </message>
    <message>
        <source>Google: set “Closed” in the holiday hours</source>
        <translation>Google : indiquer « Fermé » dans les horaires exceptionnels</translation>
    </message>
    <message>
        <source>Apple Maps: set “Closed” in the special hours in Apple Business Connect</source>
        <translation>Apple Plans : indiquer « Fermé » dans les horaires exceptionnels d'Apple Business Connect</translation>
    </message>
    <message>
        <source>A post announcing it, placed on the calendar</source>
        <translation>Une publication qui l'annonce, placée dans le calendrier</translation>
    </message>
    <message>
        <source>Closed %1 days in a row: Google’s holiday hours cover at most 6 days. Mark the shop “temporarily closed” instead, and reopen it on Google when you are back.</source>
        <translation>Fermé %1 jours de suite : les horaires exceptionnels de Google couvrent 6 jours au plus. Indiquez plutôt la boutique « temporairement fermée », et rouvrez-la sur Google à votre retour.</translation>
    </message>
    <message>
        <source>Closed on %1. See you soon!</source>
        <translation>Fermé le %1. À bientôt !</translation>
    </message>
    <message>
        <source>Back on %1.</source>
        <translation>Réouverture le %1.</translation>
    </message>
    <message>
        <source>Closed from %1 to %2 (%3).</source>
        <translation>Fermé du %1 au %2 (%3).</translation>
    </message>
    <message>
        <source>Holidays from %1 to %2.</source>
        <translation>Vacances du %1 au %2.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_words.py" />
        <source>Google: set the special hours for that day (%1)</source>
        <translation>Google : indiquer les horaires exceptionnels de ce jour (%1)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_words.py" />
        <source>Apple Maps: set the special hours (%1) in Apple Business Connect</source>
        <translation>Apple Plans : indiquer les horaires exceptionnels (%1) dans Apple Business Connect</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_words.py" />
        <source>%1: show the special hours (%2)</source>
        <translation>%1 : indiquer les horaires exceptionnels (%2)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_words.py" />
        <source>Open on %1, %2. See you soon!</source>
        <translation>Ouvert le %1 %2. À bientôt !</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_words.py" />
        <source>%1; %2</source>
        <comment>days the shop opens, one after the other</comment>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_words.py" />
        <source>Google: set the special hours (%1)</source>
        <translation>Google : indiquer les horaires exceptionnels (%1)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_words.py" />
        <source>%1 (but open %2)</source>
        <translation>%1 (mais ouvert %2)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_words.py" />
        <source>%1; reopen it on Google %2</source>
        <translation>%1 ; rouvrez-la sur Google %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_words.py" />
        <source>on %1, %2</source>
        <comment>a date and the hours the shop opens that day</comment>
        <translation>le %1 %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_words.py" />
        <source>from %1 to %2, %3</source>
        <comment>days in a row and the hours the shop opens them</comment>
        <translation>du %1 au %2 %3</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_words.py" />
        <source>on %1 and %2, %3</source>
        <comment>two days in a row and the hours the shop opens them</comment>
        <translation>les %1 et %2 %3</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_words.py" />
        <source>Open %1</source>
        <comment>on a date, or from one to another, with the hours</comment>
        <translation>Ouvert %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_words.py" />
        <source>More days open: see our hours online</source>
        <translation>Autres jours d'ouverture : voir nos horaires en ligne</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_words.py" />
        <source>%1, some days open</source>
        <translation>%1, certains jours ouverts</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_words.py" />
        <source>Open %1.</source>
        <comment>on a date, or from one to another, with the hours</comment>
        <translation>Ouvert %1.</translation>
    </message>
</context>
<context>
    <name>OccasionTasks</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>Door sign (PDF)…</source>
        <translation>Affiche de la porte (PDF)…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>Save the door sign as PDF</source>
        <translation>Enregistrer l&apos;affiche de la porte en PDF</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Ready post: “%1”</source>
        <translation>Publication prête : « %1 »</translation>
    </message>
    <message>
        <source>Place it on the calendar (%1)</source>
        <translation>Placer dans le calendrier (%1)</translation>
    </message>
    <message>
        <source>Place the ready post on the calendar</source>
        <translation>Placer la publication prête dans le calendrier</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>Ready post: say first whether the shop opens that day.</source>
        <translation>Publication prête : dites d'abord si la boutique ouvre ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>Place it on the calendar today (%1)</source>
        <translation>Placer dans le calendrier aujourd'hui (%1)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>Placed on the calendar (%1)</source>
        <translation>Placée dans le calendrier (%1)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>Placed on the calendar</source>
        <translation>Placée dans le calendrier</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>Too late to place the post</source>
        <translation>Trop tard pour placer la publication</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>⚠ Still planned while the shop is closed (nothing is moved; check that each still makes sense):</source>
        <translation>⚠ Encore prévu alors que la boutique est fermée (rien n'est déplacé ; vérifiez que chaque publication a encore du sens) :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>Show them in the calendar</source>
        <translation>Les voir dans le calendrier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>%n post(s) still announce(s) the old dates or hours (%1).</source>
        <translation>
            <numerusform>Une publication annonce encore les anciennes dates ou heures (%1).</numerusform>
            <numerusform>%n publications annoncent encore les anciennes dates ou heures (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>Show it/them in the calendar</source>
        <translation>
            <numerusform>La voir dans le calendrier</numerusform>
            <numerusform>Les voir dans le calendrier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>%1 Remove it/them from the calendar, now that the post with the new dates is placed? If you keep it/them, it/they will be published too.</source>
        <translation>
            <numerusform>%1 La retirer du calendrier, maintenant que la publication aux nouvelles dates est placée ? Si vous la gardez, elle sera publiée aussi.</numerusform>
            <numerusform>%1 Les retirer du calendrier, maintenant que la publication aux nouvelles dates est placée ? Si vous les gardez, elles seront publiées aussi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>&amp;Remove it/them</source>
        <translation>
            <numerusform>&amp;Retirer la publication</numerusform>
            <numerusform>&amp;Retirer les publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>&amp;Keep it/them</source>
        <translation>
            <numerusform>&amp;Garder la publication</numerusform>
            <numerusform>&amp;Garder les publications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>The old dates</source>
        <translation>Les anciennes dates</translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>Shop closed</source>
        <translation>Boutique fermée</translation>
    </message>
    <message>
        <source>Annual leave, works…</source>
        <translation>Congés annuels, travaux…</translation>
    </message>
    <message>
        <source>&amp;First day closed:</source>
        <translation>&amp;Premier jour de fermeture :</translation>
    </message>
    <message>
        <source>&amp;Last day closed:</source>
        <translation>&amp;Dernier jour de fermeture :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message>
        <source>A closure lasts a year at most: its last day is %1 at the latest.</source>
        <translation>Une fermeture dure un an au plus : son dernier jour est au plus tard le %1.</translation>
    </message>
</context>
<context>
    <name>YearDialog</name>
    <message>
        <source>Within a closure: its tasks and post cover this day.</source>
        <translation>Pendant une fermeture : ses tâches et sa publication couvrent ce jour.</translation>
    </message>
    <message>
        <source>The shop is closed on that weekday anyway: nothing to announce.</source>
        <translation>La boutique est fermée ce jour de la semaine de toute façon : rien à annoncer.</translation>
    </message>
    <message>
        <source>This closure shares days with another one: %1. Merge them into one closure? If you keep both, their tasks and ready post are made once, for the whole period.</source>
        <translation>Cette fermeture a des jours en commun avec une autre : %1. Les réunir en une seule fermeture ? Si vous gardez les deux, leurs tâches et leur publication prête ne sont faites qu'une fois, pour toute la période.</translation>
    </message>
    <message>
        <source>Closures overlap</source>
        <translation>Fermetures qui se chevauchent</translation>
    </message>
    <message>
        <source>&amp;Merge them</source>
        <translation>&amp;Les réunir</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>Holidays and closures</source>
        <translation>Jours fériés et fermetures</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Special days of the year</source>
        <translation>Jours particuliers de l'année</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Add a closure…</source>
        <translation>&amp;Ajouter une fermeture…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Prepare…</source>
        <translation>&amp;Préparer…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année :</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Shop calendar</source>
        <translation>Calendrier de la boutique</translation>
    </message>
    <message>
        <source>Shop closed</source>
        <translation>Boutique fermée</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Remove the closure %1?</source>
        <translation>Supprimer la fermeture %1 ?</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>Remove the closure %1? Its ready post (%2) is taken off the calendar too.</source>
        <translation>Supprimer la fermeture %1 ? Sa publication prête (%2) est aussi retirée du calendrier.</translation>
    </message>
    <message>
        <source>Remove a closure</source>
        <translation>Supprimer une fermeture</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;La garder</translation>
    </message>
</context>
<context>
    <name>PrepareDialog</name>
    <message>
        <source>Before the holiday or closure</source>
        <translation>Avant le jour férié ou la fermeture</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>&amp;Year…</source>
        <translation>A&amp;nnée…</translation>
    </message>
    <message>
        <source>Holidays and closures of the year</source>
        <translation>Jours fériés et fermetures de l'année</translation>
    </message>
</context>
<context>
    <name>CalendarDays</name>
    <message>
        <source>Good Friday (Alsace-Moselle)</source>
        <translation>Vendredi saint (Alsace-Moselle)</translation>
    </message>
    <message>
        <source>26 December (Alsace-Moselle)</source>
        <translation>26 décembre (Alsace-Moselle)</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>Holidays and closures in the next three weeks</source>
        <translation>Jours fériés et fermetures des trois semaines à venir</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Alsace-Moselle: Good Friday and 26 December are holidays too</source>
        <translation>&amp;Alsace-Moselle : le Vendredi saint et le 26 décembre sont fériés aussi</translation>
    </message>
</context>
<context>
    <name>MonthMode</name>
    <message>
        <source>&amp;Week</source>
        <translation>S&amp;emaine</translation>
    </message>
    <message>
        <source>Show a week</source>
        <translation>Afficher une semaine</translation>
    </message>
    <message>
        <source>M&amp;onth</source>
        <translation>M&amp;ois</translation>
    </message>
    <message>
        <source>Show a month, to see the holes in the cadence</source>
        <translation>Afficher un mois, pour voir les trous dans le rythme de publication</translation>
    </message>
    <message>
        <source>◀ P&amp;revious</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <source>Previous month (Alt+Left)</source>
        <translation>Mois précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>Ce &amp;mois</translation>
    </message>
    <message>
        <source>This month (Alt+Home)</source>
        <translation>Ce mois-ci (Alt+Début)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>S&amp;uivant ▶</translation>
    </message>
    <message>
        <source>Next month (Alt+Right)</source>
        <translation>Mois suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Fermé : %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Rien de prévu</translation>
    </message>
    <message numerus="yes">
        <source>Month: %n usual posting day(s) with nothing planned</source>
        <translation>
            <numerusform>Mois : %n jour de publication habituel sans rien de prévu</numerusform>
            <numerusform>Mois : %n jours de publication habituels sans rien de prévu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Open the week of %1</source>
        <translation>Ouvrir la semaine du %1</translation>
    </message>
    <message>
        <source>no post</source>
        <translation>aucune publication</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 de plus</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n publication</numerusform>
            <numerusform>%n publications</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing planned this month yet.</source>
        <translation>Rien de prévu ce mois-ci pour l'instant.</translation>
    </message>
    <message>
        <source>Pl&amp;an a post…</source>
        <translation>Planifier une publica&amp;tion…</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/week_view.py" line="1" />
        <source>Nothing planned this week yet. One post is enough to start: a new product, a face of the shop, an event.</source>
        <translation>Rien de prévu cette semaine pour l'instant. Une publication suffit pour commencer : un nouveau produit, un visage de la boutique, un événement.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/week_view.py" line="1" />
        <source>Pl&amp;an a post…</source>
        <translation>Planifier une publica&amp;tion…</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/crop_dialog.py" line="1" />
        <source>Crop for %1</source>
        <translation>Recadrer pour %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/crop_dialog.py" line="1" />
        <source>%1 takes images of %2. Drag the frame, or move it with the arrow keys (Shift: faster). The original image is not changed.</source>
        <translation>%1 accepte les images de %2. Faites glisser le cadre, ou déplacez-le avec les flèches du clavier (Maj : plus vite). L'image d'origine n'est pas modifiée.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/crop_dialog.py" line="1" />
        <source>Crop frame for %1</source>
        <translation>Cadre de recadrage pour %1</translation>
    </message>
</context>
<context>
    <name>NetworkMockup</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/preview_dialog.py" line="1" />
        <source>A Story shows the image alone, full screen, for a few seconds: no caption under it. A few words can go on the image in a text box or sticker, added in Instagram.</source>
        <translation>Une Story montre l'image seule, en plein écran, quelques secondes : pas de légende dessous. Quelques mots peuvent aller sur l'image, dans une zone de texte ou un sticker ajoutés dans Instagram.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/preview_dialog.py" line="1" />
        <source>Image as %1 shows it</source>
        <translation>Image telle que %1 l'affiche</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/preview_dialog.py" line="1" />
        <source>Text as %1 shows it</source>
        <translation>Texte tel que %1 l'affiche</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/preview_dialog.py" line="1" />
        <source>%1 shows the links of a caption as plain text: nobody can tap them. Say where to find the page (“link in bio”).</source>
        <translation>%1 affiche les liens d'une légende en texte simple : personne ne peut les toucher. Dites où trouver la page (« lien dans la bio »).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/preview_dialog.py" line="1" />
        <source>… more</source>
        <translation>… plus</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/preview_dialog.py" line="1" />
        <source>Cut to %1, as this network takes it.</source>
        <translation>Recadrée en %1, comme ce réseau l'accepte.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/preview_dialog.py" line="1" />
        <source>%1 Story</source>
        <translation>Story %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/preview_dialog.py" line="1" />
        <source>How it will look</source>
        <translation>Aperçu de la publication</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/preview_dialog.py" line="1" />
        <source>Approximate: each phone and screen cuts the text a little differently.</source>
        <translation>Approximatif : chaque téléphone, chaque écran coupe le texte un peu différemment.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/preview_dialog.py" line="1" />
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
</context>
<context>
    <name>HolidayAnswer</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/holiday_answer.py" />
        <source>Ope&amp;n as usual</source>
        <translation>Ouvert comme d'ha&amp;bitude</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/holiday_answer.py" />
        <source>Special openin&amp;g hours…</source>
        <translation>&amp;Horaires exceptionnels…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/holiday_answer.py" />
        <source>Closed th&amp;at day</source>
        <translation>Fermé ce &amp;jour-là</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/holiday_answer.py" />
        <source>Is the shop open on %1? Say it once: the ready post and the listings' tasks follow your answer.</source>
        <translation>La boutique est-elle ouverte le %1 ? Dites-le une fois : la publication prête et les tâches des fiches suivent votre réponse.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/holiday_answer.py" />
        <source>Open on %1: %2.</source>
        <translation>Ouvert le %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/holiday_answer.py" />
        <source>Closed on %1.</source>
        <translation>Fermé le %1.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/holiday_answer.py" />
        <source>Usual hours that weekday: %1</source>
        <translation>Horaires habituels ce jour de la semaine : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/holiday_answer.py" />
        <source>The shop's week has no hours for that weekday.</source>
        <translation>La semaine de la boutique n'a pas d'horaires pour ce jour.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>DoorSign</name>
    <message>
        <location filename="../../socialdesk/ui/calendar/door_sign.py" />
        <source>Not printed: %1</source>
        <translation>Non imprimée : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/door_sign.py" />
        <source>A door sign needs your Google listing, or the shop&apos;s name and address in the Strategy tab.</source>
        <translation>Une affiche de porte a besoin de votre fiche Google, ou du nom et de l&apos;adresse de la boutique dans l&apos;onglet Stratégie.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/door_sign.py" />
        <source>Not printed: the door sign&apos;s code would not read. Check the Google listing&apos;s link, or print the door sign from the QR code page.</source>
        <translation>Non imprimée : le code de l&apos;affiche ne se lirait pas. Vérifiez le lien de la fiche Google, ou imprimez l&apos;affiche depuis la page du code QR.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/door_sign.py" />
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/door_sign.py" />
        <source>Door sign</source>
        <translation>Affiche de la porte</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/door_sign.py" />
        <source>Save the door sign as PDF</source>
        <translation>Enregistrer l&apos;affiche de la porte en PDF</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/calendar/door_sign.py" />
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IdeasList</name>
    <message>
        <source>No idea waiting. An idea without a day waits here until you drag it onto one.</source>
        <translation>Aucune idée en attente. Une idée sans date attend ici jusqu&apos;à ce que vous la glissiez sur un jour.</translation>
    </message>
</context>
</TS>
