"""Step 3, conversations: where the audience meets, what buzzes, who talks, what rivals do."""

from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.fields import Step
from socialdesk.ui.strategy.page_base import StepPage
from socialdesk.ui.strategy.page_stand import text_saver
from socialdesk.ui.strategy.labels import STEP_TITLES
from socialdesk.ui.strategy.texts import ADVICE, TIPS


class ConversationsPage(StepPage):
    def __init__(self, writer, parent=None):
        super().__init__(writer, STEP_TITLES[Step.CONVERSATIONS], ADVICE[Step.CONVERSATIONS], parent,
                         tip=TIPS[Step.CONVERSATIONS])
        form = self.form(self.body)
        specs = (
            (f.CONV_PLACES, self.tr("Where our audience &meets"),
             self.tr("e.g. the district's Facebook group, the Sunday market, #lyonfood on Instagram")),
            (f.CONV_TOPICS, self.tr("Topics &people talk about"),
             self.tr("e.g. the Epiphany cake, Mother's Day bouquets, the new tram line")),
            (f.CONV_VOICES, self.tr("Who &talks"),
             self.tr("e.g. parents at the school gate, a local food blogger, the tourist office")),
            (f.CONV_COMPETITORS, self.tr("What c&ompetitors do"),
             self.tr("e.g. daily promotions with no answer to comments; nice photos, no prices")),
            (f.CONV_REACTIONS, self.tr("Subjects that get the most re&actions"),
             self.tr("e.g. the oven at 5 a.m., portraits of the team, before-and-after of a wedding table")),
        )
        for key, label, example in specs:
            self.text(label, example, text_saver(writer, key), form, 3)

    def load(self, strategy, shop, read_only: bool) -> None:
        for binder, key in zip(self.binders, f.CONVERSATION_KEYS):
            binder.load(strategy.text(key))
        super().load(strategy, shop, read_only)
