<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../socialdesk/ui/welcome_page.py" line="1" />
        <source>Welcome to SocialDesk</source>
        <translation>Bienvenue dans SocialDesk</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/welcome_page.py" line="1" />
        <source>Three short steps and your first week runs by itself. Each one opens the right tab; come back here any time from Help ▸ Getting started.</source>
        <translation>Trois petites étapes, et votre première semaine roule toute seule. Chacune ouvre le bon onglet ; revenez ici quand vous voulez par Aide ▸ Premiers pas.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/welcome_page.py" line="1" />
        <source>S&amp;kip, show me the app</source>
        <translation>&amp;Passer, montrez-moi l'application</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/welcome_page.py" line="1" />
        <source>&amp;Show me the app</source>
        <translation>&amp;Montrez-moi l'application</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <location filename="../../socialdesk/ui/welcome_page.py" line="1" />
        <source>1. The shop card</source>
        <translation>1. Les coordonnées de la boutique</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/welcome_page.py" line="1" />
        <source>Your shop's name, address and phone: every listing is checked against them. About 3 minutes.</source>
        <translation>Le nom, l'adresse et le téléphone de la boutique : chaque fiche en ligne leur est comparée. Environ 3 minutes.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/welcome_page.py" line="1" />
        <source>Fill in the &amp;shop card</source>
        <translation>Remplir les &amp;coordonnées</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/welcome_page.py" line="1" />
        <source>2. Your first week</source>
        <translation>2. Votre première semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/welcome_page.py" line="1" />
        <source>Two or three posts for this week: a product, a face of the shop, an event. About 10 minutes.</source>
        <translation>Deux ou trois publications pour cette semaine : un produit, un visage de la boutique, un événement. Environ 10 minutes.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/welcome_page.py" line="1" />
        <source>Plan the first &amp;week</source>
        <translation>Planifier la première &amp;semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/welcome_page.py" line="1" />
        <source>3. Your first review card</source>
        <translation>3. Votre première carte d'avis</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/welcome_page.py" line="1" />
        <source>A QR code for the counter that opens your review page. About 5 minutes, printer included.</source>
        <translation>Un code QR pour le comptoir, qui ouvre votre page d'avis. Environ 5 minutes, impression comprise.</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/welcome_page.py" line="1" />
        <source>Print a &amp;review card</source>
        <translation>&amp;Imprimer une carte d'avis</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/welcome_page.py" line="1" />
        <source>Done ✓</source>
        <translation>Fait ✓</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/welcome_page.py" line="1" />
        <source>To do</source>
        <translation>À faire</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../socialdesk/ui/guide.py" line="1" />
        <source>&amp;Getting started</source>
        <translation>Premiers pa&amp;s</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <location filename="../../socialdesk/ui/due_panel.py" line="1" />
        <source>What is due this week</source>
        <translation>Ce qui est à faire cette semaine</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/due_panel.py" line="1" />
        <source>A new week: what is due</source>
        <translation>Nouvelle semaine : ce qui est à faire</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/due_panel.py" line="1" />
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/due_panel.py" line="1" />
        <source>Dismiss what is due</source>
        <translation>Masquer ce qui est à faire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/due_panel.py" line="1" />
        <source>To publish today (%n):</source>
        <translation>
            <numerusform>À publier aujourd'hui (%n) :</numerusform>
            <numerusform>À publier aujourd'hui (%n) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/due_panel.py" line="1" />
        <source>Left unticked last week (%n):</source>
        <translation>
            <numerusform>Règles non cochées la semaine dernière (%n) :</numerusform>
            <numerusform>Règles non cochées la semaine dernière (%n) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/due_panel.py" line="1" />
        <source>Listings not checked for 90 days (%n):</source>
        <translation>
            <numerusform>Fiches non vérifiées depuis 90 jours (%n) :</numerusform>
            <numerusform>Fiches non vérifiées depuis 90 jours (%n) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/due_panel.py" line="1" />
        <source>Holidays and closures to prepare (%n):</source>
        <translation>
            <numerusform>Fêtes et fermetures à préparer (%n) :</numerusform>
            <numerusform>Fêtes et fermetures à préparer (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/due_panel.py" line="1" />
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
    </message>
    <message>
        <location filename="../../socialdesk/ui/due_panel.py" line="1" />
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/due_panel.py" line="1" />
        <source>%n other post(s) to publish today</source>
        <translation>
            <numerusform>%n autre publication à publier aujourd&apos;hui</numerusform>
            <numerusform>%n autres publications à publier aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/due_panel.py" line="1" />
        <source>%n other rule(s) left unticked last week</source>
        <translation>
            <numerusform>%n autre règle non cochée la semaine dernière</numerusform>
            <numerusform>%n autres règles non cochées la semaine dernière</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/due_panel.py" line="1" />
        <source>%n other listing(s) not checked for 90 days</source>
        <translation>
            <numerusform>%n autre fiche non vérifiée depuis 90 jours</numerusform>
            <numerusform>%n autres fiches non vérifiées depuis 90 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/due_panel.py" line="1" />
        <source>%n other holiday(s) or closure(s) to prepare</source>
        <translation>
            <numerusform>%n autre jour férié ou fermeture à préparer</numerusform>
            <numerusform>%n autres jours fériés ou fermetures à préparer</numerusform>
        </translation>
    </message>
</context>
</TS>
