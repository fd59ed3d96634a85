"""The community checklist tab, until its issue lands: what it will do."""

from socialdesk.ui.common.coming_soon import ComingSoonPage


class RulesTab(ComingSoonPage):
    def page_title(self):
        return self.tr('Community checklist')

    def page_promises(self):
        return [
            self.tr("tick the week's posts and the community rules every week"),
            self.tr('see over months whether the habits hold'),
            self.tr('keep the people who drive your community close'),
        ]
