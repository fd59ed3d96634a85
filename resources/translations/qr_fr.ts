<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CardPrinting</name>
    <message>
        <location filename="../../socialdesk/ui/printing/cards.py" line="99"/>
        <source>Checking that every code scans…</source>
        <translation>Vérification de la lecture de chaque code…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/printing/cards.py" line="100"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/printing/cards.py" line="101"/>
        <location filename="../../socialdesk/ui/printing/cards.py" line="116"/>
        <source>QR cards</source>
        <translation>Cartes QR</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/printing/cards.py" line="195"/>
        <source>The address of %1 is too long to print under its code; the code itself is complete.</source>
        <translation>L&apos;adresse de %1 est trop longue pour être imprimée sous son code ; le code lui-même est complet.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/printing/card_words.py"/>
        <source>%1 prints on a US Letter page, the paper of this shop (Preferences ▸ Printing).</source>
        <translation>%1 s&apos;imprime sur une page US Letter, le papier de cette boutique (Préférences ▸ Impression).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/printing/card_words.py"/>
        <source>On %1 labels the logo is left off the code of %2: with it, the address could not go under the code.</source>
        <translation>Sur les étiquettes %1, le logo est retiré du code de %2 : avec lui, l&apos;adresse ne tiendrait pas sous le code.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/printing/card_words.py"/>
        <source>The logo is left off the code of %1: with it, that code does not read on the printed page.</source>
        <translation>Le logo est retiré du code de %1 : avec lui, ce code ne se lit pas sur la page imprimée.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/printing/cards.py"/>
        <source>The address %1 is too long to print under its code; the code itself is complete.</source>
        <translation>L&apos;adresse %1 est trop longue pour être imprimée sous son code ; le code lui-même est complet.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/printing/cards.py"/>
        <source>The headline “%1” does not fit on one line on this card even in small letters: it is left off; shorten it or choose a bigger card.</source>
        <translation>La phrase d&apos;accroche « %1 » ne tient pas sur une ligne sur cette carte, même en petits caractères : elle n&apos;est pas imprimée ; raccourcissez-la ou choisissez une carte plus grande.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/printing/card_words.py" line="1"/>
        <source>No font on this computer has %1 in the shop name: it prints as an empty box; take it out of the shop name in the Strategy tab.</source>
        <translation>Aucune police de cet ordinateur n&apos;a %1 du nom de la boutique : il s&apos;imprime comme une case vide ; retirez-le du nom de la boutique dans l&apos;onglet Stratégie.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/printing/card_words.py"/>
        <source>No font on this computer has %1 in “%2”: it prints as an empty box; take it out.</source>
        <translation>Aucune police de cet ordinateur n&apos;a %1 dans « %2 » : il s&apos;imprime comme une case vide ; retirez-le.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/printing/card_words.py"/>
        <source>Every business card carries one code on its back, %1 (the first listing marked for print); %2 are not on them: for another code on the backs, leave only its listing marked for print.</source>
        <translation>Chaque carte de visite porte un seul code au dos, %1 (la première fiche à imprimer) ; %2 n&apos;y sont pas : pour un autre code au dos, ne laissez que sa fiche cochée pour l&apos;impression.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/printing/cards.py" line="199"/>
        <source>The shop name is too long for this card even in small letters: it is printed shortened.</source>
        <translation>Le nom de la boutique est trop long pour cette carte, même en petits caractères : il est imprimé raccourci.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/printing/cards.py" line="202"/>
        <source>“%1” is too long for this card even in small letters: it is printed shortened.</source>
        <translation>« %1 » est trop long pour cette carte, même en petits caractères : il est imprimé raccourci.</translation>
    </message>
    <message>
        <source>The card asks for a review on %1, but its link (%2) does not look like %1&apos;s review form: check the review link in Local presence ▸ Listings.</source>
        <translation>La carte demande un avis sur %1, mais son lien (%2) ne ressemble pas au formulaire d&apos;avis de %1 : vérifiez le lien d&apos;avis dans Présence locale ▸ Fiches.</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="23"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="24"/>
        <source>Choose %1</source>
        <translation>Choisir : %1</translation>
    </message>
