"""The strategy tab, until its issue lands: what it will do."""

from socialdesk.ui.common.coming_soon import ComingSoonPage


class StrategyTab(ComingSoonPage):
    def page_title(self):
        return self.tr('Strategy')

    def page_promises(self):
        return [
            self.tr('answer seven short steps: your shop, what you stand for, your community, where conversations happen, how you listen, your channels and rhythm'),
            self.tr('print your one-page plan'),
            self.tr("apply it: set the week's cadence and content pillars, the listings to claim and the people to contact"),
        ]
