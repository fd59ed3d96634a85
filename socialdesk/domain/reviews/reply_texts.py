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
            "Thank you, {first_name}! We are so glad you enjoyed {mentioned}. See you soon at the counter.\n{signer}",
            "{first_name}, your message made our day: we put a lot of care into {mentioned}. "
            "Thank you for taking the time to write.\n{signer}",
            "What a lovely review, {first_name}, thank you. We will tell the whole team what you said about "
            "{mentioned}. Until next time!\n{signer}",
        ),
        "4": (
            "Thank you, {first_name}, for your kind words about {mentioned}. If anything could have been "
            "better, tell us next time you drop by: we are listening.\n{signer}",
            "Hello {first_name}, thank you for your review. We are happy you liked {mentioned}, and we keep "
            "working to earn that last star.\n{signer}",
            "{first_name}, thank you for writing about {mentioned}. Your visit matters to us, and so does "
            "anything you think we could do better.\n{signer}",
        ),
        "3": (
            "Thank you, {first_name}, for your honest review. We have noted what you said about {mentioned} "
            "and we are looking into it.\n{signer}",
            "Hello {first_name}, thank you for telling us about {mentioned}. We would like to do better: "
            "your remarks help us see how.\n{signer}",
        ),
        "2": (
            "Hello {first_name}, thank you for telling us about {mentioned}, and I am sorry your visit fell "
            "short. I would like to understand what happened: could you reach me at {contact}?\n{signer}",
            "{first_name}, I am sorry about {mentioned}; that is not what we want for you. Thank you for "
            "saying so. Please get in touch at {contact} so we can talk it over.\n{signer}",
        ),
        "1": (
            "Hello {first_name}, I am truly sorry about {mentioned}. Thank you for writing it down; I take it "
            "seriously. I would rather hear the whole story from you: you can reach me at {contact}.\n{signer}",
            "{first_name}, thank you for your message, and I am sorry for {mentioned}. I read every review "
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
            "Merci {first_name}\u202f! Nous sommes ravis que vous ayez aimé {mentioned}. À très vite "
            "au comptoir.\n{signer}",
            "{first_name}, votre message nous a fait très plaisir\u00a0: nous mettons tout notre soin dans "
            "{mentioned}. Merci d'avoir pris le temps d'écrire.\n{signer}",
            "Quel joli message, {first_name}, merci. Nous transmettons à toute l'équipe vos mots sur "
            "{mentioned}. À bientôt\u202f!\n{signer}",
        ),
        "4": (
            "Merci {first_name} pour vos mots sur {mentioned}. Si quelque chose pouvait être mieux, "
            "dites-le-nous à votre prochain passage\u00a0: nous vous écoutons.\n{signer}",
            "Bonjour {first_name}, merci pour votre message. Heureux que vous ayez apprécié "
            "{mentioned}\u00a0; nous "
            "continuons à travailler pour mériter la dernière étoile.\n{signer}",
            "{first_name}, merci d'avoir pris le temps d'écrire sur {mentioned}. Votre visite compte pour nous, et ce "
            "que nous pourrions mieux faire aussi.\n{signer}",
        ),
        "3": (
            "Merci {first_name} pour ce retour sincère. Nous avons bien noté vos remarques sur {mentioned} "
            "et nous nous en occupons.\n{signer}",
            "Bonjour {first_name}, merci pour votre avis sur {mentioned}. Nous voulons faire mieux\u00a0: vos "
            "remarques nous aident à voir comment.\n{signer}",
        ),
        "2": (
            "Bonjour {first_name}, merci pour votre message sur {mentioned}, et je regrette que votre visite "
            "n'ait pas été à la hauteur. J'aimerais comprendre ce qui s'est passé\u00a0: pouvez-vous me joindre "
            "({contact})\u202f?\n{signer}",
            "{first_name}, toutes mes excuses pour {mentioned}\u00a0; ce n'est pas ce que nous voulons pour vous. "
            "Merci de l'avoir dit. Contactez-moi ({contact}) pour que nous en parlions.\n{signer}",
        ),
        "1": (
            "Bonjour {first_name}, je regrette sincèrement {mentioned}. Merci de l'avoir écrit\u00a0; "
            "je le prends au sérieux. Je préfère entendre toute l'histoire de vive voix\u00a0: vous pouvez "
            "me joindre ici\u00a0: {contact}.\n{signer}",
            "{first_name}, merci pour votre message, et pardon pour {mentioned}. Je lis chaque avis moi-même "
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

# What an unfilled slot shows in a draft; a draft still holding one (in either language) is not copied.
MARKERS: dict[str, dict[str, str]] = {
    "en": {"first_name": "[first name]", "mentioned": "[what they mentioned]", "signer": "[who replies]",
           "contact": "[phone or email]"},
    "fr": {"first_name": "[prénom]", "mentioned": "[ce que la personne a mentionné]", "signer": "[qui répond]",
           "contact": "[téléphone ou e-mail]"},
}
