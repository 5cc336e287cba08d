"""vplan – the nämnd's verksamhetsplan, built offline on the secretary's own computer.

The core package (everything outside the ``ui`` subpackage) never imports Qt.
"""

__version__ = "0.1.0"
