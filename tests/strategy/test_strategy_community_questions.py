"""Step "Our community" asks each group what fits it, with examples that fit, in English and French."""

from datetime import date

import pytest
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.fields import Step
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.strategy.labels import GROUP_NAMES
from socialdesk.ui.strategy.plan_document import PlanWords, to_html
from socialdesk.ui.strategy.tab import StrategyTab


def _community_page(qtbot, store):
    tab = StrategyTab(store, DataBus(), fixed_clock(date(2026, 12, 2)))
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()
    tab.go_to(Step.COMMUNITY)
    return tab.current_page()


def _asked(page):
    """{group name: [(question, example), …]} as the page shows them."""
    asked = {}
    for box in page.findChildren(QGroupBox):
        form = box.layout()
        rows = []
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and isinstance(field.widget(), QLineEdit):
                rows.append((label.widget().text(), field.widget().placeholderText()))
        asked[box.title()] = rows
    return asked


@pytest.fixture
def french():
    from socialdesk.ui.i18n import install_translators

    install_translators("fr")
    yield
    install_translators("en")


def test_each_group_is_asked_what_fits_it(qtbot, store):
    asked = _asked(_community_page(qtbot, store))
    questions = {group: " | ".join(q for q, _ in rows) for group, rows in asked.items()}
    assert "What they do well, and what we do differently" in questions["Competitors"]
    assert "What we can show together" in questions["Suppliers"]
    assert "What we can show together" in questions["Partners"]
    assert "Who speaks for the shop online" in questions["Employees"]
    assert "What they expect from us" in questions["Customers"]
    assert "What they expect from us" not in questions["Competitors"]
    examples = [example for rows in asked.values() for _, example in rows]
    assert len(set(examples)) == len(examples) == 18  # no group borrows another's examples


def test_the_questions_and_examples_are_french_in_french(qtbot, store, french):
    asked = _asked(_community_page(qtbot, store))
    competitors = asked[GROUP_NAMES[CommunityGroup.COMPETITORS]]
    assert "Ce qu'ils font bien, et ce que nous faisons autrement" in [q for q, _ in competitors]
    assert all(example.startswith("ex.") for _, example in competitors)
    suppliers = asked[GROUP_NAMES[CommunityGroup.SUPPLIERS]]
    assert "Ce que nous pouvons montrer ensemble" in [q for q, _ in suppliers]
    assert any("moulin" in example for _, example in suppliers)


def test_the_plan_prints_the_answer_under_the_group_question(qtbot, store):
    page = _community_page(qtbot, store)
    store.strategy.set_text(f.community_key(CommunityGroup.COMPETITORS, "expect"), "They open at 6; we deliver")
    html = to_html(PlanWords().build(store.strategy.load(), store.shop.get()))
    assert "What they do well, and what we do differently: They open at 6; we deliver" in html
    assert page is not None
