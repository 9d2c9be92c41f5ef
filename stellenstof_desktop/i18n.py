"""Translation markers for code below the UI, which must not import Qt.

`pyside6-lupdate` finds strings by the marker's name, so this stand-in for Qt's
`QT_TRANSLATE_NOOP` puts them into the `.ts` files; the UI translates them at display
time with `QCoreApplication.translate(context, text)`.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` and return it unchanged."""
    del context
    return text
