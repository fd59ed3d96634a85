<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChecklistPrint</name>
    <message>
        <location filename="../../socialdesk/ui/rules/printout.py" line="52" />
        <source>Holidays and closures in the next three weeks</source>
        <translation>Jours fériés et fermetures des trois semaines à venir</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/printout.py" line="38" />
        <source>Community checklist</source>
        <translation>Check-list de la semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/printout.py" line="42" />
        <source>The week's posts</source>
        <translation>Publications de la semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/printout.py" line="42" />
        <source>No posts: fine if there is nothing to say.</source>
        <translation>Aucune publication : rien de grave s'il n'y a rien à dire.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/printout.py" line="48" />
        <source>Community rules</source>
        <translation>Règles d'animation</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/printout.py" line="48" />
        <source>No rules on the checklist.</source>
        <translation>Aucune règle dans la check-list.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/printout.py" line="53" />
        <source>Key people to contact</source>
        <translation>Relais à contacter</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/printout.py" line="54" />
        <source>Printed on %1 by SocialDesk. Tick on paper, then in the app.</source>
        <translation>Imprimé le %1 par SocialDesk. Cochez sur papier, puis dans l'application.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/printout.py" line="129" />
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
</context>
<context>
    <name>CompletionChart</name>
    <message>
        <location filename="../../socialdesk/ui/rules/chart.py" line="21" />
        <source>Completion chart</source>
        <translation>Graphique de réalisation</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/chart.py" line="35" />
        <source>no rules</source>
        <translation>aucune règle</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/chart.py" line="36" />
        <source>week %1: %2</source>
        <translation>semaine %1 : %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/chart.py" line="40" />
        <source>; </source>
        <comment>between two weeks in the chart's words</comment>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/chart.py" line="43" />
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/chart.py" line="126" />
        <source>%1 % or more done</source>
        <translation>faite à %1 % ou plus</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/chart.py" line="127" />
        <source>less</source>
        <translation>moins</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/chart.py" line="128" />
        <source>nothing due</source>
        <translation>rien à faire</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/chart.py" line="129" />
        <source>target</source>
        <translation>objectif</translation>
    </message>
