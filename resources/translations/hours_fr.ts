<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" line="1" />
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" line="1" />
        <source>%1 closed</source>
        <translation>%1 fermé</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" />
        <source>%1, opens</source>
        <translation>%1, ouverture</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" />
        <source>%1, closes</source>
        <translation>%1, fermeture</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" />
        <source>%1, opens again</source>
        <translation>%1, réouverture</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" />
        <source>%1, closes again</source>
        <translation>%1, seconde fermeture</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" line="1" />
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" line="1" />
        <source>%1: a second range</source>
        <translation>%1 : une deuxième plage</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" line="1" />
        <source>Opens</source>
        <translation>Ouvre</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" line="1" />
        <source>Closes</source>
        <translation>Ferme</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" line="1" />
        <source>Copy T&amp;uesday to the other open days</source>
        <translation>Copier le mardi sur les au&amp;tres jours ouverts</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" line="1" />
        <source>Tuesday is closed: fill in Tuesday's hours first.</source>
        <translation>Le mardi est fermé : remplissez d'abord les horaires du mardi.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" line="1" />
        <source>Opening hours as text</source>
        <translation>Horaires d'ouverture en texte</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" line="1" />
        <source>or type them: Tue–Sat 7:00–13:00, 15:30–19:30; Sun 7:00–13:00</source>
        <translation>ou tapez-les : mar.–sam. 7 h–13 h, 15 h 30–19 h 30 ; dim. 7 h–13 h</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" line="1" />
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" line="1" />
        <source>Your hours are kept as you typed them (“%1”) and printed so, but SocialDesk could not read them: %2 Fill in the grid to have the listings compared.</source>
        <translation>Vos horaires sont gardés tels que vous les avez tapés (« %1 ») et imprimés ainsi, mais SocialDesk n'a pas pu les lire : %2 Remplissez la grille pour que les fiches soient comparées.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" line="1" />
        <source>Not kept: %1</source>
        <translation>Pas enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" line="1" />
        <source>Not read: %1</source>
        <translation>Pas lu : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" />
        <source>Read the typed hours</source>
        <translation>Lecture des horaires tapés</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" />
        <source>The typed hours only give: %1.
Open in the grid but not typed: %2.

Keep those days as they are, or close them?</source>
        <translation>Les horaires tapés ne donnent que : %1.
Ouverts dans la grille mais non tapés : %2.

Garder ces jours tels quels, ou les fermer ?</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" />
        <source>The other days</source>
        <translation>Les autres jours</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" />
        <source>&amp;Keep the other days</source>
        <translation>&amp;Garder les autres jours</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_editor.py" />
        <source>C&amp;lose the other days</source>
        <translation>&amp;Fermer les autres jours</translation>
    </message>
    <message>
        <source>No opening hours yet: untick “Closed” on each day the shop opens, or type them below.</source>
        <translation>Pas encore d&apos;horaires : décochez « Fermé » chaque jour où la boutique ouvre, ou tapez-les ci-dessous.</translation>
    </message>
</context>
<context>
    <name>HoursWords</name>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>“%1” is not a day, an hour or “closed”.</source>
        <translation>« %1 » n'est ni un jour, ni une heure, ni « fermé ».</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>say which days these hours are for (e.g. “Tue–Sat 9:00–19:00”).</source>
        <translation>dites pour quels jours valent ces horaires (ex. : « mar.–sam. 9 h–19 h »).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>%2: no hours and not “closed”.</source>
        <translation>%2 : ni horaires ni « fermé ».</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>%2 is given twice.</source>
        <translation>%2 est donné deux fois.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>%2 has more than two ranges (a morning and an afternoon at most).</source>
        <translation>%2 : plus de deux plages (un matin et un après-midi au plus).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>on %2 a range ends before it starts (a range may close after midnight, by 6:00 the next morning: 18:00–2:00).</source>
        <translation>%2 : une plage finit avant de commencer (une plage peut finir après minuit, au plus tard à 6 h le lendemain matin : 18 h–2 h).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>%2 “%1”: give its hours (e.g. “Sat 9:00–12:00”); SocialDesk does not guess them.</source>
        <translation>%2 « %1 » : donnez ses horaires (par exemple « sam. 9 h–12 h ») ; SocialDesk ne les devine pas.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>“%1” is not an hour of the day.</source>
        <translation>« %1 » n'est pas une heure de la journée.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>on %2 the two ranges overlap.</source>
        <translation>%2 : les deux plages se chevauchent.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>“%1” could be morning or afternoon: add am or pm, or write it on the 24-hour clock (6:00–10:00, 18:00–22:00).</source>
        <translation>« %1 » peut être le matin ou l'après-midi : écrivez l'heure sur 24 heures (6 h–10 h, 18 h–22 h) ou ajoutez am ou pm.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>no hours given.</source>
        <translation>aucun horaire donné.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>only closed days are given: say when the shop is open.</source>
        <translation>seuls des jours fermés sont donnés : dites quand la boutique est ouverte.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/hours_words.py" line="1" />
        <source>%1 says %2 %3, the shop says %2 %4</source>
        <translation>%1 indique %2 %3, la boutique dit %2 %4</translation>
    </message>
