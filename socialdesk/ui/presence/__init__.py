"""The local presence tab."""
