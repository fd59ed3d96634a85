"""The review platforms' and the law's rules for printed cards, with their last-checked date; read by review_rules.py."""

# Facts from ../shared/DOMAIN.md and the makers' published templates: each entry says its source.
RULES_TABLE = {'about': 'What review platforms and the law allow a printed card to say. Facts from shared/DOMAIN.md '
          "('Review rules', as published by each platform and law); 'last_checked' is the day they were last "
          "compared with that source. Each rule forbids kinds of wording; 'patterns' says how each kind is "
          'recognised in English and French (Python regular expressions, case-insensitive). Edit this file '
          'when a rule changes, and its date. A host "yelp.*" is that name on any country domain (yelp.ca, '
          'yelp.co.uk; see platform_hosts.py); words are matched after NFKC without invisible characters, '
          'Cyrillic and Greek look-alike letters read as Latin (review_rules.py). An offer counts only when '
          "tied to the review ('incentive_tie', or after the ask); 'fair' undoes 'gating' unless the unhappy "
          "are sent 'elsewhere'; on a card to a review platform 'call' asks too, and 'star_ask' with "
          "'five_stars' asks on any card. Digits inside a word read as letters (R3v1ew), spaced letters as a "
          "word; the shop's own name and trade are read on their own (an ask with an offer, stars with an offer or "
          "an ask, gating) and, in a caption, as a name only when they pass that and hold a word that is no rule "
          "word and nothing given away; a map link (a door sign) is no review card.",
 'rules': [{'key': 'google',
            'name': 'Google',
            'platforms': ['google_business'],
            'hosts': ['google.*', 'g.page', 'goo.gl', 'g.co'],
            'forbids': ['incentive', 'gating', 'five_stars'],
            'summary': 'Ask every customer, never only happy ones; no incentive of any kind (discount, gift, '
                       'draw) for a review.',
            'source': 'shared/DOMAIN.md, Review rules',
            'last_checked': '2026-12-03'},
           {'key': 'tripadvisor',
            'name': 'Tripadvisor',
            'platforms': ['tripadvisor'],
            'hosts': ['tripadvisor.*'],
            'forbids': ['incentive'],
            'summary': 'Asking is fine; every incentive is banned, even a donation or a staff contest.',
            'source': 'shared/DOMAIN.md, Review rules',
            'last_checked': '2026-12-03'},
           {'key': 'yelp',
            'name': 'Yelp',
            'platforms': ['yelp'],
            'hosts': ['yelp.*'],
            'forbids': ['asking', 'incentive', 'gating', 'five_stars'],
            'summary': "Businesses must not ask for reviews at all ('Find us on Yelp' is fine).",
            'source': 'shared/DOMAIN.md, Review rules',
            'last_checked': '2026-12-03'},
           {'key': 'ftc',
            'name': 'FTC rule on consumer reviews (USA, 2024)',
            'platforms': ['*'],
            'hosts': ['*'],
            'forbids': ['five_stars', 'gating'],
            'summary': 'In force 21 Oct 2024: no incentive conditioned on a positive review, no suppression '
                       'of negative reviews.',
            'source': 'shared/DOMAIN.md, Review rules',
            'last_checked': '2026-12-03'},
           {'key': 'l121_4',
            'name': 'Code de la consommation, art. L121-4 (France)',
            'platforms': ['*'],
            'hosts': ['*'],
            'forbids': ['incentive', 'five_stars'],
            'summary': 'Fake or bought reviews are a misleading commercial practice; the DGCCRF enforces it.',
            'source': 'shared/DOMAIN.md, Review rules',
            'last_checked': '2026-12-03'}],
 'patterns': {  # what asks for a review (Yelp forbids every one of them)
              'review': r"\breview|\brate\b|\brating|\bavis\b|\bnote[sz]\b|\bnote[sz]-nous|\bévaluez|\bevaluez"
                        r"|\bcommentaire|\bopinion|\bfeedback|\btestimonial|\btémoignage"
                        r"|\bshare your (experience|thoughts|visit)|\bpartagez votre (expérience|ressenti|visite)"
                        r"|\btell (us what|everyone|the world|google|yelp)|\bdites-(nous|le)\b|\bwhat you think"
                        r"|\bce que vous (en )?pensez",
              # on a card to a review platform, any call to rate, recommend or share ("Yelp us!", « Racontez… »)
              'call': r"\byelp us\b|\bwrite (about|up)\b|\bpost (your|a|about)\b|\btell (your|a) friends?"
                      r"|\btell (others|people)|\brecommend|\brecommandez|\bracontez|\bpartagez|\bshare\b"
                      r"|\bun (petit )?mot\b|\bcheck[ -]in\b|\bparlez de nous|\bthoughts\b"
                      r"|\bnotez\b|\bdonnez votre"
                      r"|\btell us\b|\bhow (we|did we) did\b|\bhow was (your|the|it)\b|\ba few words\b"
                      r"|\bquelques mots\b|\bwrite (something|a few|us|a line)\b|\blet (others|people|everyone) know"
                      r"|\bcomment (était|c'était|s'est passée?)|\bécrivez(-nous)? (quelque chose|un mot)"
                      r"|\byelp (it|about)\b|\bhow did we do\b|\bdrop (us )?a (line|note)\b|\bleave (us )?a tip\b"
                      r"|\bspread the word\b|\b(faites|passez) (passer )?le mot\b|\bfaites-le savoir",
              # something of value (an offer counts for a review only when tied to it: see incentive_tie)
              'incentive': r"\bfree\b|\bgratuit|\boffert|(?<!s['’])\boffr(e|ons|ez|ira|irons|irai)\b"
                           r"(?!-(vous|nous|toi|moi|lui|leur)\b)|\bcomplimentary|\bon us\b"
                           r"|\bon the house|\bon me\b|\bdiscount|\d\s*%|\b\d+\s*(€|eur|\$)|[€$]\s*\d"
                           r"|\b(\d+\s*)?off\b|\bhalf[ -]price|\bmoitié prix|\bsurprise|\blittle something"
                           r"|\bpetit quelque chose|\bréduction|\breduction|\bremise|\bgift|\bcadeau|\bdraw\b"
                           r"|\btirage|\bwin\b|\bgagne|\bcoupon|\bvoucher|\bbon d'achat|\breward|\brécompense"
                           r"|\bcodes? promo|\bpromo\b|\bcode de réduction|\bpromo code"
                           r"|\bprize|\bconcours|\bcontest|\bdonation|\bdon\b|\bin exchange|\ben échange"
                           r"|\btreat\b|\bfreebie|\braffle|\bgiveaway|\bgive-away|\bsweepstake|\blottery|\bloterie"
                           r"|['’]s ours\b|\b(is|are) ours\b|\b(est|sont) pour (nous|la maison|moi)\b"
                           r"|\bpour la maison\b|\bon the bar\b|\b(2|two|deux)\s*(for|pour)\s*(1|one|un)\b"
                           r"|\bbuy one,? get one|\bbogo\b|\b(we('ll| will)|let us) buy\b|\bbuy you\b"
                           r"|\brepartez avec|\b(on|nous|je) vous (pai\w*|offr\w*)|\bà nos frais"
                           r"|\bgestes? commercia\w*|\bpetit geste\b|\b(fer\w*|faire|offr\w*) un (petit )?geste\b"
                           r"|\bmake (it|this) up to you\b|\bloyalty points?|\bpoints? (de )?fidélité|\b\d+\s*points\b"
                           r"|\b(ont|avez|a|as) droit à\b|\bentitled to\b"
                           r"|=\s*\S",  # "= …" after the ask: an exchange
              # words that make anything an exchange for the review, wherever the offer stands ("pour chaque
              # avis", "review = a coffee", "with every review", « à chaque avis », "when you review us")
              'incentive_tie': r"\b(for|pour|contre|per|par)\s+(a|an|un|une|each|every|chaque|tout|toute)\s+(\S+\s+)?"
                               r"(reviews?|avis|commentaires?|notes?|ratings?)\b"
                               r"|\b(with|avec|after|après)\s+(a|an|un|une|each|every|chaque|tout|toute|your|votre|vos)"
                               r"\s+(\S+\s+)?(reviews?|avis|commentaires?|ratings?)\b"
                               r"|\bà\s+(chaque|tout|toute)\s+(\S+\s+)?(avis|commentaires?|notes?)\b"
                               r"|(reviews?|avis|commentaires?|ratings?|stars?|étoiles?|★)\s*=\s*\S"
                               r"|\b(when|once|if|as soon as)\s+you('ve|'ll|'d)?\s+(\S+\s+){0,3}?(reviews?|rate|avis)\b"
                               r"|\b(for|pour)\s+(updating|changing|editing|modifying|amending|revising|raising|removing"
                               r"|deleting|upgrading|improving|correcting|fixing|adjusting|avoir\s+(modifié|changé|corrigé"
                               r"|supprimé|retiré|mis à jour|revu|actualisé)|(la|le|une|un)\s+(mise à jour|modification"
                               r"|changement|correction|suppression|retrait|révision)\s+(de|d'))\s+(\S+\s+){0,2}?"
                               r"(reviews?|ratings?|stars?|avis|notes?|commentaires?|étoiles?)\b"
                               r"|\b(quand|lorsque|si|dès que)\s+vous\s+(\S+\s+){0,3}?(avis|notez|évaluez)\b"
                               r"|\bby\s+(reviewing|rating|leaving|writing|posting)\b"
                               r"|\ben\s+(laissant|notant|donnant|écrivant|postant|publiant)\b"
                               r"|\b(and|&)\s+(get|receive|win|earn|enjoy a|enjoy an)\b"
                               r"|\b(and|&)\s+we('ll| will)\s+(send|give|offer)"
                               r"|\bet\s+(recevez|gagnez|obtenez|profitez d)|\bon vous offre|\bnous vous offrons"
                               r"|\bin exchange|\ben échange"
                               r"|\b(per|par)\s+(reviews?|avis|commentaires?|ratings?)\b"
                               r"|\b(chaque|every|each)\s+(\S+\s+)?(reviews?|avis|ratings?)\s+(vous\s+|you\s+)?"
                               r"(rapporte|vaut|donne droit|earns?|gets?|is worth|wins?)"
                               r"|\b(reward\w*|récompens\w*)\s+(\S+\s+){0,2}?(reviews?|reviewers?|avis|commentaires?)\b"
                               r"|\bsur présentation d[eu']\s*(\S+\s+)?(avis|commentaire)"
                               r"|\b(show|present)\w*\s+(us\s+)?(your|a)\s+review"
                               r"|\bune étoile de plus\b[^.!?]{0,40}\bde plus\b|\b(one|an) (more|extra) star\b[^.!?]{0,40}\b(more|extra)\b",
              'gating': r"\bif you (loved|liked|enjoyed|love|like|enjoy)\b|\bif you('re| are| were) "
                        r"(happy|satisfied|pleased)|\bhappy (with|customers)|\bsatisfied customers|\bsi "
                        r"vous (avez|l'avez) (aimé|apprécié|adoré)|\bsi vous (êtes|étiez) "
                        r"(satisfaite?s?|contente?s?|ravie?s?)|\bsatisfaite?s?\s*\?|\bcontente?s?\s*\?|\bclients? "
                        r"(satisfaits?|ravis|contents|heureux)|\bvous avez aimé"
                        r"|\b(loved|enjoyed|liked|love|enjoy|like|satisfied|happy|pleased|delighted)\b[^?.!]{0,40}\?"
                        r"|\b(aimée?s?|adorée?s?|appréciée?s?|ravie?s?|contente?s?|satisfaite?s?|conquise?s?)\b[^?.!]{0,40}\?"
                        r"|\b(great|good|lovely|wonderful|amazing|perfect|nice)\s+(experience|visit|time|meal|stay)"
                        r"\b[^?.!]{0,20}\?|\bcoup de c(œ|oe)ur\s*\?|\bbien passée?s?\s*\?"
                        r"|\bonly (great|good|happy|positive|glowing|5|five)\b"
                        r"|\b(seulement|uniquement) (les |si )?(bons?|satisfaits?|heureux|positifs?|ravis?)\b"
                        r"|\bonly\b[^.!?]{0,30}\bif you\b|\b(seulement|uniquement)\b[^.!?]{0,30}\bsi vous\b"
                        r"|\bif you had an? (great|good|lovely|wonderful|amazing|perfect|nice) (time|visit|meal|stay)"
                        r"|\btout (va|est allé|s'est) bien( passé)?\s*\?|\bsmil(e|ed|ing)\b[^?.!]{0,20}\?"
                        r"|\bça vous a plu\s*\?|\b(all|everything) (good|ok|okay|fine|great)\s*\?",
              # words that ask the unhappy too, which undo 'gating' ("Vous avez aimé ? Dites-le, et sinon aussi !")
              'fair': r"\bsinon\b|\bor not\b|\bif not\b|\bgood or bad\b|\bbon(ne)?s? ou (mauvaise?s?|moins bon)"
                      r"|\bpositi\w* ou négati\w*|\bpositive or negative\b|\beven if\b|\bmême si\b|\beither way\b",
              # …unless the unhappy are sent to a private channel instead ("If not, email us first"): gating
              'elsewhere': r"\b(e-?mail|call|phone|ring|text|talk to|speak to|speak with|contact|message|see)\s+"
                           r"(us|me|the manager|the owner|our)|\bmanager\b|\bfirst\b|\bd'abord\b|\bprivately\b"
                           r"|\bappelez|\bécrivez|\bcontactez|\bparlez-(nous|en)|\bparlez à|\btéléphonez|\ben privé"
                           r"|\bvoyez (le|la|nous|notre)\b|\bvenez (nous )?voir\b|\bgérante?\b|\bresponsable\b",
              'unhappy': r"\bunhappy|\bnot happy|\bnot satisfied|\bdisappointed|\bdissatisfied|\bproblem|\bissue"
                         r"|\bpas (content|satisfait|ravi)|\bmécontent|\bdéçue?s?\b|\binsatisfait|\bsouci|\bproblème"
                         r"|\botherwise\b|\bif not\b|\bor not\b|\bsinon\b|\bfrown|\bgrumpy|\bsad\s*\?|\bça ne va pas",
              'five_stars': r"(?<!\b\d to )(?<!\b\d à )(?<!\b\d a )\b5\s*[-‐‑–]?\s*(stars?|[ée]toiles?|★|⭐|🌟)"
                            r"|\bfive\s*[-‐‑]?\s*stars?"
                            r"|\bcinq\s*-?\s*[ée]toiles|([★⭐🌟]\s*){5}|\b5\s*/\s*5\b|\b5\s*sur\s*5\b|\b5 out of 5\b"
                            r"|\bfull marks|\btop marks|\bnote maximale|\bmeilleure note"
                            r"|\bmaximum de? (stars|étoiles)"
                            r"|\b(five|cinq)\s*[-‐‑–]?\s*[★⭐🌟]|\btop[ -](rating|rated|score|note)|\bhighest (rating|score)"
                            r"|\bbest (rating|score)|\b10\s*/\s*10\b|\b10 (sur|out of) 10\b|\b20\s*/\s*20\b"
                            r"|\bnote parfaite|\bperfect (score|rating)|\b(cinq|5) sur (cinq|5)\b|\b(five|5) out of (five|5)\b"
                            r"|\b(the )?full (five|5)\b",
              # a request for the stars themselves, a review ask on any card ("Give us 5 stars")
              'star_ask': r"\b(give|leave|award|send|gives?)\s+us\b|\b(donnez|laissez|mettez|attribuez|accordez)[- ]nous\b"
                          r"|\bnous (donner|laisser|mettre|attribuer)\b|\bune note de\b|\ba note of\b"}}
