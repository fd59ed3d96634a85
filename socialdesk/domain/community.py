"""The interview's community as an ecosystem: six groups of people around the shop."""

from enum import Enum


class CommunityGroup(str, Enum):
    CUSTOMERS = "customers"
    EMPLOYEES = "employees"
    COMPETITORS = "competitors"
    PRESCRIBERS = "prescribers"  # people who recommend: journalists, bloggers, concierges…
    PARTNERS = "partners"
    SUPPLIERS = "suppliers"
