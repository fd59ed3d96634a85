"""The local presence tab, until its issue lands: what it will do."""

from socialdesk.ui.common.coming_soon import ComingSoonPage


class PresenceTab(ComingSoonPage):
    def page_title(self):
        return self.tr('Local presence')

    def page_promises(self):
        return [
            self.tr("check that your shop's name, address and phone agree on every listing"),
            self.tr('design QR codes that are checked to scan'),
            self.tr('print counter cards, table tents and stickers'),
        ]