</context>
<context>
    <name>QrCardsBar</name>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="1"/>
        <source>Closure line</source>
        <translation>Ligne de fermeture</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="1"/>
        <source>Closure line, e.g. Closed 10–24 August</source>
        <translation>Ligne de fermeture, ex. : Fermé du 10 au 24 août</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="1"/>
        <source>A door sign needs your Google listing, or the shop&apos;s name and address in the Strategy tab.</source>
        <translation>Une affiche de porte a besoin de votre fiche Google, ou du nom et de l&apos;adresse de la boutique dans l&apos;onglet Stratégie.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="1"/>
        <source>Four A6 counter cards on A4 (cut marks)</source>
        <translation>Quatre cartes de comptoir A6 sur A4 (traits de coupe)</translation>
    </message>
    <message>
        <source>Four counter cards on US Letter, 4¼ × 5½ in (cut marks)</source>
        <translation>Quatre cartes de comptoir sur US Letter, 4¼ × 5½ pouces (traits de coupe)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="1"/>
        <source>Sticker sheet</source>
        <translation>Planche d&apos;autocollants</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="1"/>
        <source>Business cards (front and back)</source>
        <translation>Cartes de visite (recto verso)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="1"/>
        <source>A5 door sign (opening hours)</source>
        <translation>Affiche de porte A5 (horaires)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="1"/>
        <source>Not printed: business cards show the shop&apos;s name and address on their front; fill in the shop card in the Strategy tab.</source>
        <translation>Non imprimé : les cartes de visite portent au recto le nom et l&apos;adresse de la boutique ; remplissez les coordonnées de la boutique dans l&apos;onglet Stratégie.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="1"/>
        <source>US Letter door sign (opening hours)</source>
        <translation>Affiche de porte US Letter (horaires)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="1"/>
        <source>A4 door sign (opening hours)</source>
        <translation>Affiche de porte A4 (horaires)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="1"/>
        <source>Sheet you bought</source>
        <translation>Planche achetée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="1"/>
        <source>Choose the product by the code printed on its box: the stickers or cards are printed on its exact positions.</source>
        <translation>Choisissez le produit d&apos;après le code imprimé sur sa boîte : les autocollants ou les cartes sont imprimés exactement à ses emplacements.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="1"/>
        <source>Its labels are %1 mm high: too small for a code that scans with its address under it (at least %2 mm).</source>
        <translation>Ses étiquettes font %1 mm de haut : trop peu pour un code QR qui se scanne avec son adresse dessous (au moins %2 mm).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="1"/>
        <source>%1 %2: %3 a sheet, %4 × %5 mm (%6)</source>
        <translation>%1 %2 : %3 par planche, %4 × %5 mm (%6)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="30"/>
        <source>Card template</source>
        <translation>Modèle de carte</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="31"/>
        <source>A6 counter card</source>
        <translation>Carte de comptoir A6</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="32"/>
        <source>A5 table tent (folded)</source>
        <translation>Chevalet de table A5 (plié)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="33"/>
        <source>A4 sheet of stickers</source>
        <translation>Planche d&apos;autocollants A4</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="34"/>
        <source>Business cards (A4 sheet)</source>
        <translation>Cartes de visite (planche A4)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="36"/>
        <source>Print this code on cards…</source>
        <translation>Imprimer ce code sur des cartes…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="38"/>
        <source>Codes per card</source>
        <translation>Codes par carte</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="40"/>
        <source> per card</source>
        <translation> par carte</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="41"/>
        <source>Print the marked listings…</source>
        <translation>Imprimer les fiches cochées…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="42"/>
        <source>A card for every listing whose “Print a QR card for it” box is ticked</source>
        <translation>Une carte pour chaque fiche dont la case « Imprimer une carte QR » est cochée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="45"/>
        <source>Cards:</source>
        <translation>Cartes :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="89"/>
        <source>No listing is marked for print: tick “Print a QR card for it” on the listings you want, in the Listings page.</source>
        <translation>Aucune fiche n&apos;est à imprimer : cochez « Imprimer une carte QR » sur les fiches voulues, dans la page Fiches.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="102"/>
        <source>%3: this code needs %1 mm but the card only has room for %2 mm. Use a shorter link, fewer codes per card or a bigger card.</source>
        <translation>%3 : la carte est trop petite pour ce code (il lui faut %1 mm, la carte n'en offre que %2). Utilisez un lien plus court, moins de codes par carte ou une carte plus grande.</translation>
    </message>
    <message>
        <source>Not printed: the labels of %1 are %2 mm high, too small for a code that scans; a code of at least %3 mm, its quiet zone and the address under it need labels at least %4 mm high.</source>
        <translation>Non imprimé : les étiquettes %1 font %2 mm de haut, trop peu pour un code qui se lise ; un code d'au moins %3 mm, sa marge blanche et l'adresse dessous demandent des étiquettes d'au moins %4 mm de haut.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py"/>
        <source>Not printed: %1. %2</source>
        <translation>Rien n'est imprimé : %1. %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py"/>
        <source>Not printed: with the logo, the code of %1 does not read on the printed page at 150 dpi, even with the logo at its smallest. Print without the logo or on a bigger card.</source>
        <translation>Rien n'est imprimé : avec le logo, le code de %1 ne se lit pas sur la page imprimée à 150 dpi, même avec le logo au plus petit. Imprimez sans le logo ou sur une carte plus grande.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py" line="107"/>
        <source>One of the links is too long for a QR code; shorten it in its listing.</source>
        <translation>Un des liens est trop long pour un code QR ; raccourcissez-le dans sa fiche.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py"/>
        <source>Where the cards will be</source>
        <translation>Où seront les cartes</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py"/>
        <source>SocialDesk remembers where each printed code is, to tell you what to reprint when a link changes and where to check that nobody stuck a fake code over it.</source>
        <translation>SocialDesk retient où se trouve chaque code imprimé, pour vous dire quoi réimprimer quand un lien change et où vérifier que personne n&apos;a collé un faux code par-dessus.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py"/>
        <source>Counter</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py"/>
        <source>Window</source>
        <translation>Vitrine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py"/>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py"/>
        <source>Table 1</source>
        <translation>Table 1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py"/>
        <source>&amp;Where:</source>
        <translation>E&amp;mplacement :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_cards_bar.py"/>
        <source>Not printed: %1</source>
        <translation>Non imprimé : %1</translation>
    </message>
</context>
<context>
    <name>QrDesignForm</name>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Plain letters</source>
        <translation>Lettres simples</translation>
    </message>
    <message>
        <source>Classic letters (with serifs)</source>
        <translation>Lettres classiques (à empattements)</translation>
    </message>
    <message>
        <source>Card style</source>
        <translation>Style des cartes</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Framed in the code colour</source>
        <translation>Encadré de la couleur du code</translation>
    </message>
    <message>
        <source>Large headline at the top</source>
        <translation>Grande phrase d&apos;accroche en haut</translation>
    </message>
    <message>
        <source>Le&amp;tters:</source>
        <translation>L&amp;ettres :</translation>
    </message>
    <message>
        <source>Ca&amp;rd style:</source>
        <translation>St&amp;yle des cartes :</translation>
    </message>
    <message>
        <source>the shop&apos;s logo</source>
        <translation>le logo de la boutique</translation>
    </message>
    <message>
        <source>Empty: the code&apos;s own address</source>
        <translation>Vide : l&apos;adresse du code lui-même</translation>
    </message>
    <message>
        <source>Why the caption is refused</source>
        <translation>Pourquoi la légende est refusée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="167"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="67"/>
        <source>Damage tolerance</source>
        <translation>Correction d&apos;erreurs</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="68"/>
        <source>Automatic (H with a logo)</source>
        <translation>Automatique (H avec un logo)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="70"/>
        <source>%1: survives %2 % damage</source>
        <translation>%1 : résiste à %2 % de dégâts</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="71"/>
        <source>Code colour</source>
        <translation>Couleur du code</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="72"/>
        <source>Background colour</source>
        <translation>Couleur du fond</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="73"/>
        <source>Damage tolera&amp;nce:</source>
        <translation>Ni&amp;veau de correction :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="74"/>
        <source>Code colour:</source>
        <translation>Couleur du code :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="75"/>
        <source>Background:</source>
        <translation>Fond :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="76"/>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="78"/>
        <source>Headline</source>
        <translation>Phrase d&apos;accroche</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="79"/>
        <source>Leave us a review on Google</source>
        <translation>Laissez-nous un avis sur Google</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="81"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="82"/>
        <source>Hea&amp;dline:</source>
        <translation>&amp;Phrase d'accroche :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="83"/>
        <source>Ca&amp;ption:</source>
        <translation>Lé&amp;gende :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="84"/>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="91"/>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="147"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="92"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="93"/>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="94"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="95"/>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="109"/>
        <source>readable from</source>
        <translation>lisible à</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="110"/>
        <source>Size from the scanning distance</source>
        <translation>Taille selon la distance de lecture</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="112"/>
        <source>Scanning distance in centimetres</source>
        <translation>Distance de lecture en centimètres</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="115"/>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="116"/>
        <source>width</source>
        <translation>largeur</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="117"/>
        <source>Size in millimetres</source>
        <translation>Taille en millimètres</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="119"/>
        <source>Code width in millimetres</source>
        <translation>Largeur du code en millimètres</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_design_form.py" line="123"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
</context>
<context>
    <name>QrDialogs</name>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_dialogs.py" line="18"/>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_dialogs.py" line="19"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_dialogs.py" line="25"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_dialogs.py" line="26"/>
        <source>SVG vector image (*.svg)</source>
        <translation>Image vectorielle SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_dialogs.py" line="27"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_dialogs.py" line="28"/>
        <source>Export the QR code</source>
        <translation>Exporter le code QR</translation>
    </message>
</context>
<context>
    <name>QrOutputBar</name>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_output_bar.py" line="26"/>
        <source>PNG resolution</source>
        <translation>Résolution du PNG</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_output_bar.py" line="27"/>
        <source>300 dpi</source>
        <translation>300 ppp</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_output_bar.py" line="28"/>
        <source>600 dpi</source>
        <translation>600 ppp</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_output_bar.py" line="29"/>
        <source>E&amp;xport PNG…</source>
        <translation>E&amp;xporter en PNG…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_output_bar.py" line="30"/>
        <source>Export SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_output_bar.py" line="31"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_output_bar.py" line="32"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_output_bar.py" line="61"/>
        <source>qr-code</source>
        <translation>code-qr</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_output_bar.py" line="72"/>
        <source>Could not write %1 (%2). Nothing was changed; choose another folder.</source>
        <translation>Impossible d&apos;écrire %1 (%2). Rien n&apos;a été modifié ; choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_output_bar.py" line="75"/>
        <source>Saved %1. It decodes exactly at %2 dpi.</source>
        <translation>%1 enregistré. Le code se lit correctement à %2 ppp.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_output_bar.py" line="84"/>
        <source>Not saved: the code does not decode at %1 dpi.</source>
        <translation>Non enregistré : le code ne serait pas lisible à %1 ppp.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_output_bar.py" line="90"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_output_bar.py" line="124"/>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
</context>
<context>
    <name>QrPage</name>
    <message>
        <source>The look could not be written to the data file; it is used until you close SocialDesk.</source>
        <translation>L&apos;apparence n&apos;a pas pu être écrite dans le fichier de données ; elle reste utilisée jusqu&apos;à la fermeture de SocialDesk.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_page.py" line="30"/>
        <source>Preview of the QR code</source>
        <translation>Aperçu du code QR</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_page.py" line="31"/>
        <source>Scan check</source>
        <translation>Test de lecture</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_page.py" line="32"/>
        <source>Printed size</source>
        <translation>Taille imprimée</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_page.py" line="33"/>
        <source>Warnings about the link</source>
        <translation>Avertissements sur le lien</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_page.py" line="34"/>
        <source>Result of the last export</source>
        <translation>Résultat du dernier export</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_page.py" line="60"/>
        <source>What the code opens</source>
        <translation>Ce que le code ouvre</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_page.py" line="62"/>
        <source>Look and size</source>
        <translation>Apparence et taille</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_page.py"/>
        <source>Review rules the words break</source>
        <translation>Règles sur les avis que le texte enfreint</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_page.py"/>
        <source>Leave us a review on Google</source>
        <translation>Laissez-nous un avis sur Google</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_page.py"/>
        <source>The cards are printed, but where they are could not be written to the data file.</source>
        <translation>Les cartes sont imprimées, mais leur emplacement n&apos;a pas pu être enregistré dans le fichier de données.</translation>
    </message>
</context>
<context>
    <name>QrPayloadForm</name>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="23"/>
        <source>Kind of content</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="24"/>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="46"/>
        <source>Web link</source>
        <translation>Lien web</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="24"/>
        <source>Guest Wi-Fi</source>
        <translation>Wi-Fi invités</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="24"/>
        <source>Shop contact card</source>
        <translation>Fiche contact de la boutique</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="24"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="34"/>
        <source>C&amp;ontent:</source>
        <translation>Conten&amp;u :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="48"/>
        <source>L&amp;ink:</source>
        <translation>L&amp;ien :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="56"/>
        <source>Wi-Fi network name</source>
        <translation>Nom du réseau Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="58"/>
        <source>Wi-Fi password</source>
        <translation>Mot de passe Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="60"/>
        <source>Wi-Fi security</source>
        <translation>Sécurité du Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="61"/>
        <source>WPA, WPA2 or WPA3</source>
        <translation>WPA, WPA2 ou WPA3</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="62"/>
        <source>WEP (old)</source>
        <translation>WEP (ancien)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="63"/>
        <source>No password (open network)</source>
        <translation>Sans mot de passe (réseau ouvert)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="64"/>
        <source>H&amp;idden network (iPhones ignore this)</source>
        <translation>&amp;Réseau masqué (les iPhone l&apos;ignorent)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="65"/>
        <source>Hidden network</source>
        <translation>Réseau masqué</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="66"/>
        <source>Network na&amp;me:</source>
        <translation>Nom du &amp;Wi-Fi :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="67"/>
        <source>P&amp;assword:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="68"/>
        <source>Sec&amp;urity:</source>
        <translation>Sécur&amp;ité :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="81"/>
        <source>Contact card format</source>
        <translation>Format de la fiche contact</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="82"/>
        <source>vCard 3.0 (every phone)</source>
        <translation>vCard 3.0 (tous les téléphones)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="83"/>
        <source>MeCard (shorter code)</source>
        <translation>MeCard (code plus court)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="87"/>
        <source>For&amp;mat:</source>
        <translation>Fo&amp;rmat :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="88"/>
        <source>From the shop card:</source>
        <translation>D&apos;après les coordonnées de la boutique :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="96"/>
        <source>Text to encode</source>
        <translation>Texte à coder</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="100"/>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="133"/>
        <source>Website left out: “%1” is not a web address (Strategy tab, shop card)</source>
        <translation>Site web laissé de côté : « %1 » n&apos;est pas une adresse web (onglet Stratégie, coordonnées de la boutique)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py" line="108"/>
        <source>The shop card is empty: fill it in the Strategy tab.</source>
        <translation>Les coordonnées de la boutique sont vides : remplissez-les dans l&apos;onglet Stratégie.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py"/>
        <source>Tag the link for my website&apos;s statistics</source>
        <translation>Marquer le lien pour les statistiques de mon site</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py"/>
        <source>Tag (utm_source)</source>
        <translation>Marque (utm_source)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py"/>
        <source>T&amp;ag:</source>
        <translation>Ma&amp;rque :</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py"/>
        <source>Adds utm_source and utm_medium to the link, so your website&apos;s statistics show the visits that came from this card.</source>
        <translation>Ajoute utm_source et utm_medium au lien, pour que les statistiques de votre site montrent les visites venues de cette carte.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_payload_form.py"/>
        <source>Only for links to your own website (set on the shop card), under its address: review, Maps, social, booking, delivery and messaging sites, and other pages of a shared site, do not show you these tags, and they make the code denser and harder to scan.</source>
        <translation>Seulement pour les liens vers votre propre site (indiqué dans les coordonnées de la boutique), sous son adresse : les sites d&apos;avis, de cartes, de réservation, de livraison, les messageries, les réseaux sociaux et les autres pages d&apos;un site partagé ne vous montrent pas ces marques, et elles rendent le code plus dense et plus difficile à lire.</translation>
    </message>
</context>
<context>
    <name>QrRefresh</name>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_refresh.py" line="50"/>
        <source>This code is too small to carry a logo: remove the logo.</source>
        <translation>Ce code est trop petit pour porter un logo : retirez le logo.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_refresh.py" line="49"/>
        <source>This text has a character no QR reader can read (often left by a broken copy and paste): retype the text or paste it again.</source>
        <translation>Ce texte contient un caractère qu'aucun lecteur de code QR ne sait lire (souvent laissé par un copier-coller abîmé) : retapez le texte ou collez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_refresh.py" line="59"/>
        <source>Checked ✓ — at %1 mm it scans back to exactly this content, even printed at %2 dpi.</source>
        <translation>Vérifié ✓ — à %1 mm, le code se lit et redonne exactement ce contenu, même à %2 ppp.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_refresh.py" line="63"/>
        <source>Logo: %1 % of the code.</source>
        <translation>Logo : %1 % du code.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_refresh.py" line="66"/>
        <source>Not checked — %1. %2</source>
        <translation>Non vérifié — %1. %2</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_refresh.py" line="73"/>
        <source>Printed %1 mm wide (%2 mm with its white margin), readable from about %3 cm. Damage tolerance %4, %5 × %5 squares.</source>
        <translation>Imprimé sur %1 mm de large (%2 mm avec sa marge blanche), lisible à environ %3 cm. Correction d&apos;erreurs %4, %5 × %5 carrés.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_refresh.py" line="80"/>
        <source>Raised from %1 mm: the smallest size for this much content.</source>
        <translation>Agrandi depuis %1 mm : c&apos;est la plus petite taille pour autant de contenu.</translation>
    </message>
</context>
<context>
    <name>ShopFaces</name>
    <message>
        <location filename="../../socialdesk/ui/printing/shop_faces.py" line="1"/>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/printing/shop_faces.py" line="1"/>
        <source>Coming up</source>
        <translation>Prochainement</translation>
    </message>
</context>
<context>
    <name>QrWords</name>
    <message>
        <source>“%1” is not the address this code opens (%2): leave the caption empty to print the code&apos;s own address, or use words such as “Scan me”.</source>
        <translation>« %1 » n&apos;est pas l&apos;adresse qu&apos;ouvre ce code (%2) : laissez la légende vide pour imprimer l&apos;adresse du code lui-même, ou écrivez des mots comme « Scannez-moi ».</translation>
    </message>
    <message>
        <source>“%1” looks like a web address, but this code opens none: use words such as “Scan me”.</source>
        <translation>« %1 » ressemble à une adresse web, mais ce code n&apos;en ouvre aucune : écrivez des mots comme « Scannez-moi ».</translation>
    </message>
    <message>
        <source>The code&apos;s address is too long to print on one line under it: none is printed (the code itself is complete). Make the code bigger to print it.</source>
        <translation>L&apos;adresse du code est trop longue pour tenir sur une ligne sous le code : aucune n&apos;est imprimée (le code lui-même est complet). Agrandissez le code pour l&apos;imprimer.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="13"/>
        <source>Type the text to put in the code.</source>
        <translation>Saisissez le texte à mettre dans le code.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="14"/>
        <source>Type the Wi-Fi network&apos;s name.</source>
        <translation>Saisissez le nom du réseau Wi-Fi.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="15"/>
        <source>A protected network needs its password (or choose “No password”).</source>
        <translation>Un réseau protégé a besoin de son mot de passe (ou choisissez « Sans mot de passe »).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="17"/>
        <source>The shop card has no name yet: fill it in the Strategy tab.</source>
        <translation>Les coordonnées de la boutique n&apos;ont pas encore de nom : remplissez-les dans l&apos;onglet Stratégie.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="19"/>
        <source>A WEP key has 5 or 13 characters, or 10 or 26 hexadecimal digits. WEP is outdated: switch your internet router to WPA2 if you can.</source>
        <translation>Une clé WEP a 5 ou 13 caractères, ou 10 ou 26 chiffres hexadécimaux. Le WEP est dépassé : passez la box en WPA2 si vous le pouvez.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="27"/>
        <source>SocialDesk cannot read the colour “%2”; type a colour code such as #1a6b3c.</source>
        <translation>SocialDesk ne reconnaît pas la couleur « %2 » ; saisissez un code couleur comme #1a6b3c.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="29"/>
        <source>“%2” is transparent: a printed code needs solid colours.</source>
        <translation>« %2 » est transparente : un code imprimé demande des couleurs pleines.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="30"/>
        <source>Light code on a dark background: many phones cannot read inverted codes. Use a dark code on a light background.</source>
        <translation>Code clair sur fond sombre : beaucoup de téléphones ne lisent pas les codes inversés. Utilisez un code foncé sur un fond clair.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="33"/>
        <source>The two colours are too close (contrast %1:1, at least 4:1 is needed). Darken the code or lighten the background.</source>
        <translation>Les deux couleurs sont trop proches (contraste %1:1, il faut au moins 4:1). Foncez le code ou éclaircissez le fond.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="42"/>
        <source>The logo file cannot be read.</source>
        <translation>Le fichier du logo ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="43"/>
        <source>This file is not an image SocialDesk can read (use PNG or JPEG).</source>
        <translation>Ce fichier n&apos;est pas une image que SocialDesk sait lire (utilisez PNG ou JPEG).</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="45"/>
        <source>This image is too large; use a smaller logo file.</source>
        <translation>Cette image est trop grande ; utilisez un fichier de logo plus petit.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="46"/>
        <source>This image is too small to be seen.</source>
        <translation>Cette image est trop petite pour être vue.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="52"/>
        <source>too small: under 2 cm, phones struggle to focus</source>
        <translation>trop petit : sous 2 cm, les téléphones peinent à faire la mise au point</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="53"/>
        <source>too dense: too much data for this size</source>
        <translation>trop dense : trop de données pour cette taille</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="54"/>
        <source>contrast: the colours are too close to read reliably</source>
        <translation>contraste : les couleurs sont trop proches pour une lecture fiable</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="55"/>
        <source>logo: it hides too much of the code</source>
        <translation>logo : il cache une trop grande partie du code</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="56"/>
        <source>the reader did not get the exact content back</source>
        <translation>le lecteur n&apos;a pas retrouvé exactement le contenu</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="62"/>
        <source>Make it at least %1 mm wide.</source>
        <translation>Donnez-lui au moins %1 mm de large.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="64"/>
        <source>Make it at least %1 mm wide, or use a shorter link.</source>
        <translation>Donnez-lui au moins %1 mm de large, ou utilisez un lien plus court.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="66"/>
        <source>Use a darker code colour or a lighter background.</source>
        <translation>Utilisez un code plus foncé ou un fond plus clair.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="67"/>
        <source>Remove the logo or use a simpler one.</source>
        <translation>Retirez le logo ou utilisez-en un plus simple.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py"/>
        <source>logo: this computer lacks zbar, the second reader that checks codes with a logo</source>
        <translation>logo : il manque à cet ordinateur zbar, le second lecteur qui vérifie les codes avec logo</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py"/>
        <source>Remove the logo to print a checked code.</source>
        <translation>Retirez le logo pour imprimer un code vérifié.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="68"/>
        <source>Use black on white, a bigger size, or shorter content.</source>
        <translation>Utilisez du noir sur blanc, une taille plus grande ou un contenu plus court.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="75"/>
        <source>Short links from a third party can expire or change; a printed code cannot.</source>
        <translation>Les liens courts d&apos;un service tiers peuvent expirer ou changer ; un code imprimé, non.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="77"/>
        <source>This link looks temporary; a printed code cannot be changed later.</source>
        <translation>Ce lien semble temporaire ; un code imprimé ne peut plus être modifié.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="79"/>
        <source>Tracking parameters (utm_…) make the code denser; remove them if you can.</source>
        <translation>Les paramètres de suivi (utm_…) rendent le code plus dense ; retirez-les si vous le pouvez.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="81"/>
        <source>A long link makes a dense code; prefer a short, stable address.</source>
        <translation>Un lien long donne un code dense ; préférez une adresse courte et stable.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="88"/>
        <source>Too long for a QR code with a logo: remove the logo or shorten the content.</source>
        <translation>Trop long pour un code QR avec logo : retirez le logo ou raccourcissez le contenu.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="90"/>
        <source>Too long for a QR code: shorten the link or the text.</source>
        <translation>Trop long pour un code QR : raccourcissez le lien ou le texte.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py" line="99"/>
        <source>The caption is too long for one line under this code: at most %1 letters (it has %2). Shorten it or make the code bigger.</source>
        <translation>La légende est trop longue pour tenir sur une ligne sous ce code : %1 lettres au plus (elle en a %2). Raccourcissez-la ou agrandissez le code.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/presence/qr_words.py"/>
        <source>The headline is too long for one line under this code: at most %1 letters (it has %2). Shorten it or make the code bigger.</source>
        <translation>La phrase d'accroche est trop longue pour une ligne sous ce code : %1 lettres au plus (elle en a %2). Raccourcissez-la ou agrandissez le code.</translation>
    </message>
</context>
</TS>
