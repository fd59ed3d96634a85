"""The strategy wizard's domain: its steps, fields, versions and the decisions it applies."""
