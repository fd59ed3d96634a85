"""The weekly content calendar tab, until its issue lands: what it will do."""

from socialdesk.ui.common.coming_soon import ComingSoonPage


class CalendarTab(ComingSoonPage):
    def page_title(self):
        return self.tr('Weekly content calendar')

    def page_promises(self):
        return [
            self.tr("plan the week's posts per network, with a side list of ideas"),
            self.tr('get gentle advice from the interview while you write'),
            self.tr('copy a post and open the network to publish it by hand'),
            self.tr("export the plan to your phone's calendar or to Excel"),
        ]
