"""The editor (PySide6 only): a thin view over the model; every edit is a model Command
pushed on a QUndoStack (see session.py)."""
