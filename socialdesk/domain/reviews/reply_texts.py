"""The reply drafts' wording, per language and case: data read by replies.py (slots in braces).

Every text follows the interview: a person answers, by name, about what the customer said ("être
humain et ne pas parler en tant qu'entreprise", "personnifier la conversation"); nothing is offered
for a review or for changing one (DOMAIN.md "Review rules"). French typography: U+202F before ! ? ;
and U+00A0 before a colon.
"""

# Case keys: "5" … "1" for a review with words, "only_good" / "only_poor" for a rating without words.
TEXTS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "5": (
            "Thank you, {first_name}! It was a real pleasure to read your kind words about {mentioned}. See you "
            "soon at the counter.\n{signer}",
            "{first_name}, your message made our day: thank you for what you said about {mentioned}, and for "
            "taking the time to write.\n{signer}",
            "What a lovely review, {first_name}, thank you. Your words about {mentioned} will go round the whole "
            "shop. Until next time!\n{signer}",
        ),
        "4": (
            "Thank you, {first_name}, for your kind words about {mentioned}. If anything could have been "
            "better, tell us next time you drop by: we are listening.\n{signer}",
            "Hello {first_name}, thank you for your review and for your words about {mentioned}. We keep "
            "working to earn that last star.\n{signer}",
            "{first_name}, thank you for writing about {mentioned}. Your visit matters to us, and so does "
            "anything you think we could do better.\n{signer}",
        ),
        "3": (
            "Thank you, {first_name}, for your honest review. We have noted what you said about {mentioned} "
            "and we are taking it to heart.\n{signer}",
            "Hello {first_name}, thank you for telling us about {mentioned}. We would like to do better: "
            "your remarks help us see how.\n{signer}",
        ),
        "2": (
            "Hello {first_name}, thank you for telling us about {mentioned}, and I am sorry your visit fell "
            "short. I would like to understand what happened: could you reach me at {contact}?\n{signer}",
            "{first_name}, I am sorry about what happened with {mentioned}; that is not what we want for you. "
            "Thank you for "
            "saying so. Please get in touch at {contact} so we can talk it over.\n{signer}",
        ),
        "1": (
            "Hello {first_name}, I am truly sorry about your experience with {mentioned}. Thank you for writing "
            "it down; I take it "
            "seriously. I would rather hear the whole story from you: you can reach me at {contact}.\n{signer}",
            "{first_name}, thank you for your message, and I am sorry for what went wrong with {mentioned}. "
            "I read every review "
            "myself and would like to put this right with you directly: {contact}.\n{signer}",
        ),
        "only_good": (
            "Thank you for your rating, {first_name}! See you soon at the shop.\n{signer}",
            "{first_name}, thank you for the stars: it means a lot to a small team like ours.\n{signer}",
            "Thank you, {first_name}, for taking a moment to rate us. Until next time!\n{signer}",
        ),
        "only_poor": (
            "Hello {first_name}, thank you for your rating. I am sorry we did not meet your expectations; "
            "I would like to know what went wrong. You can reach me at {contact}.\n{signer}",
            "{first_name}, thank you for rating us. If something disappointed you, I would like to hear it "
            "and put it right: {contact}.\n{signer}",
        ),
    },
    "fr": {
        "5": (
            "Merci {first_name}\u202f! Quel plaisir de lire ce que vous dites sur {mentioned}. À très vite "
            "au comptoir.\n{signer}",
            "{first_name}, votre message a illuminé notre journée\u00a0: merci pour ce que vous avez écrit sur "
            "{mentioned}.\n{signer}",
            "Quel joli message, {first_name}\u202f! Merci pour vos mots sur {mentioned}, ils vont faire le tour "
            "de la boutique. À bientôt\u202f!\n{signer}",
        ),
        "4": (
            "Merci {first_name} pour vos mots sur {mentioned}. Si quelque chose peut être amélioré, "
            "dites-le-nous à votre prochain passage\u00a0: nous vous écoutons.\n{signer}",
            "Bonjour {first_name}, merci pour votre message et pour vos mots sur {mentioned}. Nous "
            "continuons à travailler pour mériter la dernière étoile.\n{signer}",
            "{first_name}, merci d'avoir pris le temps d'écrire sur {mentioned}. Votre visite compte pour nous, tout "
            "comme vos idées pour faire encore mieux.\n{signer}",
        ),
        "3": (
            "Merci {first_name} pour ce retour sincère. Nous avons bien noté vos remarques sur {mentioned} "
            "et nous en tenons compte.\n{signer}",
            "Bonjour {first_name}, merci pour votre avis sur {mentioned}. Nous voulons faire mieux\u00a0: vos "
            "remarques nous aident à voir comment.\n{signer}",
        ),
        "2": (
            "Bonjour {first_name}, merci pour votre message sur {mentioned}, et je regrette que votre visite "
            "n'ait pas été à la hauteur. J'aimerais comprendre ce qui s'est passé\u00a0: pouvez-vous me joindre "
            "({contact})\u202f?\n{signer}",
            "{first_name}, toutes mes excuses pour ce qui s'est passé avec {mentioned}\u00a0; ce n'est pas ce que "
            "nous voulons pour vous. Merci de l'avoir dit. Contactez-moi ({contact}) pour que nous en parlions.\n{signer}",
        ),
        "1": (
            "Bonjour {first_name}, je regrette sincèrement ce que vous avez vécu avec {mentioned}. Merci de "
            "l'avoir écrit\u00a0; je le prends au sérieux. Je préfère entendre toute l'histoire de vive "
            "voix\u00a0; vous pouvez "
            "me joindre ici\u00a0: {contact}.\n{signer}",
            "{first_name}, merci pour votre message, et pardon pour ce qui s'est mal passé avec {mentioned}. "
            "Je lis chaque avis moi-même "
            "et j'aimerais arranger cela avec vous directement\u00a0: {contact}.\n{signer}",
        ),
        "only_good": (
            "Merci pour votre note, {first_name}\u202f! À bientôt à la boutique.\n{signer}",
            "{first_name}, merci pour ces étoiles\u00a0: cela compte beaucoup pour une petite équipe comme "
            "la nôtre.\n{signer}",
            "Merci {first_name} d'avoir pris un moment pour nous noter. À la prochaine\u202f!\n{signer}",
        ),
        "only_poor": (
            "Bonjour {first_name}, merci pour votre note. Je regrette que nous n'ayons pas été à la "
            "hauteur\u00a0; j'aimerais savoir ce qui n'a pas été. Vous pouvez me joindre ici\u00a0: {contact}.\n{signer}",
            "{first_name}, merci de nous avoir notés. Si quelque chose n'a pas été, j'aimerais l'entendre et "
            "y remédier\u00a0: {contact}.\n{signer}",
        ),
    },
}

