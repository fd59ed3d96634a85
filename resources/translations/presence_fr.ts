<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConsistencyModel</name>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="39" />
        <source>Listing</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="39" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="39" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="39" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="40" />
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="56" />
        <source>out of date</source>
        <translation>à revoir</translation>
    </message>
</context>
<context>
    <name>ConsistencyPage</name>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="69" />
        <source>Shop card (the reference)</source>
        <translation>Coordonnées de la boutique (la référence)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="80" />
        <source>Consistency of the listings</source>
        <translation>Cohérence des fiches</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="88" />
        <source>Differences, character by character</source>
        <translation>Différences, caractère par caractère</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="110" />
        <source>No listing to check yet: add them on the Listings page.</source>
        <translation>Aucune fiche à vérifier pour l'instant : ajoutez-en dans la page Fiches.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="114" />
        <source>The shop card is empty: fill it in the Strategy tab, then come back.</source>
        <translation>Les coordonnées de la boutique sont vides : remplissez-les dans l'onglet Stratégie, puis revenez ici.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="118" />
        <source>To change it, edit it in the Strategy tab (one card for the whole app).</source>
        <translation>Pour les modifier, passez par l'onglet Stratégie (les mêmes coordonnées pour toute l'application).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="126" />
        <source>Listings that differ from the shop card: %1 of %2. Not checked for more than 90 days: %3.</source>
        <translation>Fiches différentes des coordonnées de la boutique : %1 sur %2. Non vérifiées depuis plus de 90 jours : %3.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="135" />
        <source>Not checked for more than 90 days: open the listing and check it again.</source>
        <translation>Non vérifiée depuis plus de 90 jours : ouvrez la fiche et vérifiez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="138" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="139" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/consistency_page.py" line="140" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>The shop card is empty: every listing is checked against its name, address and phone.</source>
        <translation>Les coordonnées de la boutique sont vides : le nom, l&apos;adresse et le téléphone de chaque fiche leur sont comparés.</translation>
    </message>
    <message>
        <source>Fill &amp;in the shop card</source>
        <translation>&amp;Remplir les coordonnées</translation>
    </message>
