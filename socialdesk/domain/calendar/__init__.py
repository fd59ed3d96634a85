"""Rules of the weekly content calendar: recurrence, coaching, limits, CSV and iCalendar formats."""
