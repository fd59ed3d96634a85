"""The review platforms' and the law's rules for printed cards, with their last-checked date; read by review_rules.py."""

# Facts from ../shared/DOMAIN.md and the makers' published templates: each entry says its source.
RULES_TABLE = {'about': 'What review platforms and the law allow a printed card to say. Facts from shared/DOMAIN.md '
          "('Review rules', as published by each platform and law); 'last_checked' is the day they were last "
          "compared with that source. Each rule forbids kinds of wording; 'patterns' says how each kind is "
          'recognised in English and French (Python regular expressions, case-insensitive). Edit this file '
          'when a rule changes, and its date.',
 'rules': [{'key': 'google',
            'name': 'Google',
            'platforms': ['google_business'],
            'hosts': ['google.com', 'google.fr', 'g.page', 'goo.gl'],
            'forbids': ['incentive', 'gating', 'five_stars'],
            'summary': 'Ask every customer, never only happy ones; no incentive of any kind (discount, gift, '
                       'draw) for a review.',
            'source': 'shared/DOMAIN.md, Review rules',
            'last_checked': '2026-12-03'},
           {'key': 'tripadvisor',
            'name': 'Tripadvisor',
            'platforms': ['tripadvisor'],
            'hosts': ['tripadvisor.com', 'tripadvisor.fr', 'tripadvisor.co.uk'],
            'forbids': ['incentive'],
            'summary': 'Asking is fine; every incentive is banned, even a donation or a staff contest.',
            'source': 'shared/DOMAIN.md, Review rules',
            'last_checked': '2026-12-03'},
           {'key': 'yelp',
            'name': 'Yelp',
            'platforms': ['yelp'],
            'hosts': ['yelp.com', 'yelp.fr', 'yelp.co.uk'],
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
 'patterns': {'review': '\\breview|\\brate '
                        'us\\b|\\brating|\\bavis\\b|\\bnotez\\b|\\bnotez-nous|\\bévaluez|\\bevaluez',
              'incentive': '\\bfree\\b|\\bgratuit|\\bofferte?s?\\b|\\bdiscount|\\d\\s*%|\\b\\d+\\s*(€|eur|\\$)|[€$]\\s*\\d|\\b(\\d+\\s*)?off\\b|\\bréduction|\\breduction|\\bremise|\\bgift|\\bcadeau|\\bdraw\\b|\\btirage|\\bwin\\b|\\bgagne|\\bcoupon|\\bvoucher|\\bbon '
                           "d'achat|\\breward|\\brécompense|\\bprize|\\bconcours|\\bcontest|\\bdonation|\\bdon\\b|\\bin "
                           'exchange|\\ben échange',
              'gating': "\\bif you (loved|liked|enjoyed|love|like|enjoy)\\b|\\bif you('re| are| were) "
                        '(happy|satisfied|pleased)|\\bhappy (with|customers)|\\bsatisfied customers|\\bsi '
                        "vous (avez|l'avez) (aimé|apprécié|adoré)|\\bsi vous (êtes|étiez) "
                        '(satisfaite?s?|contente?s?|ravie?s?)|\\bsatisfaite?s?\\s*\\?|\\bcontente?s?\\s*\\?|\\bclients? '
                        'satisfaits?|\\bvous avez aimé',
              'five_stars': '\\b5\\s*(stars?|étoiles?)|\\bfive[- ]stars?|\\bcinq '
                            'étoiles|★★★★★|\\b5\\s*/\\s*5\\b'}}