</context>
<context>
    <name>DriverDialog</name>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="75" />
        <source>Edit key person</source>
        <translation>Modifier le relais</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="75" />
        <source>New key person</source>
        <translation>Nouveau relais</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="78" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="80" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="85" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="86" />
        <source>None (in person, phone…)</source>
        <translation>Aucun (en personne, téléphone…)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="91" />
        <source>Username or contact</source>
        <translation>Nom d'utilisateur ou coordonnées</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="109" />
        <source>Last contact on</source>
        <translation>Dernier contact le</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="114" />
        <source>Last contact date</source>
        <translation>Date du dernier contact</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="94" />
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="95" />
        <source>e.g. invite to taste the new galette</source>
        <translation>ex. : inviter à goûter la nouvelle galette</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="97" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="98" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="99" />
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="100" />
        <source>Net&amp;work:</source>
        <translation>Rése&amp;au :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="101" />
        <source>&amp;Username:</source>
        <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="102" />
        <source>Contact:</source>
        <translation>Contact :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="103" />
        <source>Ne&amp;xt step:</source>
        <translation>Prochaine é&amp;tape :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="104" />
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
</context>
<context>
    <name>DriversPage</name>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" />
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" />
        <source>&amp;Keep</source>
        <translation>&amp;Le garder</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" line="18" />
        <source>Remove this key person?</source>
        <translation>Retirer ce relais ?</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" line="19" />
        <source>%1 and the notes about them leave the list.</source>
        <translation>%1 et les notes à son sujet quittent la liste.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" line="32" />
        <source>You rarely create a community: you bring together the one around you by winning over its key people. Those you have not heard from for the longest time come first.</source>
        <translation>On crée rarement une communauté : on fédère celle qui existe autour de soi en ralliant ses relais. Ceux dont vous n'avez pas eu de nouvelles depuis le plus longtemps sont en tête.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" line="37" />
        <source>Key people</source>
        <translation>Relais</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" line="38" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" line="38" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" line="38" />
        <source>Network / username</source>
        <translation>Réseau / nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" line="39" />
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" line="39" />
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" line="53" />
        <source>C&amp;ontacted this week</source>
        <translation>C&amp;ontacté cette semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" line="54" />
        <source>&amp;Add key person…</source>
        <translation>A&amp;jouter un relais…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" line="55" />
        <source>Chan&amp;ge…</source>
        <translation>Modifi&amp;er…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" line="56" />
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" line="75" />
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" line="79" />
        <source>(this week)</source>
        <translation>(cette semaine)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" line="116" />
        <source>Already in the list</source>
        <translation>Déjà dans la liste</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/drivers_page.py" line="117" />
        <source>%1 is already among the key people of this group.</source>
        <translation>%1 fait déjà partie des relais de ce groupe.</translation>
    </message>
    <message>
        <source>Also ticks the rule “contact or thank a key person” for this week; click again to undo</source>
        <translation>Coche aussi la règle « contacter ou remercier un relais » pour cette semaine ; cliquez à nouveau pour annuler</translation>
    </message>
    <message>
        <source>No key person yet. Start with two or three who already talk about the shop: a faithful customer, a neighbouring shop, a supplier.</source>
        <translation>Aucun relais pour l&apos;instant. Commencez par deux ou trois personnes qui parlent déjà de la boutique : un client fidèle, un commerce voisin, un fournisseur.</translation>
    </message>
    <message>
        <source>Add the f&amp;irst key person…</source>
        <translation>C&amp;hoisir un premier relais…</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../socialdesk/ui/rules/history_page.py" line="21" />
        <source>Last 12 weeks</source>
        <translation>12 dernières semaines</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/history_page.py" line="22" />
        <source>Last 52 weeks</source>
        <translation>52 dernières semaines</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/history_page.py" line="23" />
        <source>Weeks shown</source>
        <translation>Semaines affichées</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/history_page.py" line="32" />
        <source>This week:</source>
        <translation>Cette semaine :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/history_page.py" line="33" />
        <source>Weeks in a row:</source>
        <translation>Semaines d'affilée :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/history_page.py" line="34" />
        <source>Average:</source>
        <translation>Moyenne :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/history_page.py" line="38" />
        <source>Rules most often missed</source>
        <translation>Règles le plus souvent oubliées</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/history_page.py" line="66" />
        <source>nothing due</source>
        <translation>rien à faire</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/history_page.py" line="67" />
        <source>%1 % (rules done: %2 of %3)</source>
        <translation>%1 % (règles faites : %2 sur %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/rules/history_page.py" line="74" />
        <source>%n week(s) in a row at %1 % or more</source>
        <translation>
            <numerusform>%n semaine d'affilée à %1 % ou plus</numerusform>
            <numerusform>%n semaines d'affilée à %1 % ou plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/history_page.py" line="78" />
        <source>no finished week yet</source>
        <translation>aucune semaine terminée pour l'instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/rules/history_page.py" line="82" />
        <source>%1 % over %n finished week(s)</source>
        <translation>
            <numerusform>%1 % sur %n semaine terminée</numerusform>
            <numerusform>%1 % sur %n semaines terminées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/history_page.py" line="87" />
        <source>No rule was missed in the closed weeks shown.</source>
        <translation>Aucune règle oubliée dans les semaines terminées affichées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/rules/history_page.py" line="90" />
        <source>%1 — missed in %2 of %n week(s)</source>
        <translation>
            <numerusform>%1 — oubliée %2 fois en %n semaine</numerusform>
            <numerusform>%1 — oubliée %2 fois en %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/history_page.py" line="1" />
        <source>Reviews answered:</source>
        <translation>Avis avec réponse :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/history_page.py" line="1" />
        <source>no count typed yet (Week page, “The week's reviews”)</source>
        <translation>aucun décompte saisi pour l&apos;instant (page Semaine, « Avis de la semaine »)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/history_page.py" line="1" />
        <source>%1 of %2 received over the weeks shown</source>
        <translation>%1 sur %2 reçus dans les semaines affichées</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/history_page.py" line="1" />
        <source>week %1: %2 of %3</source>
        <translation>semaine %1 : %2 sur %3</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/history_page.py" line="1" />
        <source>week %1: %2 answered, only %3 received ⚠</source>
        <translation>semaine %1 : %2 réponses pour %3 avis reçus seulement ⚠</translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/rules/history_page.py" line="1" />
        <source>%n week(s) with more answers than reviews received: the extra answers are not counted in the total</source>
        <translation>
            <numerusform>%n semaine avec plus de réponses que d&apos;avis reçus : les réponses en trop ne comptent pas dans le total</numerusform>
            <numerusform>%n semaines avec plus de réponses que d&apos;avis reçus : les réponses en trop ne comptent pas dans le total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="30" />
        <source>Edit rule</source>
        <translation>Modifier la règle</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="30" />
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="33" />
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="34" />
        <source>What you did this week, e.g. Answered every Google review</source>
        <translation>Ce qu'il faut faire, ex. : répondre à chaque avis Google</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="36" />
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="37" />
        <source>One line: why it matters</source>
        <translation>Une ligne : pourquoi c'est important</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="39" />
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="40" />
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="41" />
        <source>Once a month</source>
        <translation>Une fois par mois</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="44" />
        <source>Week of the month</source>
        <translation>Semaine du mois</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="49" />
        <source>&amp;Rule:</source>
        <translation>&amp;Règle :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="50" />
        <source>&amp;Why:</source>
        <translation>Pour&amp;quoi :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="51" />
        <source>&amp;How often:</source>
        <translation>&amp;Fréquence :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/dialogs.py" line="52" />
        <source>In the &amp;week:</source>
        <translation>Dans la &amp;semaine :</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../socialdesk/ui/rules/rules_page.py" />
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/rules_page.py" />
        <source>&amp;Keep it</source>
        <translation>&amp;La garder</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/rules_page.py" line="35" />
        <source>Archive this rule?</source>
        <translation>Archiver cette règle ?</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/rules_page.py" line="36" />
        <source>It leaves the checklist from next week on. This week and past weeks keep it, with their ticks and notes.</source>
        <translation>Elle quitte la check-list à partir de la semaine prochaine. Cette semaine et les semaines passées la gardent, avec leurs coches et leurs notes.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/rules_page.py" line="49" />
        <source>Your rules, in the order of the checklist. Drag them, or use Ctrl+Up and Ctrl+Down, to reorder. Archiving keeps past weeks as they were.</source>
        <translation>Vos règles, dans l'ordre de la check-list. Faites-les glisser, ou utilisez Ctrl+Haut et Ctrl+Bas, pour changer l'ordre. Archiver laisse les semaines passées telles qu'elles étaient.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/rules_page.py" line="54" />
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/rules_page.py" line="64" />
        <source>Show archived rules</source>
        <translation>Afficher les règles archivées</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/rules_page.py" line="72" />
        <source>&amp;Add rule…</source>
        <translation>A&amp;jouter une règle…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/rules_page.py" line="73" />
        <source>Chan&amp;ge…</source>
        <translation>Modifi&amp;er…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/rules_page.py" line="74" />
        <source>M&amp;ove up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/rules_page.py" line="75" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/rules_page.py" line="76" />
        <source>Archive…</source>
        <translation>Archiver…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/rules_page.py" line="107" />
        <source>archived since %1</source>
        <translation>archivée depuis %1</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../socialdesk/ui/rules/tab.py" line="41" />
        <source>&amp;Week</source>
        <translation>Se&amp;maine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/tab.py" line="42" />
        <source>Over ti&amp;me</source>
        <translation>Dans la d&amp;urée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/tab.py" line="43" />
        <source>R&amp;ules</source>
        <translation>Rè&amp;gles</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/tab.py" line="44" />
        <source>Ke&amp;y people</source>
        <translation>Rela&amp;is</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/tab.py" line="54" />
        <source>◀ &amp;Previous week</source>
        <translation>◀ Semaine &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/tab.py" line="55" />
        <source>Ne&amp;xt week ▶</source>
        <translation>Semaine suivan&amp;te ▶</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/tab.py" line="56" />
        <source>&amp;This week</source>
        <translation>Cette semai&amp;ne</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/tab.py" line="58" />
        <source>Week shown</source>
        <translation>Semaine affichée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/tab.py" line="62" />
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/tab.py" line="63" />
        <source>Save as P&amp;DF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/tab.py" line="117" />
        <source>Community checklist — %1</source>
        <translation>Check-list — %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/tab.py" line="116" />
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/tab.py" line="129" />
        <source>Save the checklist as PDF</source>
        <translation>Enregistrer la check-list en PDF</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/tab.py" line="130" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RulesTexts</name>
    <message>
        <location filename="../../socialdesk/ui/rules/texts.py" line="42" />
        <source>Week %1 · %2 – %3</source>
        <translation>Semaine %1 · %2 – %3</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/texts.py" line="47" />
        <source>W%1 %2</source>
        <translation>S%1 %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/texts.py" line="52" />
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/texts.py" line="53" />
        <source>Employees</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/texts.py" line="54" />
        <source>Competitors</source>
        <translation>Concurrents</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/texts.py" line="55" />
        <source>People who recommend you</source>
        <translation>Prescripteurs (ceux qui recommandent)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/texts.py" line="56" />
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/texts.py" line="57" />
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/texts.py" line="64" />
        <source>week of the month's first Monday</source>
        <translation>semaine du premier lundi du mois</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/texts.py" line="65" />
        <source>week of the month's second Monday</source>
        <translation>semaine du deuxième lundi du mois</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/texts.py" line="66" />
        <source>week of the month's third Monday</source>
        <translation>semaine du troisième lundi du mois</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/texts.py" line="67" />
        <source>week of the month's fourth Monday</source>
        <translation>semaine du quatrième lundi du mois</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/texts.py" line="68" />
        <source>week of the month's last Monday</source>
        <translation>semaine du dernier lundi du mois</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/texts.py" line="75" />
        <source>every week</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/texts.py" line="76" />
        <source>monthly, %1</source>
        <translation>mensuelle, %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/texts.py" line="91" />
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/labels.py" line="1" />
        <source>from the interview</source>
        <translation>tirée de l'interview</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/labels.py" line="1" />
        <source>SocialDesk's advice</source>
        <translation>conseil de SocialDesk</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/labels.py" line="1" />
        <source>This rule comes from the 2011 interview.</source>
        <translation>Cette règle vient de l'interview de 2011.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/labels.py" line="1" />
        <source>This rule is SocialDesk's own advice: the interview does not give it.</source>
        <translation>Cette règle est un conseil propre à SocialDesk : l'interview ne la donne pas.</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" />
        <source>The week's checklist</source>
        <translation>La check-list de la semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" />
        <source>Mark as &amp;not published</source>
        <translation>Marquer comme &amp;non publiée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" />
        <source>&amp;Keep it published</source>
        <translation>La &amp;laisser publiée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="40" />
        <source>Not published after all?</source>
        <translation>Finalement pas publiée ?</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="41" />
        <source>Mark this post as not published? It goes back to planned and its publication time is forgotten.</source>
        <translation>Marquer cette publication comme non publiée ? Elle redevient prévue et son heure de publication est oubliée.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="70" />
        <source>The week's posts</source>
        <translation>Publications de la semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="75" />
        <source>Community rules</source>
        <translation>Règles d'animation</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="86" />
        <source>This week has not started yet: you can write notes, and tick once it has begun.</source>
        <translation>Cette semaine n'a pas encore commencé : vous pouvez écrire des notes, et cocher dès qu'elle aura commencé.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="107" />
        <source>Published: %1</source>
        <translation>Publiée : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="116" />
        <source>Not published yet</source>
        <translation>Pas encore publiée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="117" />
        <source>Published %1</source>
        <translation>Publiée le %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="1" />
        <source>No posts: fine if there is nothing to say.</source>
        <translation>Aucune publication : rien de grave s'il n'y a rien à dire.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/rules/week_page.py" line="125" />
        <source>Published: %1 of %n planned post(s).</source>
        <translation>
            <numerusform>Publiées : %1 sur %n prévue.</numerusform>
            <numerusform>Publiées : %1 sur %n prévues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/rules/week_page.py" line="128" />
        <source>Your strategy's rhythm: %n post(s) a week.</source>
        <translation>
            <numerusform>Rythme de votre stratégie : %n publication par semaine.</numerusform>
            <numerusform>Rythme de votre stratégie : %n publications par semaine.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="172" />
        <source>No rules were on the checklist that week.</source>
        <translation>Aucune règle n'était dans la check-list cette semaine-là.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="179" />
        <source>(monthly)</source>
        <translation>(mensuelle)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="189" />
        <location filename="../../socialdesk/ui/rules/week_page.py" line="228" />
        <source>Ticked %1</source>
        <translation>Cochée le %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="193" />
        <source>Note for the week (optional)</source>
        <translation>Note pour la semaine (facultative)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="194" />
        <source>Note for the week: %1</source>
        <translation>Note pour la semaine : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="214" />
        <source>Rules done this week: %1 of %2.</source>
        <translation>Règles respectées cette semaine : %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py"/>
        <source>Where they are: %1</source>
        <translation>Où ils sont : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py"/>
        <source>No printed code is recorded yet.</source>
        <translation>Aucun code imprimé n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="1" />
        <source>Write the few rules your shop keeps every week (or bring back the suggested ones) on the Rules page.</source>
        <translation>Écrivez les quelques règles d'animation que la boutique tient chaque semaine (ou reprenez celles proposées) dans la page Règles.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="1" />
        <source>Open the Rules pa&amp;ge</source>
        <translation>Écrire les règles de la &amp;boutique</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="1" />
        <source>Nothing ticked yet this week. Tick a rule once you have kept it; start with the first one.</source>
        <translation>Rien de coché cette semaine pour l'instant. Cochez une règle dès que vous l'avez tenue ; commencez par la première.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/week_page.py" line="1" />
        <source>St&amp;art with the first rule</source>
        <translation>Première règle à coc&amp;her</translation>
    </message>
    <message>
        <source>Nothing was ticked that week. Tick what was kept, even late; start with the first rule.</source>
        <translation>Rien n&apos;a été coché cette semaine-là. Cochez ce qui a été fait, même en retard ; commencez par la première règle.</translation>
    </message>
    <message>
        <source>Rules done that week: %1 of %2.</source>
        <translation>Règles respectées cette semaine-là : %1 sur %2.</translation>
    </message>
    <message>
        <source>No rules are on the checklist yet.</source>
        <translation>Aucune règle n&apos;est encore dans la check-list.</translation>
    </message>
    <message>
        <source>No rules are on the checklist this week.</source>
        <translation>Aucune règle n&apos;est dans la check-list cette semaine.</translation>
    </message>
    <message>
        <source>Rules to tick that week: %2.</source>
        <translation>Règles à cocher cette semaine-là : %2.</translation>
    </message>
</context>
<context>
    <name>ReviewTallyBox</name>
    <message>
        <location filename="../../socialdesk/ui/rules/review_tally.py" line="1" />
        <source>The week's reviews</source>
        <translation>Avis de la semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/review_tally.py" line="1" />
        <source>Reviews received</source>
        <translation>Avis reçus</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/review_tally.py" line="1" />
        <source>Reviews answered</source>
        <translation>Avis auxquels vous avez répondu</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/review_tally.py" line="1" />
        <source>Reply t&amp;o a review…</source>
        <translation>Rép&amp;ondre à un avis…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/review_tally.py" line="1" />
        <source>Reply to a review</source>
        <translation>Répondre à un avis</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/review_tally.py" line="1" />
        <source>Rece&amp;ived:</source>
        <translation>R&amp;eçus :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/review_tally.py" line="1" />
        <source>Answered:</source>
        <translation>A&amp;vec réponse :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/review_tally.py" line="1" />
        <source>Replies copied from SocialDesk: %1.</source>
        <translation>Réponses copiées depuis SocialDesk : %1.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/rules/review_tally.py" line="1" />
        <source>More answers than reviews received? Fine if some were last week&apos;s reviews; otherwise check the counts.</source>
        <translation>Plus de réponses que d&apos;avis reçus ? Normal si certains avis dataient d&apos;une semaine précédente ; sinon, vérifiez les chiffres.</translation>
    </message>
</context>
</TS>