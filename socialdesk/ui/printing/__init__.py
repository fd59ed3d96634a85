"""Printing through Qt's print system: preview, print dialog, Save as PDF."""
