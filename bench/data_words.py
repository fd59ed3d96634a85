"""Words the ten-year generator draws from: a French bakery's posts, rules, people and listings."""

OPENINGS = (
    "Sortie du four à 6 h 30 :", "Ce matin au fournil,", "Nouveau cette semaine :", "Merci à vous !",
    "On vous attend samedi :", "Petit rappel 🙂", "Les coulisses du levain :", "Portrait de l'équipe :",
    "Fermeture exceptionnelle :", "Jeu concours 🎉", "De saison :", "Chez nos voisins,",
)
SUBJECTS = (
    "la miche au levain de seigle", "le pain aux noix et au bleu", "la galette des rois à la frangipane",
    "la brioche de Saint-Genix aux pralines roses", "le pain d'épeautre du Moulin Perrin",
    "les croissants au beurre des Monts d'Or", "la tarte aux pommes du verger de Sainte-Foy",
    "le pain de mie pour les goûters", "les bugnes du Carnaval", "la fougasse aux olives",
    "le pain sans sel pour Madame Rey", "les chouquettes du dimanche", "la baguette de tradition",
    "le kouign-amann d'Hugo", "les sablés de Noël", "le pain au sarrasin",
)
DETAILS = (
    "pétri à la main et cuit au feu de bois.", "il en reste une dizaine, passez vite !",
    "réservez la veille par message pour être sûr d'en avoir.", "merci à Aïcha pour la photo 📸",
    "farines bio d'un moulin de l'Ain, beurre AOP.", "le four chauffe depuis 4 h du matin 🔥",
    "dites-nous en commentaire lequel vous préférez.", "à partager avec vos voisins de palier.",
    "on ferme à 13 h ce dimanche, à la semaine prochaine !", "avec la Fromagerie du Plateau, plateau pain-fromage le samedi.",
    "la recette vient de la grand-mère de Léa.", "livraison possible dans le 4e arrondissement.",
)
HASHTAGS = ("#croixrousse", "#lyon", "#boulangerie", "#levain", "#painmaison", "#faitmain", "#artisan")

PILLARS = (("Coulisses du fournil", 40, False), ("Nos pains et la saison", 40, False),
           ("Offres et commandes", 20, True))
ABOUTS = ("customers", "team", "suppliers", "partners", "local", "us", "")

RULES = (
    ("Répondre à chaque commentaire sous 24 h", "Une question sans réponse se voit plus qu'une photo ratée.", "weekly", 1),
    ("Partager une publication d'un voisin ou d'un partenaire", "Parler des autres, pas seulement de soi.", "weekly", 1),
    ("Remercier un client qui nous a cités", "Les ambassadeurs se cultivent.", "weekly", 1),
    ("Vérifier les nouveaux avis Google", "Un avis sans réponse fait fuir.", "weekly", 1),
    ("Publier une photo du fournil", "Les coulisses font réagir.", "weekly", 1),
    ("Mettre à jour les horaires des jours fériés", "Une fiche fausse coûte des clients.", "monthly", 1),
    ("Faire le bilan des indicateurs", "Ce qui se mesure s'améliore.", "monthly", -1),
    ("Contacter un prescripteur (blog, conciergerie)", "Ils parlent de nous quand on parle avec eux.", "monthly", 2),
)
LATER_RULES = (
    ("Préparer les stories de la semaine le lundi", "Moins de stress le samedi.", "weekly", 1),
    ("Relire la fiche Apple Plans", "Les GPS des touristes la lisent.", "monthly", 3),
)
NOTES = ("Trop de monde au magasin cette semaine.", "Fait le mardi.", "Aïcha s'en est occupée.",
         "Reporté à la semaine prochaine.", "Deux avis négatifs, réponse envoyée.")

FIRST_NAMES = ("Claire", "Hugo", "Aïcha", "Mathieu", "Sophie", "Karim", "Julie", "Paul", "Inès", "Louis",
               "Camille", "Nadia", "Pierre", "Emma", "Yanis")
LAST_NAMES = ("Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Girard", "Roux", "Fournier", "Benali", "Rey")
COMPANIES = ("Moulin Perrin", "Ferme des Monts d'Or", "Fromagerie du Plateau", "Lyon à croquer",
             "Hôtel du Parc (conciergerie)", "Cave de la Croix-Rousse", "Primeur Chez Jo", "École Michelet")

CUSTOM_LISTINGS = ("Cityvox", "Lyon Bon Plan", "Annuaire des artisans du Rhône", "Petit Futé", "Mappy",
                   "Le Guide des boulangeries", "Office de tourisme de Lyon", "Marché de la Croix-Rousse",
                   "Uber Eats", "Deliveroo", "Too Good To Go")

STRATEGY_TEXTS = {
    "stand.messages": "Du pain au levain pétri et cuit sur place chaque matin\nDes farines bio d'un moulin de l'Ain",
    "stand.value": "Le seul four à bois de la Croix-Rousse.",
    "stand.benefits": "Fraîcheur à 7 h, commande la veille, pain sans additif.",
    "stand.evolution": "Moins de baguettes, plus de pains spéciaux.",
    "community.customers.who": "Familles du quartier, employés de bureau, étudiants",
    "community.customers.where": "Instagram, groupe Facebook du quartier, Google Maps",
    "conversations.places": "Groupe Facebook du quartier, marché du dimanche",
    "listening.tools": "weekly_tour,network_insights",
    "listening.indicators": "Nouveaux avis Google\nCommentaires Instagram\nCommandes par message",
    "channels.days": "3,5,6",
    "channels.handle": "boulangerielea",
    "channels.listings": "google_business,apple,pagesjaunes",
}