</context>
<context>
    <name>LinkBuilderPage</name>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="76" />
        <source>Google review link</source>
        <translation>Lien d'avis Google</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="78" />
        <source>Google Place ID</source>
        <translation>Identifiant de lieu Google (Place ID)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="82" />
        <source>&amp;Place ID (or a Google link)</source>
        <translation>&amp;Place ID (ou un lien Google)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="85" />
        <source>the review link</source>
        <translation>le lien d'avis</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="86" />
        <source>Review link</source>
        <translation>Lien d'avis</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="87" />
        <source>&amp;Use it on the Google listing</source>
        <translation>&amp;Utiliser sur la fiche Google</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="88" />
        <source>Use this review link on the Google listing</source>
        <translation>Utiliser ce lien d'avis sur la fiche Google</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="99" />
        <source>Maps links</source>
        <translation>Liens vers les cartes</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="101" />
        <source>Name and address to search on Maps</source>
        <translation>Nom et adresse à chercher sur les cartes</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="103" />
        <source>&amp;Name and address</source>
        <translation>No&amp;m et adresse</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="104" />
        <source>the Google Maps link</source>
        <translation>le lien Google Maps</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="105" />
        <source>Google Maps</source>
        <translation>Google Maps</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="106" />
        <source>the Apple Maps link</source>
        <translation>le lien Apple Plans</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="107" />
        <source>Apple Maps</source>
        <translation>Apple Plans</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="108" />
        <source>The Google link pins your exact place when the Place ID above is valid.</source>
        <translation>Le lien Google pointe exactement sur votre boutique quand le Place ID ci-dessus est valide.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="111" />
        <source>Guest Wi-Fi</source>
        <translation>Wi-Fi invités</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="113" />
        <source>Network name (SSID)</source>
        <translation>Nom du réseau (SSID)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="115" />
        <source>Wi-Fi password</source>
        <translation>Mot de passe du Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="118" />
        <source>Wi-Fi security</source>
        <translation>Sécurité du Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="119" />
        <source>WPA, WPA2 or WPA3</source>
        <translation>WPA, WPA2 ou WPA3</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="119" />
        <source>WEP (old)</source>
        <translation>WEP (ancien)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="120" />
        <source>No password (open network)</source>
        <translation>Sans mot de passe (réseau ouvert)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="122" />
        <source>H&amp;idden network</source>
        <translation>&amp;Réseau masqué</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="123" />
        <source>Hidden network</source>
        <translation>Réseau masqué</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="124" />
        <source>Network na&amp;me</source>
        <translation>Nom du réseau (SS&amp;ID)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="125" />
        <source>Pass&amp;word</source>
        <translation>Mo&amp;t de passe</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="126" />
        <source>The password is not kept in SocialDesk's data file: type it again when you make a new code.</source>
        <translation>Le mot de passe n'est pas conservé dans le fichier de SocialDesk : saisissez-le de nouveau pour refaire un code.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="128" />
        <source>Securi&amp;ty</source>
        <translation>T&amp;ype de sécurité</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="132" />
        <source>the Wi-Fi code text</source>
        <translation>le texte du code Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="133" />
        <source>Code text</source>
        <translation>Texte du code</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="142" />
        <source>Contact card (vCard)</source>
        <translation>Fiche contact (vCard)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="145" />
        <source>the contact card</source>
        <translation>la fiche contact</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="149" />
        <source>Any web link</source>
        <translation>Tout lien web</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="151" />
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="154" />
        <source>Web add&amp;ress</source>
        <translation>Adresse &amp;web</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="157" />
        <source>the web link</source>
        <translation>le lien web</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="158" />
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="184" />
        <source>Save our contact</source>
        <translation>Enregistrez nos coordonnées</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="185" />
        <source>Made from the shop card; edit the card in the Strategy tab.</source>
        <translation>Créée à partir des coordonnées de la boutique ; modifiez-les dans l'onglet Stratégie.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="188" />
        <source>The shop card is empty: fill it in the Strategy tab first.</source>
        <translation>Les coordonnées de la boutique sont vides : remplissez-les d'abord dans l'onglet Stratégie.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="202" />
        <source>Leave us a review on Google</source>
        <translation>Laissez-nous un avis sur Google</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="226" />
        <source>Find us on Google Maps</source>
        <translation>Retrouvez-nous sur Google Maps</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="232" />
        <source>Find us on Apple Maps</source>
        <translation>Retrouvez-nous sur Apple Plans</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="239" />
        <source>iPhones ignore the hidden flag; most phones join after a scan.</source>
        <translation>Les iPhone ignorent l'indication « masqué » ; la plupart des téléphones se connectent après le scan.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="243" />
        <source>Type the network name.</source>
        <translation>Saisissez le nom du réseau.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="244" />
        <source>Type the password, or choose an open network.</source>
        <translation>Saisissez le mot de passe, ou choisissez un réseau ouvert.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="245" />
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_builder_page.py" line="245" />
        <source>Scan to join our Wi-Fi</source>
        <translation>Scannez pour vous connecter à notre Wi-Fi</translation>
    </message>
</context>
<context>
    <name>LinkOutput</name>
    <message>
        <location filename="../../socialdesk/ui/presence/link_output.py" line="28" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_output.py" line="28" />
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_output.py" line="32" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_output.py" line="32" />
        <source>Open %1 in the browser</source>
        <translation>Ouvrir %1 dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_output.py" line="37" />
        <source>Make a QR code</source>
        <translation>Créer un code QR</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/link_output.py" line="37" />
        <source>Make a QR code of %1</source>
        <translation>Créer un code QR avec %1</translation>
    </message>
