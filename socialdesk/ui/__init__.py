"""The Qt interface: main window, one sub-package per tab, shared widgets and printing."""
