"""The community checklist: rules, weekly ticks, drivers and the scores drawn from them."""
