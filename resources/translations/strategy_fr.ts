<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApplyWords</name>
    <message>
        <location filename="../../socialdesk/ui/strategy/apply_words.py" line="13" />
        <source>no network in use yet (the calendar keeps no weekly target)</source>
        <translation>aucun réseau utilisé pour l'instant (le calendrier n'a pas d'objectif hebdomadaire)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/apply_words.py" line="19" />
        <source>Apply will update the rest of SocialDesk:</source>
        <translation>« Appliquer » mettra à jour le reste de SocialDesk :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/apply_words.py" line="20" />
        <source>Calendar, posts per week: %1</source>
        <translation>Calendrier, publications par semaine : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/labels.py" />
        <source>Calendar, usual posting days: %1</source>
        <translation>Calendrier, jours de publication habituels : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/labels.py" />
        <source>none chosen</source>
        <translation>aucun choisi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/apply_words.py" line="21" />
        <source>Calendar, main themes: %1</source>
        <translation>Calendrier, thèmes : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/apply_words.py" line="22" />
        <source>Local presence, listings to claim or names to reserve: %1</source>
        <translation>Présence locale, fiches à revendiquer ou noms à réserver : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/apply_words.py" line="24" />
        <source>Checklist, people to contact: %1</source>
        <translation>Check-list, personnes à contacter : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/apply_words.py" line="26" />
        <source>Nothing is added twice: what is already there is kept as it is.</source>
        <translation>Rien n'est ajouté deux fois : ce qui existe déjà est gardé tel quel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/strategy/apply_words.py" line="32" />
        <source>Applied. Calendar: %n post(s) a week (%1).</source>
        <translation>
            <numerusform>Appliqué. Calendrier : %n publication par semaine (%1).</numerusform>
            <numerusform>Appliqué. Calendrier : %n publications par semaine (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/apply_words.py" line="39" />
        <source>Local presence: %1 added, %2 already there.</source>
        <translation>Présence locale — fiches ajoutées : %1 ; déjà présentes : %2.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/apply_words.py" line="42" />
        <source>Platforms Local presence does not know: %1.</source>
        <translation>Plateformes inconnues de l'onglet Présence locale : %1.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/apply_words.py" line="47" />
        <source>People to contact (Checklist): %1 added, %2 already there.</source>
        <translation>Personnes à contacter (Check-list) — ajoutées : %1 ; déjà présentes : %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/strategy/labels.py" />
        <source>%n theme(s).</source>
        <translation>
            <numerusform>%n thème.</numerusform>
            <numerusform>%n thèmes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/labels.py" />
        <source>Applied. Calendar: no weekly target (no network in use yet).</source>
        <translation>Appliqué. Calendrier : pas d'objectif hebdomadaire (aucun réseau utilisé pour l'instant).</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="26" />
        <source>Days that suit the shop</source>
        <translation>Jours qui conviennent à la boutique</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="37" />
        <source>Networks we use: posts per week (0 = not used)</source>
        <translation>Réseaux utilisés : publications par semaine (0 = non utilisé)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="43" />
        <source>%1: posts per week</source>
        <translation>%1 : publications par semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="57" />
        <source>Main themes and their share of the posts</source>
        <translation>Thèmes et leur part des publications</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="60" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="60" />
        <source>Share %</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="60" />
        <source>Sells</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="61" />
        <source>Main themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="61" />
        <source>Add a &amp;theme</source>
        <translation>Ajouter un &amp;thème</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="62" />
        <source>Re&amp;move the theme</source>
        <translation>Retirer le t&amp;hème</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="66" />
        <source>e.g. customers and behind the scenes 40 %, products 40 %, local life 20 %</source>
        <translation>ex. : clients et coulisses 40 %, produits 40 %, vie du quartier 20 %</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="75" />
        <source>Our name, reserved and claimed</source>
        <translation>Notre nom, réservé et revendiqué</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="77" />
        <source>User&amp;name to reserve</source>
        <translation>Nom d'&amp;utilisateur à réserver</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="77" />
        <source>e.g. boulangerielea, fleursdejade</source>
        <translation>ex. : boulangerielea, fleursdejade</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="80" />
        <source>Also reserve it on (even if we do not post there yet):</source>
        <translation>Le réserver aussi sur (même si nous n'y publions pas encore) :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="83" />
        <source>Local listings to claim (Google, Apple and Bing first):</source>
        <translation>Fiches locales à revendiquer (Google, Apple et Bing d'abord) :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="113" />
        <source>Networks: %1 · posts a week: %2</source>
        <translation>Réseaux : %1 · publications par semaine : %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="115" />
        <source>Fewer is better: can you really keep up more than three networks?</source>
        <translation>Mieux vaut peu que beaucoup : pourrez-vous bien tenir plus de trois réseaux ?</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="118" />
        <source>Shares add up to %1 %. Themes that sell: %2 % of the posts.</source>
        <translation>Les parts totalisent %1 %. Thèmes qui font vendre : %2 % des publications.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="120" />
        <source>The usual guidance is 80/20: inform, help or entertain 80 % of the time, sell 20 %.</source>
        <translation>Le repère habituel est 80/20 : informer, aider ou divertir 80 % du temps, vendre 20 %.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="122" />
        <source>More than 20 % selling: the usual guidance is 80/20, inform or entertain 80 % of the time.</source>
        <translation>Plus de 20 % pour vendre : le repère habituel est 80/20, informer ou divertir 80 % du temps.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="1" />
        <source>Who posts and answers</source>
        <translation>Qui publie et répond</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="1" />
        <source>Who, &amp;by name</source>
        <translation>&amp;Qui, par son prénom</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_channels.py" line="1" />
        <source>e.g. Léa answers messages every evening</source>
        <translation>ex. : Léa répond aux messages chaque soir</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_community.py" line="32" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_community.py" line="32" />
        <source>Username</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_community.py" line="32" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_community.py" line="33" />
        <source>Key people: %1</source>
        <translation>Relais : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_community.py" line="34" />
        <source>Add a key person</source>
        <translation>Ajouter un relais</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_community.py" line="34" />
        <source>Remove the key person</source>
        <translation>Retirer le relais</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_community.py" line="37" />
        <source>Key people worth winning over (named people)</source>
        <translation>Relais à recruter (des personnes, avec leur nom)</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_conversations.py" line="15" />
        <source>Where our audience &amp;meets</source>
        <translation>Où notre &amp;public se retrouve</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_conversations.py" line="16" />
        <source>e.g. the district's Facebook group, the Sunday market, #lyonfood on Instagram</source>
        <translation>ex. : le groupe Facebook du quartier, le marché du dimanche, #lyonfood sur Instagram</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_conversations.py" line="17" />
        <source>Topics &amp;people talk about</source>
        <translation>Les su&amp;jets qui font parler</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_conversations.py" line="18" />
        <source>e.g. the Epiphany cake, Mother's Day bouquets, the new tram line</source>
        <translation>ex. : la galette des rois, les bouquets de la fête des mères, la nouvelle ligne de tram</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_conversations.py" line="19" />
        <source>Who &amp;talks</source>
        <translation>&amp;Qui en parle</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_conversations.py" line="20" />
        <source>e.g. parents at the school gate, a local food blogger, the tourist office</source>
        <translation>ex. : les parents à la sortie de l'école, une blogueuse culinaire du coin, l'office de tourisme</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_conversations.py" line="21" />
        <source>What c&amp;ompetitors do</source>
        <translation>Ce que font les conc&amp;urrents</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_conversations.py" line="23" />
        <source>Subjects that get the most re&amp;actions</source>
        <translation>Les sujets qui suscitent le plus de réac&amp;tions</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_conversations.py" line="22" />
        <source>e.g. daily promotions with no answer to comments; nice photos, no prices</source>
        <translation>ex. : des promotions tous les jours sans répondre aux commentaires ; de belles photos, sans prix</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_conversations.py" line="24" />
        <source>e.g. the oven at 5 a.m., portraits of the team, before-and-after of a wedding table</source>
        <translation>ex. : le four à 5 h du matin, les portraits de l'équipe, l'avant-après d'une table de mariage</translation>
    </message>
</context>
<context>
    <name>ListeningPage</name>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_listening.py" line="19" />
        <source>Tools we use</source>
        <translation>Outils que nous utilisons</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_listening.py" line="24" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_listening.py" line="35" />
        <source>The interview (2011) also names tools that no longer exist:</source>
        <translation>L'interview (2011) cite aussi des outils qui n'existent plus :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_listening.py" line="36" />
        <source>Checked in %1. For a small shop, the networks' own statistics and a weekly look round now do most of what these tools did.</source>
        <translation>Vérifié en %1. Aujourd'hui, pour un petit commerce, les statistiques des réseaux eux-mêmes et un tour hebdomadaire remplacent l'essentiel de ces outils.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_listening.py" line="41" />
        <source>Closed tools from the interview</source>
        <translation>Outils de l'interview aujourd'hui fermés</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_listening.py" line="43" />
        <source>&amp;Other tools</source>
        <translation>A&amp;utres outils</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_listening.py" line="43" />
        <source>e.g. a notebook by the till, the booking site's reviews</source>
        <translation>ex. : un carnet près de la caisse, les avis du site de réservation</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_listening.py" line="46" />
        <source>In&amp;dicators we note each week (3 to 5, one per line)</source>
        <translation>&amp;Indicateurs notés chaque semaine (3 à 5, un par ligne)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_listening.py" line="47" />
        <source>e.g. new Google reviews
questions received by message
bouquets ordered after a post</source>
        <translation>ex. : nouveaux avis Google
questions reçues par message
bouquets commandés après une publication</translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/strategy/page_listening.py" line="69" />
        <source>%n indicator(s) so far: the advice is 3 to 5.</source>
        <translation>
            <numerusform>%n indicateur pour l'instant : le conseil est d'en suivre 3 à 5.</numerusform>
            <numerusform>%n indicateurs pour l'instant : le conseil est d'en suivre 3 à 5.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_listening.py" line="71" />
        <source>%1 indicators: more than 5 is hard to keep up each week; keep the ones you act on.</source>
        <translation>%1 indicateurs : plus de 5, c'est difficile à tenir chaque semaine ; gardez ceux qui vous font agir.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_listening.py" line="73" />
        <source>%1 indicators: a dashboard you can keep up.</source>
        <translation>%1 indicateurs : un tableau de bord que vous pourrez tenir.</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="27" />
        <source>Social media plan: %1</source>
        <translation>Plan pour les réseaux sociaux : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="27" />
        <source>our shop</source>
        <translation>notre boutique</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="30" />
        <source>Current version, started on %1</source>
        <translation>Version en cours, commencée le %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="31" />
        <source>Current version</source>
        <translation>Version en cours</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="33" />
        <source>Version kept on %1 (read-only)</source>
        <translation>Version archivée le %1 (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="41" />
        <source>(left empty)</source>
        <translation>(laissé vide)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="44" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="74" />
        <source>; </source>
        <comment>between two items of a list</comment>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="108" />
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="47" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="48" />
        <source>Trade</source>
        <translation>Métier</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="49" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="50" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="51" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="52" />
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="53" />
        <source>Opening hours</source>
        <translation>Horaires d'ouverture</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="54" />
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="57" />
        <source>Key messages</source>
        <translation>Messages à faire passer</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="58" />
        <source>The value we add</source>
        <translation>La valeur que nous apportons</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="59" />
        <source>What makes customers buy</source>
        <translation>Ce qui décide vos clients à acheter</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="60" />
        <source>How our trade is evolving</source>
        <translation>L'évolution de notre métier</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="61" />
        <source>%1, by %2</source>
        <translation>%1, d'ici le %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="63" />
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="70" />
        <source>Date already passed</source>
        <translation>Date déjà passée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="71" />
        <source>%1. Reached? Set the next goal; if not, give it a new date.</source>
        <translation>%1. Objectif atteint ? Fixez le suivant ; sinon, donnez-lui une nouvelle date.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="75" />
        <source>Key person: %1</source>
        <translation>Relais : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="79" />
        <source>Where our audience meets</source>
        <translation>Où notre public se retrouve</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="79" />
        <source>Topics people talk about</source>
        <translation>Les sujets qui font parler</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="79" />
        <source>Who talks</source>
        <translation>Qui en parle</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="80" />
        <source>What competitors do</source>
        <translation>Ce que font les concurrents</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="80" />
        <source>Subjects that get the most reactions</source>
        <translation>Les sujets qui suscitent le plus de réactions</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="85" />
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="86" />
        <source>Other tools</source>
        <translation>Autres outils</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="87" />
        <source>Indicators noted each week</source>
        <translation>Indicateurs notés chaque semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="90" />
        <source>%1: %2 a week</source>
        <translation>%1 : %2 par semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="92" />
        <source>Networks and posts per week</source>
        <translation>Réseaux et publications par semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="93" />
        <source>(sells)</source>
        <translation>(vente)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="96" />
        <source>Selling: %1 % (guidance: 20 %)</source>
        <translation>Pour vendre : %1 % (repère : 20 %)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="97" />
        <source>Main themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="99" />
        <source>Days that suit the shop</source>
        <translation>Jours qui conviennent à la boutique</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="101" />
        <source>Name to reserve</source>
        <translation>Nom à réserver</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="102" />
        <source>Also reserve it on</source>
        <translation>Le réserver aussi sur</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="104" />
        <source>Local listings to claim</source>
        <translation>Fiches locales à revendiquer</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/plan_document.py" line="1" />
        <source>Who posts and answers</source>
        <translation>Qui publie et répond</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="70" />
        <source>Typed hours</source>
        <comment>the undo command's name</comment>
        <translation>Horaires tapés</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="18" />
        <source>Shop &amp;name</source>
        <translation>Nom de la &amp;boutique</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="18" />
        <source>e.g. Boulangerie Léa, Fleurs de Jade, Hôtel du Parc</source>
        <translation>ex. : Boulangerie Léa, Fleurs de Jade, Hôtel du Parc</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="19" />
        <source>&amp;Trade</source>
        <translation>&amp;Métier</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="19" />
        <source>e.g. bakery, florist, 3-star hotel</source>
        <translation>ex. : boulangerie, fleuriste, hôtel 3 étoiles</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="20" />
        <source>e.g. 12 rue d'Austerlitz</source>
        <translation>ex. : 12 rue d'Austerlitz</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="20" />
        <source>Street a&amp;ddress</source>
        <translation>Adresse (n&amp;uméro et rue)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="21" />
        <source>&amp;Postcode</source>
        <translation>Code &amp;postal</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="21" />
        <source>e.g. 69004</source>
        <translation>ex. : 69004</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="22" />
        <source>Cit&amp;y</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="22" />
        <source>e.g. Lyon</source>
        <translation>ex. : Lyon</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="23" />
        <source>Ph&amp;one</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="23" />
        <source>e.g. 04 78 00 00 00</source>
        <translation>ex. : 04 78 00 00 00</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="24" />
        <source>e.g. hello@fleursdejade.fr</source>
        <translation>ex. : bonjour@fleursdejade.fr</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="24" />
        <source>E-&amp;mail</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="25" />
        <source>We&amp;bsite</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="25" />
        <source>e.g. https://www.hotel-du-parc.fr</source>
        <translation>ex. : https://www.hotel-du-parc.fr</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="26" />
        <source>e.g. Tue–Sat 7:00–19:30, Sun 7:00–13:00</source>
        <translation>ex. : mar.–sam. 7 h–19 h 30, dim. 7 h–13 h</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="26" />
        <source>Opening ho&amp;urs</source>
        <translation>&amp;Horaires d'ouverture</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="27" />
        <source>Lan&amp;guages spoken</source>
        <translation>Lan&amp;gues parlées</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="27" />
        <source>e.g. French, English, Italian</source>
        <translation>ex. : français, anglais, italien</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_shop.py" line="32" />
        <source>The name, address and phone are what every listing is checked against; the rest can wait.</source>
        <translation>Le nom, l'adresse et le téléphone servent à vérifier chaque fiche ; le reste peut attendre.</translation>
    </message>
</context>
<context>
    <name>StandPage</name>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_stand.py" line="25" />
        <source>Key &amp;messages (one per line)</source>
        <translation>&amp;Messages à faire passer (un par ligne)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_stand.py" line="26" />
        <source>e.g. Sourdough baked on site every morning
Flowers from growers within 50 km</source>
        <translation>ex. : Pain au levain cuit sur place chaque matin
Des fleurs de producteurs à moins de 50 km</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_stand.py" line="27" />
        <source>The value we a&amp;dd</source>
        <translation>La &amp;valeur que nous apportons</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_stand.py" line="28" />
        <source>e.g. the only wood-fired oven in the district; a florist who delivers on Sundays</source>
        <translation>ex. : le seul four à bois du quartier ; un fleuriste qui livre le dimanche</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_stand.py" line="29" />
        <source>What makes customers &amp;buy</source>
        <translation>Ce qui décide vos clients à ac&amp;heter</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_stand.py" line="30" />
        <source>e.g. fresh at 7 a.m., order the day before; quiet rooms facing the park</source>
        <translation>ex. : du frais dès 7 h, commande la veille ; des chambres calmes face au parc</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_stand.py" line="31" />
        <source>How our &amp;trade is evolving</source>
        <translation>L'évolution de notre mé&amp;tier</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_stand.py" line="32" />
        <source>e.g. fewer baguettes, more special breads; guests book on their phone</source>
        <translation>ex. : moins de baguettes, plus de pains spéciaux ; les clients réservent sur leur téléphone</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_stand.py" line="36" />
        <source>&amp;Goals: specific, measurable, with a date</source>
        <translation>Ob&amp;jectifs : précis, mesurables, datés</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_stand.py" line="38" />
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_stand.py" line="38" />
        <source>By</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_stand.py" line="39" />
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_stand.py" line="39" />
        <source>&amp;Add a goal</source>
        <translation>Ajouter &amp;un objectif</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_stand.py" line="39" />
        <source>Remove the g&amp;oal</source>
        <translation>Retirer l'obj&amp;ectif</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_stand.py" line="40" />
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_stand.py" line="44" />
        <source>e.g. 20 Google reviews by June; 10 wedding bouquets ordered online by spring</source>
        <translation>ex. : 20 avis Google d'ici juin ; 10 bouquets de mariage commandés en ligne d'ici le printemps</translation>
    </message>
    <message>
        <source>⚠ Date already passed: %1. Reached? Set the next goal; if not, give it a new date.</source>
        <translation>⚠ Date déjà passée : %1. Objectif atteint ? Fixez le suivant ; sinon, donnez-lui une nouvelle date.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_base.py" line="1" />
        <source>From the interview</source>
        <translation>Ce que dit l'interview</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_base.py" line="1" />
        <source>SocialDesk's tip</source>
        <translation>Le conseil de SocialDesk</translation>
    </message>
</context>
<context>
    <name>StrategyTab</name>
    <message>
        <location filename="../../socialdesk/ui/strategy/tab.py" line="39" />
        <source>Steps of the strategy</source>
        <translation>Étapes de la stratégie</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/tab.py" line="43" />
        <source>Steps filled in</source>
        <translation>Étapes remplies</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/tab.py" line="49" />
        <source>← Previous step</source>
        <translation>← Étape précédente</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/tab.py" line="50" />
        <source>Next step →</source>
        <translation>Étape suivante →</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/tab.py" line="94" />
        <source>Next step (Alt+Right)</source>
        <translation>Étape suivante (Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/tab.py" line="95" />
        <source>Previous step (Alt+Left)</source>
        <translation>Étape précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/tab.py" line="96" />
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/tab.py" line="97" />
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/tab.py" line="135" />
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/tab.py" line="152" />
        <source>filled in</source>
        <translation>remplie</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/tab.py" line="152" />
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/tab.py" line="156" />
        <source>Steps filled in: %1 of %2</source>
        <translation>Étapes remplies : %1 sur %2</translation>
    </message>
</context>
<context>
    <name>StrategyTexts</name>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="19" />
        <source>The shop</source>
        <translation>La boutique</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="20" />
        <source>What we stand for</source>
        <translation>Ce que nous défendons</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="21" />
        <source>Our community</source>
        <translation>Notre communauté</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="22" />
        <source>Conversations</source>
        <translation>Les conversations</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="23" />
        <source>Listening</source>
        <translation>L'écoute</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="24" />
        <source>Channels and rhythm</source>
        <translation>Canaux et rythme</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="25" />
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="1" />
        <source>“Being present on social media is the bare minimum.” The first reflex: reserve your brand name on the networks and check your Google listing.</source>
        <translation>« Etre présent sur les Media Sociaux, c'est le service minimum. » Le premier réflexe : réserver votre nom sur les réseaux et vérifier votre fiche Google.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="1" />
        <source>“Only once you have this overview do you have the tools in hand to define your strategy.” Social media is a tool, not a strategy: decide your key messages, the value you add, what makes customers buy, and where your trade is heading.</source>
        <translation>« C'est uniquement une fois que l'on dispose de cette vue d'ensemble que l'on a les outils en main pour définir sa stratégie. » Les réseaux sociaux sont un outil, pas une stratégie : décidez quels messages faire passer, quelle valeur vous apportez, quels avantages décident vos clients à acheter et où va votre métier.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="1" />
        <source>“First analyse your community in the sense of an ecosystem”: customers, employees, competitors, people who recommend you, partners, suppliers. A few hours are enough, with a search engine and a brainstorm with the team. You rarely create a community: you bring together one that exists by winning over its key people.</source>
        <translation>« Les Entreprises doivent tout d'abord analyser leur “communauté” au sens écosystème » : clients, salariés, concurrents, prescripteurs, partenaires, fournisseurs. Quelques heures suffisent, avec un moteur de recherche et un remue-méninges en équipe. On crée rarement une communauté : on fédère celle qui existe en recrutant ses relais.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="1" />
        <source>“The second step is to identify the conversations”: where your audience meets, which topics people talk about, who talks about them, what competitors do and which subjects get the most reactions.</source>
        <translation>« La seconde étape est d'identifier les conversations » : où se retrouve votre public, quels sujets font parler, qui en parle, ce que font les concurrents et ce qui suscite le plus de réactions.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="1" />
        <source>“The third step is listening”, with tools if you wish, but “you must always adapt your dashboard to your needs”.</source>
        <translation>« La troisième étape est l'écoute », avec des outils si vous le souhaitez, mais « il faut toujours adapter son tableau de bord à ses besoins ».</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="1" />
        <source>“If you have nothing to say, you must know how to stay silent.” A small, reactive community beats thousands of fans who never read you. Speak as a person and limit automation. The shop itself should run its social media, after training or working in tandem, because it has the expertise.</source>
        <translation>« Si on n'a rien à dire, il faut savoir se taire… » Une petite communauté réactive vaut mieux que des milliers de fans qui ne vous lisent pas. Parlez en tant que personne et limitez l'automatisation. C'est à la boutique de tenir ses réseaux, après une formation ou un temps en tandem, car c'est elle qui a l'expertise.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="55" />
        <source>Your plan on one page. Apply it so the week changes, and revisit it every few months with “Start a review”: the old version stays readable.</source>
        <translation>Votre plan sur une page. Appliquez-le pour que la semaine change, et revoyez-le tous les deux ou trois mois avec « Faire un bilan » : l'ancienne version reste consultable.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="62" />
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="63" />
        <source>Employees</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="64" />
        <source>Competitors</source>
        <translation>Concurrents</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="65" />
        <source>Recommenders</source>
        <translation>Prescripteurs</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="66" />
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="67" />
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="71" />
        <source>e.g. families of the district, office workers at lunch, hotel guests</source>
        <translation>ex. : les familles du quartier, les employés de bureau à midi, les clients de l'hôtel</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="72" />
        <source>e.g. the baker at the oven, the florist who makes the bouquets, the receptionist</source>
        <translation>ex. : le boulanger au fournil, la fleuriste qui compose les bouquets, le réceptionniste</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="73" />
        <source>e.g. the bakery on the square, the supermarket flower stand, chain hotels</source>
        <translation>ex. : la boulangerie de la place, le rayon fleurs du supermarché, les hôtels de chaîne</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="74" />
        <source>e.g. a food blogger, a hotel concierge, the tourist office</source>
        <translation>ex. : une blogueuse culinaire, un concierge d'hôtel, l'office de tourisme</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="75" />
        <source>e.g. the cheese shop next door, a wedding planner, a bike rental</source>
        <translation>ex. : la fromagerie d'à côté, une organisatrice de mariages, un loueur de vélos</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="76" />
        <source>e.g. the miller, a rose grower, the local brewery</source>
        <translation>ex. : le meunier, un producteur de roses, la brasserie locale</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="80" />
        <source>Who they are</source>
        <translation>Qui ils sont</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="81" />
        <source>Where they are online</source>
        <translation>Où ils sont en ligne</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="82" />
        <source>What they expect from us</source>
        <translation>Ce qu'ils attendent de nous</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="86" />
        <source>e.g. Instagram, the district's Facebook group, Google Maps reviews</source>
        <translation>ex. : Instagram, le groupe Facebook du quartier, les avis Google Maps</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="87" />
        <source>e.g. what comes out of the oven, holiday opening hours, a quick answer</source>
        <translation>ex. : ce qui sort du four, les horaires des jours fériés, une réponse rapide</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="91" />
        <source>A weekly look round, by hand: your networks, your Google listing, local groups (free, 20 minutes)</source>
        <translation>Un petit tour chaque semaine, à la main : vos réseaux, votre fiche Google, les groupes locaux (gratuit, 20 minutes)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="93" />
        <source>The networks' own statistics (Meta Business Suite, Google Business Profile performance)</source>
        <translation>Les statistiques des réseaux eux-mêmes (Meta Business Suite, performances de votre fiche d'établissement Google)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="95" />
        <source>free e-mail alerts on the web; does not cover social networks</source>
        <translation>alertes gratuites par e-mail sur le web ; ne couvre pas les réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="96" />
        <source>free e-mail alerts, including some social media</source>
        <translation>alertes gratuites par e-mail, y compris sur certains réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="97" />
        <location filename="../../socialdesk/ui/strategy/texts.py" line="98" />
        <source>paid monitoring of the web and social networks</source>
        <translation>veille payante du web et des réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="99" />
        <source>French monitoring service, named in the interview; still exists</source>
        <translation>service de veille français, cité dans l'interview ; existe toujours</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="100" />
        <location filename="../../socialdesk/ui/strategy/texts.py" line="101" />
        <source>named in the interview; still exists, paid</source>
        <translation>cité dans l'interview ; existe toujours, payant</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="102" />
        <source>named in the interview; closed in 2018</source>
        <translation>cité dans l'interview ; fermé en 2018</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="103" />
        <source>named in the interview; bought by Google in 2011 and shut down</source>
        <translation>cité dans l'interview ; racheté par Google en 2011 puis arrêté</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="108" />
        <source>Weekly tour</source>
        <translation>Tour hebdomadaire</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="109" />
        <source>Network statistics</source>
        <translation>Statistiques des réseaux</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="1" />
        <source>This card is the one name, address and phone that the Local presence tab compares your listings with.</source>
        <translation>Cette page donne le nom, l'adresse et le téléphone de référence auxquels l'onglet Présence locale compare vos fiches en ligne.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="1" />
        <source>Three to five indicators you note every week are worth more than a report nobody reads.</source>
        <translation>Trois à cinq indicateurs notés chaque semaine valent mieux qu'un rapport que personne ne lit.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="1" />
        <source>Goals you can check have a number and a date: 20 Google reviews by June.</source>
        <translation>Un objectif vérifiable a un nombre et une date : 20 avis Google d'ici juin.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="1" />
        <source>Choose few networks and a rhythm you can keep; plan ahead only when several posts are ready.</source>
        <translation>Choisissez peu de réseaux et un rythme tenable ; ne planifiez à l'avance que lorsque plusieurs publications sont prêtes.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="1" />
        <source>Someone in the shop</source>
        <translation>Quelqu'un de la boutique</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="1" />
        <source>An agency, only to start, in tandem with the shop</source>
        <translation>Une agence, seulement pour démarrer, en tandem avec la boutique</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="1" />
        <source>%1 (app closed in %2)</source>
        <translation>%1 (appli fermée en %2)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/texts.py" line="1" />
        <source>%1's consumer app closed in %2; its venue data still feeds other services. Claim it last.</source>
        <translation>L'application grand public de %1 a fermé en %2 ; ses données de lieux alimentent encore d'autres services. À revendiquer en dernier.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" />
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" />
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" line="24" />
        <source>Apply the plan</source>
        <translation>Appliquer le plan</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" line="36" />
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" line="39" />
        <source>&amp;Print preview…</source>
        <translation>Aperçu avant &amp;impression…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" line="40" />
        <source>Save as P&amp;DF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" line="41" />
        <source>Export as &amp;text (Markdown)…</source>
        <translation>Exporter en &amp;texte (Markdown)…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" line="42" />
        <source>&amp;Apply to the week…</source>
        <translation>A&amp;ppliquer à la semaine…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" line="48" />
        <source>Apply to the week</source>
        <translation>Appliquer à la semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" line="52" />
        <source>What Apply changed</source>
        <translation>Ce qu'a changé « Appliquer »</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" line="67" />
        <source>Only the current version can be applied.</source>
        <translation>Seule la version en cours peut être appliquée.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" line="71" />
        <source>Last applied on %1.</source>
        <translation>Plan appliqué pour la dernière fois le %1.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" line="91" />
        <source>Save the plan as PDF</source>
        <translation>Enregistrer le plan en PDF</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" line="91" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" line="96" />
        <source>Export the plan as Markdown</source>
        <translation>Exporter le plan en Markdown</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" line="97" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" line="105" />
        <source>The file was not written</source>
        <translation>Le fichier n'a pas été écrit</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" line="106" />
        <source>SocialDesk could not write %1 (%2). Choose another folder.</source>
        <translation>SocialDesk n'a pas pu écrire %1 (%2). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" line="1" />
        <source>The plan is still empty. Each step takes a few minutes; the first one, the shop, needs only its name.</source>
        <translation>Le plan est encore vide. Chaque étape prend quelques minutes ; la première, la boutique, ne demande que son nom.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/page_summary.py" line="1" />
        <source>Start with the sh&amp;op</source>
        <translation>Commencer par la &amp;boutique</translation>
    </message>
</context>
<context>
    <name>VersionsBar</name>
    <message>
        <location filename="../../socialdesk/ui/strategy/versions_bar.py" />
        <source>&amp;Start the review</source>
        <translation>&amp;Faire le bilan</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/versions_bar.py" />
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/versions_bar.py" line="15" />
        <location filename="../../socialdesk/ui/strategy/versions_bar.py" line="35" />
        <source>Start a review</source>
        <translation>Faire un bilan</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/versions_bar.py" line="16" />
        <source>The current strategy will be kept as it is today, dated and read-only. You go on editing a copy. The advice is to review your strategy every few months.</source>
        <translation>La stratégie actuelle sera conservée telle qu'elle est aujourd'hui, datée et en lecture seule. Vous continuez sur une copie. Le conseil : faire le point sur sa stratégie tous les deux ou trois mois.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/versions_bar.py" line="31" />
        <source>Version of the strategy</source>
        <translation>Version de la stratégie</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/versions_bar.py" line="32" />
        <source>Vers&amp;ion:</source>
        <translation>Versi&amp;on :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/versions_bar.py" line="34" />
        <source>Start a revie&amp;w…</source>
        <translation>Fai&amp;re un bilan…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/versions_bar.py" line="36" />
        <source>Keep today's strategy as a dated, read-only version and edit a copy</source>
        <translation>Garder la stratégie d'aujourd'hui comme version datée en lecture seule et modifier une copie</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/versions_bar.py" line="68" />
        <source>Current</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/versions_bar.py" line="69" />
        <source>Current (since %1)</source>
        <translation>En cours (depuis le %1)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/versions_bar.py" line="71" />
        <source>First version, kept on %1</source>
        <translation>Première version, archivée le %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/versions_bar.py" line="72" />
        <source>From %1, kept on %2</source>
        <translation>Du %1, archivée le %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/versions_bar.py" line="83" />
        <source>You are reading an older version: it cannot be changed. Choose “Current” to edit.</source>
        <translation>Vous consultez une ancienne version : elle ne peut pas être modifiée. Choisissez « En cours » pour modifier.</translation>
    </message>
    <message>
        <source>Compa&amp;re versions…</source>
        <translation>Comparer des versio&amp;ns…</translation>
    </message>
    <message>
        <source>Two versions side by side, the changes marked</source>
        <translation>Deux versions côte à côte, avec les changements marqués</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Bilan du %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a day, then the time of day</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>New</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Compare two versions</source>
        <translation>Comparer deux versions</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Version la plus ancienne</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Version la plus récente</translation>
    </message>
    <message>
        <source>Show &amp;only what changed</source>
        <translation>&amp;Seulement ce qui a changé</translation>
    </message>
    <message>
        <source>Answers of the two versions</source>
        <translation>Réponses des deux versions</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;avec</translation>
    </message>
    <message>
        <source>Answers changed between these versions: %1</source>
        <translation>Réponses modifiées entre ces versions : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/compare_dialog.py" line="82" />
        <source>No difference between these two versions.</source>
        <translation>Aucune différence entre ces deux versions.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/strategy/compare_dialog.py" line="86" />
        <source>The earlier version is shown first.</source>
        <translation>La version la plus ancienne est affichée en premier.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(left empty)</source>
        <translation>(laissé vide)</translation>
    </message>
</context>
<context>
    <name>GroupQuestions</name>
    <message>
        <source>Who speaks for the shop online</source>
        <translation>Qui parle au nom de la boutique en ligne</translation>
    </message>
    <message>
        <source>What they can show from behind the counter</source>
        <translation>Ce qu'ils peuvent montrer de l'envers du décor</translation>
    </message>
    <message>
        <source>What they do well, and what we do differently</source>
        <translation>Ce qu'ils font bien, et ce que nous faisons autrement</translation>
    </message>
    <message>
        <source>What would make them recommend us</source>
        <translation>Ce qui les amènerait à nous recommander</translation>
    </message>
    <message>
        <source>What we can show together</source>
        <translation>Ce que nous pouvons montrer ensemble</translation>
    </message>
    <message>
        <source>e.g. Julie, who bakes at dawn, posts the morning batch; Marc answers the reviews</source>
        <translation>ex. : Julie, qui cuit à l'aube, publie la fournée du matin ; Marc répond aux avis</translation>
    </message>
    <message>
        <source>e.g. their own Instagram, LinkedIn, the trade's Facebook groups</source>
        <translation>ex. : leur propre Instagram, LinkedIn, les groupes Facebook du métier</translation>
    </message>
    <message>
        <source>e.g. the oven at 5 a.m., a new recipe, the apprentice's first cake</source>
        <translation>ex. : le four à 5 h, une nouvelle recette, le premier gâteau de l'apprenti</translation>
    </message>
    <message>
        <source>e.g. the bakery on the square posts daily on Instagram; the chain runs Facebook ads</source>
        <translation>ex. : la boulangerie de la place publie chaque jour sur Instagram ; la chaîne fait de la publicité sur Facebook</translation>
    </message>
    <message>
        <source>e.g. they open at 6 a.m.; we bake over a wood fire and deliver on Sundays</source>
        <translation>ex. : ils ouvrent à 6 h ; nous cuisons au feu de bois et livrons le dimanche</translation>
    </message>
    <message>
        <source>e.g. a food blog, the tourist office's website, the local paper's Facebook page</source>
        <translation>ex. : un blog culinaire, le site de l'office de tourisme, la page Facebook du journal local</translation>
    </message>
    <message>
        <source>e.g. a tasting before the season, news worth passing on, someone who answers</source>
        <translation>ex. : une dégustation avant la saison, des nouvelles qui valent d'être relayées, quelqu'un qui répond</translation>
    </message>
    <message>
        <source>e.g. the cheese shop's Instagram, the wedding planner's Pinterest</source>
        <translation>ex. : l'Instagram de la fromagerie, le Pinterest de l'organisatrice de mariages</translation>
    </message>
    <message>
        <source>e.g. a bread-and-cheese pairing each Friday, a shared stand at the Christmas market</source>
        <translation>ex. : un accord pain-fromage chaque vendredi, un stand commun au marché de Noël</translation>
    </message>
    <message>
        <source>e.g. the mill's Facebook page, the rose grower's Instagram</source>
        <translation>ex. : la page Facebook du moulin, l'Instagram du rosiériste</translation>
    </message>
    <message>
        <source>e.g. a visit to the mill, the first roses of the season, where our flour comes from</source>
        <translation>ex. : une visite au moulin, les premières roses de la saison, l'origine de notre farine</translation>
    </message>
</context>
<context>
    <name>PlanOutput</name>
    <message>
        <source>This plan does not fit on one page: what we stand for and the channels come first, the rest follows on the next page.</source>
        <translation>Ce plan ne tient pas sur une page : ce que nous défendons et les canaux viennent d'abord, la suite est sur la page suivante.</translation>
    </message>
    <message>
        <source>More than one page</source>
        <translation>Plus d'une page</translation>
    </message>
    <message>
        <source>Shorter answers bring it back to one page.</source>
        <translation>Des réponses plus courtes le ramèneront à une page.</translation>
    </message>
</context>
</TS>