"""The reply drafts' wording, per language and case: data read by replies.py (slots in braces).

Every text follows the interview: a person answers, by name, about what the customer said ("être
humain et ne pas parler en tant qu'entreprise", "personnifier la conversation"); nothing is offered
for a review or for changing one (DOMAIN.md "Review rules"). French typography: U+202F before ! ? ;
and U+00A0 before a colon.
"""

# Case keys: "5" … "1" for a review with words, "only_good" / "only_poor" for a rating without words.
# Six wordings or more a case, each built its own way (not one sentence with its words swapped), so that six
# replies in a row never read alike.
TEXTS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "5": (
            "Thank you, {first_name}! It was a real pleasure to read your kind words about {mentioned}. See you "
            "soon at the counter.\n{signer}",
            "{first_name}, your message made our day: thank you for what you said about {mentioned}, and for "
            "taking the time to write.\n{signer}",
            "What a lovely review, {first_name}, thank you. Your words about {mentioned} will go round the whole "
            "shop. Until next time!\n{signer}",
            "A big thank you, {first_name}! Everyone here smiled reading what you wrote about {mentioned}. We hope "
            "to see you again very soon.\n{signer}",
            "Many thanks for your review, {first_name}. We put a lot of care into every detail, so your words "
            "about {mentioned} mean a great deal to us.\n{signer}",
            "{first_name}, messages like yours make all the hard work worthwhile. Thank you for your kind words "
            "about {mentioned}, and see you soon!\n{signer}",
        ),
        "4": (
            "Thank you, {first_name}, for your kind words about {mentioned}. If anything could have been "
            "better, tell us next time you drop by: we are listening.\n{signer}",
            "Hello {first_name}, thank you for your review and for your words about {mentioned}. We keep "
            "working to earn that last star.\n{signer}",
            "{first_name}, thank you for writing about {mentioned}. Your visit matters to us, and so does "
            "anything you think we could do better.\n{signer}",
            "Thanks for stopping by, {first_name}, and for what you said about {mentioned}. We are always glad "
            "to hear how we could make your next visit even better.\n{signer}",
            "Lovely to read your review, {first_name}. Thank you for the nice words about {mentioned}. If you "
            "have an idea for how we could do even better, we would love to hear it.\n{signer}",
            "A warm thank you, {first_name}. It was a pleasure to read what you wrote about {mentioned}, and we are "
            "taking note of the rest as well. Hope to see you again soon.\n{signer}",
        ),
        "3": (
            "Thank you, {first_name}, for your honest review. We have noted what you said about {mentioned} "
            "and we are taking it to heart.\n{signer}",
            "Hello {first_name}, thank you for telling us about {mentioned}. We would like to do better: "
            "your remarks help us see how.\n{signer}",
            "{first_name}, thank you for taking the time to write about {mentioned}. We clearly did not get "
            "everything right this time, and we are working on it.\n{signer}",
            "Hello {first_name}, and thank you for the frank feedback. The whole team has read what you said about "
            "{mentioned}, and we will use it to improve.\n{signer}",
            "It sounds like your visit was a mixed one, {first_name}, and thank you for saying so honestly. Your "
            "comments about {mentioned} give us something concrete to work on.\n{signer}",
            "Thank you for your review, {first_name}. We want every visit to be a good one, so we are looking "
            "closely at what you said about {mentioned}. We hope to do better next time.\n{signer}",
        ),
        "2": (
            "Hello {first_name}, thank you for telling us about {mentioned}, and I am sorry your visit fell "
            "short. I would like to understand what happened: could you reach me at {contact}?\n{signer}",
            "{first_name}, I am sorry about what happened with {mentioned}; that is not what we want for you. "
            "Thank you for "
            "saying so. Please get in touch at {contact} so we can talk it over.\n{signer}",
            "{first_name}, thank you for your honest review. I am sorry your visit was disappointing, and I would "
            "like to hear more about what went wrong with {mentioned}. Could you contact me at {contact}?\n{signer}",
            "Hello {first_name}. Your visit should have gone better, and I am sorry it did not. Thank you for your "
            "remarks about {mentioned}; I would like to talk them through with you. I can be reached at "
            "{contact}.\n{signer}",
            "Thank you for letting us know, {first_name}. I am sorry to read about your experience with "
            "{mentioned}, and I would like to hear what happened in more detail. Please contact me at "
            "{contact}.\n{signer}",
            "{first_name}, I read your review carefully, and I am sorry we let you down. What you say about "
            "{mentioned} matters to me, and I would rather sort it out with you directly than here. You can reach "
            "me at {contact}.\n{signer}",
        ),
        "1": (
            "Hello {first_name}, I am truly sorry about your experience with {mentioned}. Thank you for writing "
            "it down; I take it "
            "seriously. I would rather hear the whole story from you: you can reach me at {contact}.\n{signer}",
            "{first_name}, thank you for your message, and I am sorry for what went wrong with {mentioned}. "
            "I read every review "
            "myself and would like to put this right with you directly: {contact}.\n{signer}",
            "{first_name}, I am very sorry to read about what happened with {mentioned}. It is not what we stand "
            "for, and I would like to understand it properly. Please get in touch with me at {contact}.\n{signer}",
            "Hello {first_name}. A visit like the one you describe should not happen, and I am sorry it did. Thank "
            "you for telling us about {mentioned}. I would like to look into it with you: could you contact me at "
            "{contact}?\n{signer}",
            "I am sorry your visit went so badly, {first_name}. I have read what you wrote about {mentioned} and "
            "I want to get to the bottom of it. Could we talk? You can reach me at {contact}.\n{signer}",
            "Thank you for your message, {first_name}, and please accept my apologies. I have taken your comments "
            "about {mentioned} to heart, and I would like to make things right with you directly rather than "
            "here. You can contact me at {contact}.\n{signer}",
        ),
        "only_good": (
            "Thank you for your rating, {first_name}! See you soon at the shop.\n{signer}",
            "{first_name}, thank you for the stars: it means a lot to a small team like ours.\n{signer}",
            "Thank you, {first_name}, for taking a moment to rate us. Until next time!\n{signer}",
            "Many thanks, {first_name}! It is always a pleasure to see a rating like yours. Hope to see you again "
            "soon.\n{signer}",
            "We really appreciate your support, {first_name}. Looking forward to your next visit!\n{signer}",
            "What a lovely rating, thank you {first_name}! It really encourages the whole team. See you "
            "soon.\n{signer}",
        ),
        "only_poor": (
            "Hello {first_name}, thank you for your rating. I am sorry we did not meet your expectations; "
            "I would like to know what went wrong. You can reach me at {contact}.\n{signer}",
            "{first_name}, thank you for rating us. If something disappointed you, I would like to hear it "
            "and put it right: {contact}.\n{signer}",
            "{first_name}, I am sorry your visit did not go as you hoped. If you are willing, I would like to hear "
            "more about it: {contact}.\n{signer}",
            "Hello {first_name}. I can see something was not to your liking, and I am sorry. Could you contact me "
            "at {contact} so that I can put it right?\n{signer}",
            "Thank you for your rating, {first_name}, even if it is not a good one. I would rather know: that is "
            "how we improve. I would like to talk it over with you: {contact}.\n{signer}",
            "{first_name}, my apologies if your visit fell short. I would like to understand what did not suit "
            "you, and I am here to listen: {contact}.\n{signer}",
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
            "Un grand merci, {first_name}\u202f! Toute l'équipe a souri en lisant vos mots sur {mentioned}. Au "
            "plaisir de vous revoir très bientôt.\n{signer}",
            "Merci beaucoup pour ce bel avis, {first_name}. Nous mettons beaucoup de soin dans chaque détail, et "
            "cela fait vraiment plaisir de lire vos mots sur {mentioned}. À bientôt\u202f!\n{signer}",
            "{first_name}, ce sont des messages comme le vôtre qui donnent du sens à notre travail. Merci pour ce "
            "que vous écrivez sur {mentioned}, et à très vite\u202f!\n{signer}",
        ),
        "4": (
            "Merci {first_name} pour vos mots sur {mentioned}. Si quelque chose peut être amélioré, "
            "dites-le-nous à votre prochain passage\u00a0: nous vous écoutons.\n{signer}",
            "Bonjour {first_name}, merci pour votre message et pour vos mots sur {mentioned}. Nous "
            "continuons à travailler pour mériter la dernière étoile.\n{signer}",
            "{first_name}, merci d'avoir pris le temps d'écrire sur {mentioned}. Votre visite compte pour nous, tout "
            "comme vos idées pour faire encore mieux.\n{signer}",
            "Merci pour votre passage, {first_name}, et pour ce que vous dites sur {mentioned}. Nous restons à "
            "l'écoute pour rendre votre prochaine visite encore meilleure.\n{signer}",
            "Cela fait plaisir de lire votre avis, {first_name}. Merci pour vos mots sur {mentioned}, et si une "
            "idée d'amélioration vous vient, n'hésitez pas à nous en faire part en boutique.\n{signer}",
            "Un grand merci, {first_name}. Nous avons lu avec plaisir ce que vous écrivez sur {mentioned}, et "
            "nous prenons note du reste. Au plaisir de vous revoir.\n{signer}",
        ),
        "3": (
            "Merci {first_name} pour ce retour sincère. Nous avons bien noté vos remarques sur {mentioned} "
            "et nous en tenons compte.\n{signer}",
            "Bonjour {first_name}, merci pour votre avis sur {mentioned}. Nous voulons faire mieux\u00a0: vos "
            "remarques nous aident à voir comment.\n{signer}",
            "{first_name}, merci d'avoir partagé votre ressenti sur {mentioned}. Tout n'était visiblement pas "
            "parfait cette fois, et nous y travaillons.\n{signer}",
            "Bonjour {first_name}, et merci pour ce retour franc. Nous avons transmis à toute l'équipe ce que "
            "vous dites sur {mentioned}, pour que nous puissions progresser.\n{signer}",
            "Votre visite semble avoir été en demi-teinte, {first_name}, et merci de nous l'avoir dit "
            "franchement. Nous retenons vos remarques sur {mentioned}\u00a0: elles nous donnent des pistes "
            "concrètes.\n{signer}",
            "Merci pour votre avis, {first_name}. Nous tenons à ce que chaque visite se passe bien, alors nous "
            "regardons de près ce que vous dites sur {mentioned}. Nous espérons faire mieux la prochaine "
            "fois.\n{signer}",
        ),
        "2": (
            "Bonjour {first_name}, merci pour votre message sur {mentioned}, et je regrette que votre visite "
            "n'ait pas été à la hauteur. J'aimerais comprendre ce qui s'est passé\u00a0: pouvez-vous me joindre "
            "({contact})\u202f?\n{signer}",
            "{first_name}, toutes mes excuses pour ce qui s'est passé avec {mentioned}\u00a0; ce n'est pas ce que "
            "nous voulons pour vous. Merci de l'avoir dit. Contactez-moi ({contact}) pour que nous en parlions.\n{signer}",
            "{first_name}, merci pour votre avis sincère. Je regrette que votre visite ait été décevante, et "
            "j'aimerais en savoir plus sur ce qui n'a pas été avec {mentioned}. Pouvez-vous m'écrire ou "
            "m'appeler ({contact})\u202f?\n{signer}",
            "Bonjour {first_name}. Votre visite aurait dû mieux se passer, et je le regrette. Merci pour vos "
            "remarques sur {mentioned}\u00a0: j'aimerais en parler avec vous de vive voix. Mes coordonnées\u00a0: "
            "{contact}.\n{signer}",
            "Merci de nous l'avoir signalé, {first_name}. Cela me peine de lire ce qui s'est passé avec "
            "{mentioned}, et j'aimerais en savoir davantage. N'hésitez pas à me contacter\u00a0: "
            "{contact}.\n{signer}",
            "{first_name}, j'ai lu votre avis avec attention, et je regrette que cette visite vous ait laissé "
            "un mauvais souvenir. Je prends au sérieux ce que vous dites sur {mentioned}, et je préfère en parler "
            "avec vous directement plutôt qu'ici. Vous pouvez me joindre\u00a0: {contact}.\n{signer}",
        ),
        "1": (
            "Bonjour {first_name}, je regrette sincèrement ce que vous avez vécu avec {mentioned}. Merci de "
            "l'avoir écrit\u00a0; je le prends au sérieux. Je préfère entendre toute l'histoire de vive "
            "voix\u00a0; vous pouvez "
            "me joindre ici\u00a0: {contact}.\n{signer}",
            "{first_name}, merci pour votre message, et pardon pour ce qui s'est mal passé avec {mentioned}. "
            "Je lis chaque avis moi-même "
            "et j'aimerais arranger cela avec vous directement\u00a0: {contact}.\n{signer}",
            "{first_name}, je regrette profondément de lire cela. Ce qui s'est passé avec {mentioned}, ce n'est "
            "pas l'idée que nous nous faisons de notre métier, et j'aimerais bien comprendre. Merci de me "
            "contacter\u00a0: {contact}.\n{signer}",
            "Bonjour {first_name}. Une visite comme celle que vous décrivez ne devrait pas arriver, et je vous "
            "présente mes excuses. Merci de nous avoir fait part de ce qui s'est passé avec {mentioned}. "
            "J'aimerais faire le point avec vous\u00a0: pouvez-vous me contacter ({contact})\u202f?\n{signer}",
            "Je regrette que votre visite se soit si mal passée, {first_name}. J'ai lu ce que vous avez écrit sur "
            "{mentioned}, et je veux comprendre ce qui s'est produit. Le plus simple serait d'en parler "
            "ensemble\u00a0: {contact}.\n{signer}",
            "{first_name}, merci d'avoir pris la peine d'écrire, et pardon pour ce mauvais moment. Vos remarques "
            "sur {mentioned}, je les ai bien entendues, et j'aimerais en discuter avec vous directement plutôt "
            "qu'ici. Vous pouvez m'écrire ou m'appeler\u00a0: {contact}.\n{signer}",
        ),
        "only_good": (
            "Merci pour votre note, {first_name}\u202f! À bientôt à la boutique.\n{signer}",
            "{first_name}, merci pour ces étoiles\u00a0: cela compte beaucoup pour une petite équipe comme "
            "la nôtre.\n{signer}",
            "Merci {first_name} d'avoir pris un moment pour nous noter. À la prochaine\u202f!\n{signer}",
            "Un grand merci, {first_name}\u202f! Cela fait toujours plaisir de voir une note comme la vôtre. Au "
            "plaisir de vous revoir.\n{signer}",
            "{first_name}, merci beaucoup pour votre soutien. Nous avons hâte de vous accueillir à "
            "nouveau\u202f!\n{signer}",
            "Quelle belle note, merci {first_name}. Cela encourage toute l'équipe. À bientôt\u202f!\n{signer}",
        ),
        "only_poor": (
            "Bonjour {first_name}, merci pour votre note. Je regrette que nous n'ayons pas été à la "
            "hauteur\u00a0; j'aimerais savoir ce qui n'a pas été. Vous pouvez me joindre ici\u00a0: {contact}.\n{signer}",
            "{first_name}, merci de nous avoir notés. Si quelque chose n'a pas été, j'aimerais l'entendre et "
            "y remédier\u00a0: {contact}.\n{signer}",
            "{first_name}, je regrette que votre visite ne se soit pas passée comme vous l'espériez. Si vous le "
            "voulez bien, j'aimerais en savoir plus\u00a0: {contact}.\n{signer}",
            "Bonjour {first_name}. Je vois que quelque chose n'a pas été à votre goût, et je le regrette. "
            "Pouvez-vous me contacter ({contact}) pour que je puisse arranger cela\u202f?\n{signer}",
            "Merci pour votre note, {first_name}, même si ce n'est pas celle que nous espérions. Je préfère le "
            "savoir\u00a0: c'est comme cela que nous progressons. J'aimerais en parler avec vous\u00a0: "
            "{contact}.\n{signer}",
            "{first_name}, pardon si votre visite n'a pas été à la hauteur. J'aimerais comprendre ce qui ne vous "
            "a pas plu, et je reste à votre écoute\u00a0: {contact}.\n{signer}",
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
            "{first_name}, thank you for your honest review. We are sorry your visit was disappointing, and we "
            "would like to hear more about what went wrong with {mentioned}. Could you contact us at "
            "{contact}?\n{signer}",
            "Hello {first_name}. Your visit should have gone better, and we are sorry it did not. Thank you for "
            "your remarks about {mentioned}; we would like to talk them through with you. We can be reached at "
            "{contact}.\n{signer}",
            "Thank you for letting us know, {first_name}. We are sorry to read about your experience with "
            "{mentioned}, and we would like to hear what happened in more detail. Please contact us at "
            "{contact}.\n{signer}",
            "{first_name}, we read your review carefully, and we are sorry we let you down. What you say about "
            "{mentioned} matters to us, and we would rather sort it out with you directly than here. You can "
            "reach us at {contact}.\n{signer}",
        ),
        "1": (
            "Hello {first_name}, we are truly sorry about your experience with {mentioned}. Thank you for writing "
            "it down; we take it seriously. We would rather hear the whole story from you: you can reach us at "
            "{contact}.\n{signer}",
            "{first_name}, thank you for your message, and we are sorry for what went wrong with {mentioned}. "
            "We read every review ourselves and would like to put this right with you directly: "
            "{contact}.\n{signer}",
            "{first_name}, we are very sorry to read about what happened with {mentioned}. It is not what we stand "
            "for, and we would like to understand it properly. Please get in touch with us at {contact}.\n{signer}",
            "Hello {first_name}. A visit like the one you describe should not happen, and we are sorry it did. "
            "Thank you for telling us about {mentioned}. We would like to look into it with you: could you "
            "contact us at {contact}?\n{signer}",
            "We are sorry your visit went so badly, {first_name}. We have read what you wrote about {mentioned} "
            "and we want to get to the bottom of it. Could we talk? You can reach us at {contact}.\n{signer}",
            "Thank you for your message, {first_name}, and please accept our apologies. We have taken your "
            "comments about {mentioned} to heart, and we would like to make things right with you directly "
            "rather than here. You can contact us at {contact}.\n{signer}",
        ),
        "only_poor": (
            "Hello {first_name}, thank you for your rating. We are sorry we did not meet your expectations; "
            "we would like to know what went wrong. You can reach us at {contact}.\n{signer}",
            "{first_name}, thank you for rating us. If something disappointed you, we would like to hear it "
            "and put it right: {contact}.\n{signer}",
            "{first_name}, we are sorry your visit did not go as you hoped. If you are willing, we would like to "
            "hear more about it: {contact}.\n{signer}",
            "Hello {first_name}. We can see something was not to your liking, and we are sorry. Could you contact "
            "us at {contact} so that we can put it right?\n{signer}",
            "Thank you for your rating, {first_name}, even if it is not a good one. We would rather know: that is "
            "how we improve. We would like to talk it over with you: {contact}.\n{signer}",
            "{first_name}, our apologies if your visit fell short. We would like to understand what did not suit "
            "you, and we are here to listen: {contact}.\n{signer}",
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
            "{first_name}, merci pour votre avis sincère. Nous regrettons que votre visite ait été décevante, et "
            "nous aimerions en savoir plus sur ce qui n'a pas été avec {mentioned}. Pouvez-vous nous écrire ou "
            "nous appeler ({contact})\u202f?\n{signer}",
            "Bonjour {first_name}. Votre visite aurait dû mieux se passer, et nous le regrettons. Merci pour vos "
            "remarques sur {mentioned}\u00a0: nous aimerions en parler avec vous de vive voix. Nos "
            "coordonnées\u00a0: {contact}.\n{signer}",
            "Merci de nous l'avoir signalé, {first_name}. Cela nous peine de lire ce qui s'est passé avec "
            "{mentioned}, et nous aimerions en savoir davantage. N'hésitez pas à nous contacter\u00a0: "
            "{contact}.\n{signer}",
            "{first_name}, nous avons lu votre avis avec attention, et nous regrettons que cette visite vous ait "
            "laissé un mauvais souvenir. Nous prenons au sérieux ce que vous dites sur {mentioned}, et nous "
            "préférons en parler avec vous directement plutôt qu'ici. Vous pouvez nous joindre\u00a0: "
            "{contact}.\n{signer}",
        ),
        "1": (
            "Bonjour {first_name}, nous regrettons sincèrement ce que vous avez vécu avec {mentioned}. Merci de "
            "l'avoir écrit\u00a0; nous le prenons au sérieux. Nous préférons entendre toute l'histoire de vive "
            "voix\u00a0; vous pouvez nous joindre ici\u00a0: {contact}.\n{signer}",
            "{first_name}, merci pour votre message, et pardon pour ce qui s'est mal passé avec {mentioned}. "
            "Nous lisons chaque avis nous-mêmes et aimerions arranger cela avec vous directement\u00a0: "
            "{contact}.\n{signer}",
            "{first_name}, nous regrettons profondément de lire cela. Ce qui s'est passé avec {mentioned}, ce "
            "n'est pas l'idée que nous nous faisons de notre métier, et nous aimerions bien comprendre. Merci de "
            "nous contacter\u00a0: {contact}.\n{signer}",
            "Bonjour {first_name}. Une visite comme celle que vous décrivez ne devrait pas arriver, et nous vous "
            "présentons nos excuses. Merci de nous avoir fait part de ce qui s'est passé avec {mentioned}. Nous "
            "aimerions faire le point avec vous\u00a0: pouvez-vous nous contacter ({contact})\u202f?\n{signer}",
            "Nous regrettons que votre visite se soit si mal passée, {first_name}. Nous avons lu ce que vous avez "
            "écrit sur {mentioned}, et nous voulons comprendre ce qui s'est produit. Le plus simple serait d'en "
            "parler ensemble\u00a0: {contact}.\n{signer}",
            "{first_name}, merci d'avoir pris la peine d'écrire, et pardon pour ce mauvais moment. Vos remarques "
            "sur {mentioned}, nous les avons bien entendues, et nous aimerions en discuter avec vous directement "
            "plutôt qu'ici. Vous pouvez nous écrire ou nous appeler\u00a0: {contact}.\n{signer}",
        ),
        "only_poor": (
            "Bonjour {first_name}, merci pour votre note. Nous regrettons de ne pas avoir été à la "
            "hauteur\u00a0; nous aimerions savoir ce qui n'a pas été. Vous pouvez nous joindre ici\u00a0: "
            "{contact}.\n{signer}",
            "{first_name}, merci de nous avoir notés. Si quelque chose n'a pas été, nous aimerions l'entendre et "
            "y remédier\u00a0: {contact}.\n{signer}",
            "{first_name}, nous regrettons que votre visite ne se soit pas passée comme vous l'espériez. Si vous "
            "le voulez bien, nous aimerions en savoir plus\u00a0: {contact}.\n{signer}",
            "Bonjour {first_name}. Nous voyons que quelque chose n'a pas été à votre goût, et nous le regrettons. "
            "Pouvez-vous nous contacter ({contact}) pour que nous puissions arranger cela\u202f?\n{signer}",
            "Merci pour votre note, {first_name}, même si ce n'est pas celle que nous espérions. Nous préférons "
            "le savoir\u00a0: c'est comme cela que nous progressons. Nous aimerions en parler avec vous\u00a0: "
            "{contact}.\n{signer}",
            "{first_name}, pardon si votre visite n'a pas été à la hauteur. Nous aimerions comprendre ce qui ne "
            "vous a pas plu, et nous restons à votre écoute\u00a0: {contact}.\n{signer}",
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
