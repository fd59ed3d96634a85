"""The Qt interface: main window, one sub-package per tab, shared widgets and printing."""

from socialdesk.ui.pyside_imports import skip_source_reads

skip_source_reads()  # before the interface's modules load: see pyside_imports
