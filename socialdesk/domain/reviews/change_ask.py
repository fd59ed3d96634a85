"""Whether a reply asks the customer to change or remove their review: a request, never a thank-you for one."""

import re
from functools import cache

from socialdesk.domain.review_rules import plain_words

_VERB = (r"(?:chang|edit|updat|remov|delet|take down|taking down|withdraw|revis|amend|reconsider|modif|adjust"
         r"|rais|bump|upgrad|increas|correct|fix|retir|supprim|enlev|revoi|revoy|revo|corrig"
         r"|actualis|rehauss|remont|augment|effac|mett\w* à jour)\w*")
_NOUN = r"(?:reviews?|ratings?|stars?|comments?|feedback|avis|notes?|commentaires?|étoiles?|é?valuations?)\b"
_DETERMINER = r"(?:your|the|this|that|these|those|votre|vos|ton|tes|ce|cet|cette|ces|la|le|les)\s+|l'"
# the verb, then the review as its object: « modifier votre note », "changing your 1 star"
_CHANGE = rf"\b{_VERB}\b\s+(?:à jour\s+)?(?:{_DETERMINER})(?:[^\s.!?]+\s+){{0,2}}?{_NOUN}"
# what makes a sentence a request ("could you…", « pourriez-vous… »); « merci d'avoir… » only thanks
_ASK = (r"\b(?:could|would|can|will|won't|wouldn't) you\b|\bplease\b|\bkindly\b|\bpls\b|\bif you\b|\byou'll\b"
        r"|\byou'd\b|\byou (?:should|could|might|may)\b|\bhope you\b|\bfeel free\b|\bhesitate\b|\bdo you mind\b"
        r"|\bpourrie[zr]\b|\bpouvez\b|\bpourrais\b|\bpeux-tu\b|\bvoudrie[zr]\b|\bveuillez\b|\bn'hésite"
        r"|\bje vous (?:prie|invite|demande)\b|\bnous vous (?:prions|invitons|demandons)\b|\bserait-il\b"
        r"|\bsi vous (?:pouv|vouli)|\bs'il vous pla[iî]t\b|\bsvp\b|\baccepteriez\b|\bauriez-vous\b"
        r"|\besp[eèé]r\w* que vous\b|\bsouhaiterions\b|\bce serait\b|\bça serait\b|\bit would be\b"
        r"|\bnous aimerions\b|\bj'aimerais\b|\bwe'd love\b|\bwe would love\b|\bconsider\b")
# the customer's own future or wished change: « vous mettrez à jour votre avis », « que vous modifiiez votre note »
_YOU_WILL = (r"\bvous\s+(?:mett\w*\s+à jour|(?:chang|modifi|retir|supprim|enlèv|enlev|corrig|actualis|effac"
             r"|rehauss|remont|augment|rever|revoy)\w*(?:rez|riez|iez))\s+"
             rf"(?:{_DETERMINER})(?:[^\s.!?]+\s+){{0,2}}?{_NOUN}")
# more stars or an updated review, asked for: « passer à 5 étoiles », "another star", « un avis mis à jour »
_MORE = (r"\bpass(?:er|ez)\s+(?:(?:votre|ta|la|cette) note\s+à\s+(?:\d|cinq|quatre)\b"
         r"|à\s+(?:\d|cinq|quatre)\s*(?:étoiles?|★|stars?))"
         r"|\b(?:another|one more|an extra|a higher|a better|an? (?:updated|revised|amended|corrected))\s+"
         r"(?:stars?|ratings?|reviews?|scores?)\b|\b(?:une|des|quelques)\s+étoiles?\s+(?:de plus|supplémentaires?)"
         r"|\bune\s+(?:meilleure|plus haute)\s+(?:note|évaluation)"
         r"|\b(?:avis|notes?|commentaires?|évaluations?)\s+(?:mis|mise|modifiée?|actualisée?|revue?|corrigée?)"
         r"(?:\s+à jour)?\b")
# words after it that make the sentence a request: « un avis mis à jour nous ferait plaisir »
_ASK_AFTER = (r"\bnous ferait (?:très |vraiment )?plaisir|\bserait (?:apprécié|le bienvenu|génial|super)"
              r"|\bnous aiderait\b|\bwould (?:mean a lot|help"
              r"|be (?:great|lovely|wonderful|appreciated|much appreciated))")
# the change named as a thing: « pour la mise à jour de votre avis », "for the edit of your review"
_CHANGE_NOUN = (r"\b(?:mise à jour|modification|changement|correction|suppression|retrait|révision|update|edit"
                r"|change|removal|correction|revision)\s+(?:de\s+|d'|of\s+|to\s+)"
                rf"(?:{_DETERMINER})(?:[^\s.!?]+\s+){{0,2}}?{_NOUN}")
# something given for it, which makes any sentence a request: "a free coffee for updating your review",
# « un café offert si vous modifiez votre avis », "we'll give you a coffee once you've edited your review"
_GIVE = (r"\b(?:offer\w*|give|giving|free|get|receive|treat|reward\w*|gift|enjoy|on us|on the house"
         r"|offr\w*|offert\w*|gratuit\w*|cadeau|recev\w*|gagn\w*|profit\w*|pour la maison)\b")
_TIED = (r"\b(?:for|if|once|when|as soon as|after|pour|si|quand|lorsque|dès que|une fois que|après|contre)\b"
         r"[^.!?\n]{0,25}?")
_REQUEST = (  # compiled on first use (6.5 ms): the checklist and the listings open without it
    rf"(?:{_ASK})[^.!?\n]*?(?:{_CHANGE}|{_MORE})|{_YOU_WILL}"
    rf"|{_GIVE}[^.!?\n]*?{_TIED}(?:{_CHANGE}|{_CHANGE_NOUN}|{_MORE})"
    rf"|(?:{_CHANGE}|{_MORE})[^.!?\n]*?(?:{_ASK_AFTER})"
    rf"|\bmerci (?:de |d')(?:bien vouloir )?{_CHANGE}"  # « Merci de retirer votre commentaire. »
    rf"|\b(?:modifi|chang|retir|supprim|enlev|revoy|mett|corrig|actualis|rehauss|remont|augment|effac)ez\b"
    rf"\s+(?:à jour\s+)?(?:{_DETERMINER})(?:[^\s.!?]+\s+){{0,2}}?{_NOUN}"  # « modifiez votre avis »
    rf"|(?:^|[,;:]\s*)(?:just\s+)?(?:change|edit|update|remove|delete|take down|withdraw|revise|amend"
    rf"|reconsider|modify|adjust|raise|bump|fix)\s+(?:{_DETERMINER})(?:[^\s.!?]+\s+){{0,2}}?{_NOUN}"
)
_SENTENCE = re.compile(r"[^.!?\n]+")


@cache
def _request() -> re.Pattern:
    return re.compile(_REQUEST, re.IGNORECASE)


def asks_to_change(text: str) -> bool:
    """True when a sentence asks (could you, pourriez-vous, merci de, an imperative) to change the review."""
    text = plain_words(text).replace("\u2019", "'")
    return any(_request().search(sentence.strip()) for sentence in _SENTENCE.findall(text))