# The wordings in "I" when a team signs (« L'équipe », "Marie and Paul"): the same cases and as many wordings,
# in the same order, in "we"; the other cases already speak as "we".
TEAM_TEXTS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "2": (
            "Hello {first_name}, thank you for telling us about {mentioned}, and we are sorry your visit fell "
            "short. We would like to understand what happened: could you reach us at {contact}?\n{signer}",
            "{first_name}, we are sorry about what happened with {mentioned}; that is not what we want for you. "
            "Thank you for saying so. Please get in touch at {contact} so we can talk it over.\n{signer}",
        ),
        "1": (
            "Hello {first_name}, we are truly sorry about your experience with {mentioned}. Thank you for writing "
            "it down; we take it seriously. We would rather hear the whole story from you: you can reach us at "
            "{contact}.\n{signer}",
            "{first_name}, thank you for your message, and we are sorry for what went wrong with {mentioned}. "
            "We read every review ourselves and would like to put this right with you directly: "
            "{contact}.\n{signer}",
        ),
        "only_poor": (
            "Hello {first_name}, thank you for your rating. We are sorry we did not meet your expectations; "
            "we would like to know what went wrong. You can reach us at {contact}.\n{signer}",
            "{first_name}, thank you for rating us. If something disappointed you, we would like to hear it "
            "and put it right: {contact}.\n{signer}",
        ),
    },
    "fr": {
        "2": (
            "Bonjour {first_name}, merci pour votre message sur {mentioned}, et nous regrettons que votre visite "
            "n'ait pas été à la hauteur. Nous aimerions comprendre ce qui s'est passé\u00a0: pouvez-vous nous "
            "joindre ({contact})\u202f?\n{signer}",
            "{first_name}, toutes nos excuses pour ce qui s'est passé avec {mentioned}\u00a0; ce n'est pas ce que "
            "nous voulons pour vous. Merci de l'avoir dit. Contactez-nous ({contact}) pour que nous en "
            "parlions.\n{signer}",
        ),
        "1": (
            "Bonjour {first_name}, nous regrettons sincèrement ce que vous avez vécu avec {mentioned}. Merci de "
            "l'avoir écrit\u00a0; nous le prenons au sérieux. Nous préférons entendre toute l'histoire de vive "
            "voix\u00a0; vous pouvez nous joindre ici\u00a0: {contact}.\n{signer}",
            "{first_name}, merci pour votre message, et pardon pour ce qui s'est mal passé avec {mentioned}. "
            "Nous lisons chaque avis nous-mêmes et aimerions arranger cela avec vous directement\u00a0: "
            "{contact}.\n{signer}",
        ),
        "only_poor": (
            "Bonjour {first_name}, merci pour votre note. Nous regrettons de ne pas avoir été à la "
            "hauteur\u00a0; nous aimerions savoir ce qui n'a pas été. Vous pouvez nous joindre ici\u00a0: "
            "{contact}.\n{signer}",
            "{first_name}, merci de nous avoir notés. Si quelque chose n'a pas été, nous aimerions l'entendre et "
            "y remédier\u00a0: {contact}.\n{signer}",
        ),
    },
}

# Who signs as a team rather than as one person: a team's word, or two people ("Marie and Paul").
# (a person with two trades, « Marie, pâtissière et gérante », is still one person)
TEAM_SIGNERS = (r"(?i:\b(?:team|staff|crew|management|everyone|équipe|personnel|direction)\b)"
                r"|\b[A-ZÀ-Ý][\w'-]*\s*(?:(?i:and|et)|&)\s*[A-ZÀ-Ý]")

# What an unfilled slot shows in a draft; a draft still holding one (in either language) is not copied.
MARKERS: dict[str, dict[str, str]] = {
    "en": {"first_name": "[first name]", "mentioned": "[what they mentioned]", "signer": "[who replies]",
           "contact": "[phone or email]"},
    "fr": {"first_name": "[prénom]", "mentioned": "[ce que la personne a mentionné]", "signer": "[qui répond]",
           "contact": "[téléphone ou e-mail]"},
}
