"""The strategy tab."""
