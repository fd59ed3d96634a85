"""The review platforms' and the law's rules for printed cards, with their last-checked date; read by review_rules.py."""

# Facts from ../shared/DOMAIN.md and the makers' published templates: each entry says its source.
RULES_TABLE = {'about': 'What review platforms and the law allow a printed card to say. Facts from shared/DOMAIN.md '
          "('Review rules', as published by each platform and law); 'last_checked' is the day they were last "
          "compared with that source. Each rule forbids kinds of wording; 'patterns' says how each kind is "
          'recognised in English and French (Python regular expressions, case-insensitive). Edit this file '
          'when a rule changes, and its date. A host "yelp.*" is that name on any country domain (yelp.ca, '
          'yelp.co.uk; see platform_hosts.py); words are matched after NFKC without invisible characters. An '
          "offer counts only when tied to the review ('incentive_tie', or after the ask); 'fair' undoes 'gating'.",
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
              # something of value (an offer counts for a review only when tied to it: see incentive_tie)
              'incentive': r"\bfree\b|\bgratuit|\boffert|\boffr(e|ons|ez)\b|\bcomplimentary|\bon us\b"
                           r"|\bon the house|\bdiscount|\d\s*%|\b\d+\s*(€|eur|\$)|[€$]\s*\d|\b(\d+\s*)?off\b"
                           r"|\bréduction|\breduction|\bremise|\bgift|\bcadeau|\bdraw\b|\btirage|\bwin\b|\bgagne"
                           r"|\bcoupon|\bvoucher|\bbon d'achat|\breward|\brécompense|\bprize|\bconcours|\bcontest"
                           r"|\bdonation|\bdon\b|\bin exchange|\ben échange|=\s*\S",  # "= …" after the ask: an exchange
              # words that make anything an exchange for the review ("pour chaque avis", "review = a coffee")
              'incentive_tie': r"\b(for|pour|contre|per|par)\s+(a|an|un|une|each|every|chaque|tout|toute)\s+(\S+\s+)?"
                               r"(reviews?|avis|commentaires?|notes?|ratings?)\b"
                               r"|(reviews?|avis|commentaires?|ratings?|stars?|étoiles?|★)\s*=\s*\S"
                               r"|\b(and|&)\s+(get|receive|win|earn|enjoy a|enjoy an)\b"
                               r"|\bet\s+(recevez|gagnez|obtenez|profitez d)|\bon vous offre|\bnous vous offrons"
                               r"|\bin exchange|\ben échange",
              'gating': r"\bif you (loved|liked|enjoyed|love|like|enjoy)\b|\bif you('re| are| were) "
                        r"(happy|satisfied|pleased)|\bhappy (with|customers)|\bsatisfied customers|\bsi "
                        r"vous (avez|l'avez) (aimé|apprécié|adoré)|\bsi vous (êtes|étiez) "
                        r"(satisfaite?s?|contente?s?|ravie?s?)|\bsatisfaite?s?\s*\?|\bcontente?s?\s*\?|\bclients? "
                        r"satisfaits?|\bvous avez aimé"
                        r"|\b(loved|enjoyed|liked|love|enjoy|like|satisfied|happy|pleased|delighted)\b[^?.!]{0,40}\?"
                        r"|\b(aimée?s?|adorée?s?|appréciée?s?|ravie?s?|contente?s?|satisfaite?s?|conquise?s?)\b[^?.!]{0,40}\?"
                        r"|\bonly (great|good|happy|positive|glowing|5|five)\b"
                        r"|\b(seulement|uniquement) (les |si )?(bons?|satisfaits?|heureux|positifs?|ravis?)\b",
              # words that ask the unhappy too, which undo 'gating' ("Vous avez aimé ? Dites-le, et sinon aussi !")
              'fair': r"\bsinon\b|\bor not\b|\bif not\b|\bgood or bad\b|\bbon(ne)?s? ou (mauvaise?s?|moins bon)"
                      r"|\bpositi\w* ou négati\w*|\bpositive or negative\b|\beven if\b|\bmême si\b",
              'five_stars': r"(?<!\bto )(?<!\bà )\b5\s*[-‐‑–]?\s*(stars?|étoiles?|★|⭐)|\bfive\s*[-‐‑]?\s*stars?"
                            r"|\bcinq\s*-?\s*étoiles|[★⭐]{5}|\b5\s*/\s*5\b|\b5\s*sur\s*5\b|\b5 out of 5\b"}}
