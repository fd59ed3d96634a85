"""The consistency page's words: how one field of a listing compares with the shop card."""

from socialdesk.domain.presence.nap import FieldState
from socialdesk.ui.common.labels import Labels

FIELD_STATES = Labels("PresenceWords", {  # one field against the shop card
    FieldState.MATCH: "Agrees",
    FieldState.DIFFERENT: "Differs",
    FieldState.NOT_RECORDED: "Not noted",
    FieldState.NO_REFERENCE: "Not on the shop card",
    FieldState.UNREADABLE: "Not a phone number",
})
