"""Headless commands' implementations; only those that draw may load Qt."""