</context>
<context>
    <name>ListingForm</name>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="59" />
        <source>Name of the platform</source>
        <translation>Nom de la plateforme</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="60" />
        <source>Platform name</source>
        <translation>Nom de la plateforme</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="64" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="68" />
        <source>S&amp;tatus</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="69" />
        <source>Web page of the listing</source>
        <translation>Page web de la fiche</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="72" />
        <source>&amp;Web page</source>
        <translation>Page &amp;web</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="74" />
        <source>Reserved username (@…)</source>
        <translation>Nom d'utilisateur réservé (@…)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="75" />
        <source>the brand name reserved there, e.g. boulangerielea</source>
        <translation>le nom d'utilisateur réservé, ex. : boulangerielea</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="76" />
        <source>Reserved &amp;username</source>
        <translation>No&amp;m d'utilisateur réservé</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="80" />
        <source>Name shown on the listing</source>
        <translation>Nom affiché sur la fiche</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="81" />
        <source>Address shown on the listing</source>
        <translation>Adresse affichée sur la fiche</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="82" />
        <source>Phone shown on the listing</source>
        <translation>Téléphone affiché sur la fiche</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="83" />
        <source>Name shown there</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="84" />
        <source>Address shown there</source>
        <translation>Adresse affichée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="85" />
        <source>Phone shown there</source>
        <translation>Téléphone affiché</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="86" />
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="121" />
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="90" />
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="92" />
        <source>Review link</source>
        <translation>Lien d'avis</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="91" />
        <source>made in the Link builder, or https://g.page/r/…/review</source>
        <translation>créé dans Liens, ou https://g.page/r/…/review</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="97" />
        <source>&amp;Print a QR card for it</source>
        <translation>Im&amp;primer une carte QR pour cette fiche</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="98" />
        <source>Print a QR card for this listing</source>
        <translation>Imprimer une carte QR pour cette fiche</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="104" />
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="108" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="124" />
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="126" />
        <source>&amp;I checked it today</source>
        <translation>Je l'a&amp;i vérifiée aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="127" />
        <source>Mark as checked today</source>
        <translation>Marquer comme vérifiée aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="141" />
        <source>Choose a listing in the table.</source>
        <translation>Choisissez une fiche dans le tableau.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="166" />
        <source>This review link does not look like the platform's review form.</source>
        <translation>Ce lien d'avis ne ressemble pas au formulaire d'avis de la plateforme.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="172" />
        <source>not checked for more than 90 days</source>
        <translation>non vérifiée depuis plus de 90 jours</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="181" />
        <source>No card yet: give it a web page (or a review link) first.</source>
        <translation>Pas encore de carte : donnez-lui d'abord une page web (ou un lien d'avis).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listing_form.py" line="182" />
        <source>The card will say: %1</source>
        <translation>La carte dira : %1</translation>
    </message>
</context>
<context>
    <name>ListingsModel</name>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_model.py" line="48" />
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_model.py" line="48" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_model.py" line="48" />
        <source>Username</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_model.py" line="48" />
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_model.py" line="49" />
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_model.py" line="49" />
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_model.py" line="62" />
        <source>Not checked for more than 90 days: open the listing and check it again.</source>
        <translation>Non vérifiée depuis plus de 90 jours : ouvrez la fiche et vérifiez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_model.py" line="82" />
        <source>out of date</source>
        <translation>à revoir</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_model.py" line="84" />
        <source>Print</source>
        <translation>À imprimer</translation>
    </message>
