"""Opening hours as a structure: a week of ranges, closed days and dated exceptions."""