</context>
<context>
    <name>PresenceHours</name>
    <message>
        <location filename="../../socialdesk/ui/presence/hours_view.py" line="1" />
        <source>The hours noted for this listing (“%1”) could not be read: %2</source>
        <translation>Les horaires notés pour cette fiche (« %1 ») n'ont pas pu être lus : %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/hours_view.py" line="1" />
        <source>Note the hours this listing shows (Listings page) to compare them.</source>
        <translation>Notez les horaires que montre cette fiche (page Fiches) pour les comparer.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/hours_view.py" line="1" />
        <source>Fill in the shop's opening hours in the Strategy tab to compare them.</source>
        <translation>Remplissez les horaires d'ouverture de la boutique dans l'onglet Stratégie pour les comparer.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/hours_view.py" line="1" />
        <source>The shop: %1</source>
        <translation>La boutique : %1</translation>
    </message>
</context>
<context>
    <name>ConsistencyModel</name>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="1" />
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
</context>
<context>
    <name>ConsistencyPage</name>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="1" />
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
</context>
<context>
    <name>ListingForm</name>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="1" />
        <source>Opening hours shown on the listing (optional), e.g. Tue–Sat 9:00–19:00</source>
        <translation>Horaires affichés sur la fiche (facultatif), ex. : mar.–sam. 9 h–19 h</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="1" />
        <source>Hours shown there</source>
        <translation>Horaires affichés</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="1" />
        <source>Opening hours</source>
        <translation>Horaires d'ouverture</translation>
    </message>
</context>
<context>
    <name>SpecialDayDialog</name>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>Special day</source>
        <translation>Jour particulier</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>&amp;Closed all day</source>
        <translation>&amp;Fermé toute la journée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>&amp;Open:</source>
        <translation>&amp;Ouvert :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>Opens</source>
        <translation>Ouvre</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>Closes</source>
        <translation>Ferme</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>Opens again</source>
        <translation>Rouvre</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>Closes again</source>
        <translation>Ferme à nouveau</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>an&amp;d</source>
        <translation>&amp;et</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>A second range</source>
        <translation>Une seconde plage</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>Christmas Eve, Lily of the valley…</source>
        <translation>Réveillon, muguet…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>Da&amp;te:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Motif (facultatif) :</translation>
    </message>
</context>
<context>
    <name>SpecialDaysBox</name>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>Special days (holidays, late openings, closed days)</source>
        <translation>Jours particuliers (jours fériés, nocturnes, fermetures)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>Special days</source>
        <translation>Jours particuliers</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>&amp;Add a special day…</source>
        <translation>A&amp;jouter un jour particulier…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>Change…</source>
        <translation>Modifi&amp;er…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>This day is past.</source>
        <translation>Ce jour est passé.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>None: the week above applies every day.</source>
        <translation>Aucun : la semaine ci-dessus vaut pour tous les jours.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>Remove the special day %1?</source>
        <translation>Supprimer le jour particulier du %1 ?</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>Replace the special day of %1?
It now reads: %2</source>
        <translation>Remplacer le jour particulier du %1 ?
Il indique pour l'instant : %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>Replace a special day</source>
        <translation>Remplacer un jour particulier</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>Remove a special day</source>
        <translation>Supprimer un jour particulier</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/common/special_days.py" />
        <source>&amp;Keep it</source>
        <translation>&amp;Le garder</translation>
    </message>
</context>
</TS>