</context>
<context>
    <name>ListingsPage</name>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="48" />
        <source>Listings</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="81" />
        <source>&amp;Add a listing</source>
        <translation>A&amp;jouter une fiche</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="82" />
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="169" />
        <source>Add a listing</source>
        <translation>Ajouter une fiche</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="86" />
        <source>Add the &amp;recommended ones</source>
        <translation>Ajouter les fiches su&amp;ggérées</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="87" />
        <source>Add every recommended local listing</source>
        <translation>Ajouter toutes les fiches locales suggérées</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="89" />
        <source>Re&amp;move</source>
        <translation>Retir&amp;er</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="89" />
        <source>Remove the selected listing</source>
        <translation>Retirer la fiche choisie</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="91" />
        <source>Ope&amp;n</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="91" />
        <source>Open the listing in the browser</source>
        <translation>Ouvrir la fiche dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="96" />
        <source>Make a QR co&amp;de</source>
        <translation>C&amp;réer un code QR</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="96" />
        <source>Make a QR code for this listing</source>
        <translation>Créer un code QR pour cette fiche</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="157" />
        <source>%1 (named in the 2011 interview; added as your own platform)</source>
        <translation>%1 (cité dans l'interview de 2011 ; fiche personnalisée)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="160" />
        <source>Another platform…</source>
        <translation>Autre plateforme…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="166" />
        <source>%1 (in the 2011 interview: %2)</source>
        <translation>%1 (dans l'interview de 2011 : %2)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="169" />
        <source>Name of the platform:</source>
        <translation>Nom de la plateforme :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="184" />
        <source>Add the recommended listings</source>
        <translation>Ajouter les fiches suggérées</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="1" />
        <source>%1 (its app closed in %2)</source>
        <translation>%1 (son appli a fermé en %2)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py"/>
        <source>Printed codes to reprint</source>
        <translation>Codes imprimés à réimprimer</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="1" />
        <source>Reply t&amp;o a review…</source>
        <translation>Répondre à &amp;un avis…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="1" />
        <source>Reply to a review on this listing</source>
        <translation>Répondre à un avis sur cette fiche</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="1" />
        <source>No listing yet. Start with the ones every local shop needs (Google, Apple, Bing and the others recommended): you fill in each one afterwards.</source>
        <translation>Aucune fiche pour l'instant. Commencez par celles dont tout commerce de proximité a besoin (Google, Apple, Bing et les autres fiches suggérées) : vous remplirez chacune ensuite.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/listings_page.py" line="1" />
        <source>Add the &amp;recommended listings</source>
        <translation>Ajouter les fiches su&amp;ggérées</translation>
    </message>
</context>
<context>
    <name>PresenceCommands</name>
    <message>
        <location filename="../../socialdesk/ui/presence/commands.py" line="43" />
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/commands.py" line="56" />
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/commands.py" line="78" />
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>PresenceDiff</name>
    <message>
        <location filename="../../socialdesk/ui/presence/diff_view.py" line="42" />
        <source>As written: “%1” (shop card), “%2” (listing)</source>
        <translation>Tel qu'écrit : « %1 » (coordonnées de la boutique), « %2 » (fiche)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/diff_view.py" line="45" />
        <source>Shop card:</source>
        <translation>Coordonnées de la boutique :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/diff_view.py" line="46" />
        <source>Listing:</source>
        <translation>Fiche en ligne :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/diff_view.py" line="55" />
        <source>on the shop card, missing on the listing</source>
        <translation>dans les coordonnées de la boutique, absent de la fiche</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/diff_view.py" line="56" />
        <source>on the listing, not on the shop card</source>
        <translation>sur la fiche, absent des coordonnées de la boutique</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/diff_view.py" line="57" />
        <source>Compared ignoring capitals, accents, punctuation, abbreviations (rue/r., bd…) and how phone numbers are written.</source>
        <translation>Comparaison sans tenir compte des majuscules, des accents, de la ponctuation, des abréviations (rue/r., bd…) ni de l'écriture des numéros de téléphone.</translation>
    </message>
</context>
<context>
    <name>PresenceTab</name>
    <message>
        <location filename="../../socialdesk/ui/presence/tab.py" line="31" />
        <source>Local presence pages</source>
        <translation>Pages de la présence locale</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/tab.py" line="35" />
        <source>Listin&amp;gs</source>
        <translation>Fic&amp;hes</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/tab.py" line="36" />
        <source>Consistenc&amp;y</source>
        <translation>C&amp;ohérence</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/tab.py" line="37" />
        <source>Link &amp;builder</source>
        <translation>Lie&amp;ns</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/tab.py" line="41" />
        <source>&amp;QR codes</source>
        <translation>Codes &amp;QR</translation>
    </message>
</context>
<context>
    <name>PresenceWords</name>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="15" />
        <source>To claim</source>
        <translation>À revendiquer</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="16" />
        <source>Claimed</source>
        <translation>Revendiquée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="17" />
        <source>Verified</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="18" />
        <source>Not relevant</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="24" />
        <source>Agrees</source>
        <translation>Concorde</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="25" />
        <source>Differs</source>
        <translation>Diffère</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="26" />
        <source>Not noted</source>
        <translation>Non relevé</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="27" />
        <source>Not on the shop card</source>
        <translation>Absent des coordonnées de la boutique</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="28" />
        <source>Not a phone number</source>
        <translation>Pas un numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="34" />
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="41" />
        <source>Paste your Place ID (it usually starts with ChIJ).</source>
        <translation>Collez votre Place ID (il commence en général par ChIJ).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="42" />
        <source>This is a Place ID: the review link below is ready.</source>
        <translation>C'est un Place ID : le lien d'avis ci-dessous est prêt.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="43" />
        <source>This link contains a Place ID; SocialDesk took it out and built the review link.</source>
        <translation>Ce lien contient un Place ID ; SocialDesk l'en a extrait et a créé le lien d'avis.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="44" />
        <source>This is the short review link from your profile's “Ask for reviews”: it can be used as it is.</source>
        <translation>C'est le lien court « Demander des avis » de votre fiche : il s'utilise tel quel.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="46" />
        <source>This is a CID (a customer number from a Maps link), not a Place ID. Google's review form needs the Place ID: find it with Google's Place ID Finder, or copy the review link from your profile's “Ask for reviews” button.</source>
        <translation>C'est un CID (un numéro tiré d'un lien Maps), pas un Place ID. Le formulaire d'avis de Google a besoin du Place ID : trouvez-le avec l'outil Place ID Finder de Google, ou copiez le lien du bouton « Demander des avis » de votre fiche.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="49" />
        <source>This is a Maps feature number (0x…:0x…), not a Place ID. Use Google's Place ID Finder, or the link from your profile's “Ask for reviews” button.</source>
        <translation>C'est un numéro d'élément Maps (0x…:0x…), pas un Place ID. Utilisez l'outil Place ID Finder de Google, ou le lien du bouton « Demander des avis » de votre fiche.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="51" />
        <source>This is a Google Maps page link; it does not contain the Place ID. Use Google's Place ID Finder, or the link from your profile's “Ask for reviews” button.</source>
        <translation>C'est le lien d'une page Google Maps ; il ne contient pas le Place ID. Utilisez l'outil Place ID Finder de Google, ou le lien du bouton « Demander des avis » de votre fiche.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="53" />
        <source>This is a short link; SocialDesk works offline and cannot see where it leads. Paste the Place ID, or the g.page/r/…/review link from “Ask for reviews”.</source>
        <translation>C'est un lien court ; SocialDesk fonctionne hors ligne et ne peut pas voir où il mène. Collez le Place ID, ou le lien g.page/r/…/review de « Demander des avis ».</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="55" />
        <source>This does not look like a Place ID (20 or more letters, digits, - or _, usually starting with ChIJ).</source>
        <translation>Cela ne ressemble pas à un Place ID (au moins 20 lettres, chiffres, - ou _, commençant en général par ChIJ).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="60" />
        <source>It does not start with ChIJ, so it may point to an address or an area rather than your shop: check that the link opens your shop's page.</source>
        <translation>Il ne commence pas par ChIJ : il désigne peut-être une adresse ou un secteur plutôt que votre boutique. Vérifiez que le lien ouvre bien la page de votre boutique.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="69" />
        <source>This link is not on this platform's website.</source>
        <translation>Ce lien n'est pas sur le site de cette plateforme.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="70" />
        <source>This link does not look like a business page on this platform (a search or a post?). Copy the address of the page itself.</source>
        <translation>Ce lien ne ressemble pas à la page d'un commerce sur cette plateforme (une recherche, une publication ?). Copiez l'adresse de la page elle-même.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="77" />
        <source>Type or paste a web address.</source>
        <translation>Saisissez ou collez une adresse web.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="78" />
        <source>Only web links (http or https) are allowed; other kinds, such as javascript:, could harm the person who opens them.</source>
        <translation>Seuls les liens web (http ou https) sont acceptés ; les autres, comme javascript:, pourraient nuire à qui les ouvre.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="80" />
        <source>This address has no website name (like example.com).</source>
        <translation>Cette adresse n'a pas de nom de site (comme exemple.fr).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="81" />
        <source>This address contains invisible control characters.</source>
        <translation>Cette adresse contient des caractères de contrôle invisibles.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="82" />
        <source>This address hides a name before an @ sign: links like that are used to disguise where they lead.</source>
        <translation>Cette adresse cache un nom devant un signe @ : ce genre de lien sert à déguiser sa vraie destination.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="83" />
        <source>This address is too long for a QR code that scans well.</source>
        <translation>Cette adresse est trop longue pour un code QR facile à lire.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/labels.py" line="48" />
        <source>Text that starts with a word and a colon with no space after it (“Hours:9-7”) reads as a link on a phone: put a space after the colon.</source>
        <translation>Un texte qui commence par un mot suivi de deux-points sans espace après (« Horaires:9h-19h ») se lit comme un lien sur un téléphone : mettez une espace après les deux-points.</translation>
    </message>
    <message>
        <source>A code starting with tel:, mailto:, sms: or the like makes the phone that scans it call or write at once: write the number or address as plain text (“Tel: 04 78 00 00 00”).</source>
        <translation>Un code qui commence par tel:, mailto:, sms:… fait aussitôt appeler ou écrire le téléphone qui le lit : écrivez le numéro ou l'adresse en texte simple (« Tél : 04 78 00 00 00 »).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="88" />
        <source>Google's rule: ask every customer, never only the happy ones, and never reward reviews (no discount, no gift, no draw).</source>
        <translation>Règle de Google : demandez à tous vos clients, jamais seulement aux clients satisfaits (pas de tri), et ne récompensez jamais un avis (ni remise, ni cadeau, ni tirage au sort).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/words.py" line="93" />
        <source>Yelp forbids asking for reviews: its cards say “Find us on Yelp”.</source>
        <translation>Yelp interdit de solliciter des avis : ses cartes indiquent « Retrouvez-nous sur Yelp ».</translation>
    </message>
    <message>
        <source>Ask every customer, never only the happy ones, and never reward reviews (no discount, no gift, no draw): Google forbids both, and it is the safe rule everywhere.</source>
        <translation>Demandez à tous vos clients, jamais seulement aux clients satisfaits (pas de tri), et ne récompensez jamais un avis (ni remise, ni cadeau, ni tirage au sort) : Google interdit les deux, et c&apos;est la règle sûre partout.</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message>
        <location filename="../../socialdesk/ui/presence/labels.py" />
        <source>Leave us a review on %1</source>
        <translation>Laissez-nous un avis sur %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/labels.py" />
        <source>Find us on %1</source>
        <translation>Retrouvez-nous sur %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/labels.py" />
        <source>Follow us on %1</source>
        <translation>Suivez-nous sur %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/card_rules.py"/>
        <source>it offers something for a review (a discount, a gift, a draw…)</source>
        <translation>elle offre quelque chose en échange d&apos;un avis (remise, cadeau, tirage au sort…)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/card_rules.py"/>
        <source>it asks only happy customers for a review</source>
        <translation>elle ne demande un avis qu&apos;aux clients contents</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/card_rules.py"/>
        <source>it asks for (or promises) 5 stars</source>
        <translation>elle demande (ou promet) 5 étoiles</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/card_rules.py"/>
        <source>it asks for a review, which this platform forbids: say “Find us on …” instead</source>
        <translation>elle demande un avis, ce que cette plateforme interdit : écrivez plutôt « Retrouvez-nous sur… »</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/card_rules.py"/>
        <source>Google&apos;s review rules</source>
        <translation>les règles de Google sur les avis</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/card_rules.py"/>
        <source>Tripadvisor&apos;s review rules</source>
        <translation>les règles de Tripadvisor sur les avis</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/card_rules.py"/>
        <source>Yelp&apos;s rules</source>
        <translation>les règles de Yelp</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/card_rules.py"/>
        <source>the FTC rule on consumer reviews (USA, 2024)</source>
        <translation>la règle de la FTC sur les avis de consommateurs (États-Unis, 2024)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/card_rules.py"/>
        <source>the French Code de la consommation (art. L121-4)</source>
        <translation>le Code de la consommation (art. L121-4)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/card_rules.py"/>
        <source>“%1” breaks %2: %3 (rule last checked %4).</source>
        <translation>« %1 » enfreint %2 : %3 (règle vérifiée le %4).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/card_rules.py"/>
        <source>Review rules</source>
        <translation>Règles sur les avis</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/card_rules.py"/>
        <source>Print anyway?</source>
        <translation>Imprimer quand même ?</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/card_rules.py"/>
        <source>Scan to join our Wi-Fi</source>
        <translation>Scannez pour rejoindre notre Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/card_rules.py"/>
        <source>Scan to save our contact details</source>
        <translation>Enregistrez nos coordonnées</translation>
    </message>
</context>
<context>
    <name>PrintedWords</name>
    <message>
        <location filename="../../socialdesk/ui/presence/printed_words.py"/>
        <source>QR code made with socialdesk qr</source>
        <translation>Code QR fait avec socialdesk qr</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/printed_words.py"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/printed_words.py"/>
        <source>place not set</source>
        <translation>emplacement non précisé</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/printed_words.py"/>
        <source>Reprint %1, at %2 (printed %3): its listing&apos;s link has changed.</source>
        <translation>Réimprimer %1, emplacement : %2 (imprimé le %3) : le lien de sa fiche a changé.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/printed_words.py"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/printed_words.py"/>
        <source>Take down %1, %2 printed, at %3 (last printed %4): listing deleted — take the code down.</source>
        <translation>Retirer %1, %2 imprimé(s), emplacement : %3 (dernière impression le %4) : fiche supprimée — retirez le code.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/printed_words.py"/>
        <source>Reprint %1, %2 printed, at %3 (last printed %4): its link has changed.</source>
        <translation>Réimprimer %1, %2 imprimé(s), emplacement : %3 (dernière impression le %4) : son lien a changé.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/printed_words.py"/>
        <source>Counter</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/printed_words.py"/>
        <source>Window</source>
        <translation>Vitrine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/printed_words.py"/>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/printed_words.py"/>
        <source>Table 1</source>
        <translation>Table 1</translation>
    </message>
</context>
<context>
    <name>ReprintList</name>
    <message>
        <location filename="../../socialdesk/ui/presence/reprint_list.py"/>
        <source>Printed codes to reprint</source>
        <translation>Codes imprimés à réimprimer</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reprint_list.py"/>
        <source>Removed / no longer there</source>
        <translation>Retiré / n'y est plus</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reprint_list.py"/>
        <source>This printed code was taken down: stop listing it</source>
        <translation>Ce code imprimé a été retiré : ne plus le signaler</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>Reply to a review</source>
        <translation>Répondre à un avis</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>Replace your edited reply with a new draft?</source>
        <translation>Remplacer votre réponse modifiée par un nouveau brouillon ?</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>&amp;Replace with a new draft</source>
        <translation>&amp;Remplacer par un nouveau brouillon</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>&amp;Keep my reply</source>
        <translation>&amp;Garder ma réponse</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>Listing the review is on</source>
        <translation>Fiche où se trouve l&apos;avis</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>The review&apos;s rating</source>
        <translation>Note de l&apos;avis</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>A rating without words</source>
        <translation>Une note sans commentaire</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>Language of the reply</source>
        <translation>Langue de la réponse</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>&amp;Listing:</source>
        <translation>&amp;Fiche :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>&amp;Rating:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>Reply &amp;in:</source>
        <translation>Répondre &amp;en :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>An unhappy customer: how to answer</source>
        <translation>Un client mécontent : comment répondre</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>Steps %1 and %2 come from the 2011 interview (Strategy tab); the others are SocialDesk&apos;s advice and the platforms&apos; rules.</source>
        <translation>Les étapes %1 et %2 viennent de l&apos;interview de 2011 (onglet Stratégie) ; les autres sont des conseils de SocialDesk et les règles des plateformes.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>&amp;Draft (you may edit it):</source>
        <translation>&amp;Brouillon (modifiable) :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>Draft of the reply</source>
        <translation>Brouillon de la réponse</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>&amp;Other wording</source>
        <translation>&amp;Autre formulation</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>Show another wording of the draft</source>
        <translation>Afficher une autre formulation du brouillon</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>Copy the lin&amp;k</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>Copy the review page&apos;s link</source>
        <translation>Copier le lien de la page des avis</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>&amp;Copy, then open the reviews on %1</source>
        <translation>&amp;Copier, puis ouvrir les avis sur %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>&amp;Copy the reply</source>
        <translation>&amp;Copier la réponse</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>Reply copied: paste it under the review.</source>
        <translation>Réponse copiée : collez-la sous l&apos;avis.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>Opened %1.</source>
        <translation>Page ouverte : %1.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>You were writing this reply and did not copy it:</source>
        <translation>Vous rédigiez cette réponse sans l&apos;avoir copiée :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>Continue it?</source>
        <translation>La reprendre ?</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>C&amp;ontinue the reply</source>
        <translation>&amp;Reprendre la réponse</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_dialog.py" line="1" />
        <source>&amp;Discard it</source>
        <translation>&amp;L&apos;abandonner</translation>
    </message>
</context>
<context>
    <name>ReplyWords</name>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>Customer&apos;s &amp;first name:</source>
        <translation>&amp;Prénom du client :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>What they &amp;mentioned:</source>
        <translation>Ce que la personne a &amp;mentionné :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>How to reac&amp;h you:</source>
        <translation>Pour vous &amp;joindre :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>&amp;Who replies:</source>
        <translation>&amp;Qui répond :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>as the review shows it, e.g. Julien</source>
        <translation>tel qu&apos;il apparaît dans l&apos;avis, ex. : Julien</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>in their words, e.g. the sourdough loaf</source>
        <translation>avec ses mots, ex. : le pain au levain</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>the shop&apos;s phone or email</source>
        <translation>le téléphone ou l&apos;e-mail de la boutique</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>your first name, e.g. Léa, the baker</source>
        <translation>votre prénom, ex. : Léa, boulangère</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>Answer publicly, under the review: the next customers read your answer more than the complaint.</source>
        <translation>Répondez publiquement, sous l&apos;avis : les prochains clients lisent votre réponse plus que la plainte.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>Wait until you are calm. Thank them, no argument, no blame, nothing private about the customer.</source>
        <translation>Attendez d&apos;être calme. Remerciez, sans argumenter ni accuser, sans rien de privé sur le client.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>Be a person, not “the management”: sign with your first name.</source>
        <translation>Soyez une personne, pas « la direction » : signez de votre prénom.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>Listen first: say back what they mentioned, so they know you read it.</source>
        <translation>Écoutez d&apos;abord : reprenez ce que la personne a mentionné, pour montrer que vous l&apos;avez lu.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>Take it offline: give a phone number or an email to settle it in person.</source>
        <translation>Poursuivez hors ligne : donnez un téléphone ou un e-mail pour régler cela de vive voix.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>Offer nothing in exchange for changing or removing the review: Google forbids it, and so does the law.</source>
        <translation>N&apos;offrez rien en échange d&apos;un avis modifié ou retiré : Google l&apos;interdit, la loi aussi.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>Fill in every blank first: %1.</source>
        <translation>Complétez d&apos;abord chaque champ : %1.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>The reply offers something: no platform allows a reward linked to a review.</source>
        <translation>La réponse offre quelque chose : aucune plateforme n&apos;accepte de contrepartie liée à un avis.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>The reply asks to change or remove the review: Google forbids it since 2024.</source>
        <translation>La réponse demande de modifier ou de retirer l&apos;avis : Google l&apos;interdit depuis 2024.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>what they mentioned</source>
        <translation>ce que la personne a mentionné</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>how to reach you</source>
        <translation>pour vous joindre</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/reply_words.py" line="1" />
        <source>who replies</source>
        <translation>qui répond</translation>
    </message>
</context>
</TS>