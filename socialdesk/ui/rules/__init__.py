"""The community checklist tab."""
