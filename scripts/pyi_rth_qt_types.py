# PyInstaller runtime hook (build.spec: runtime_hooks), run before the app's own code.
# PyInstaller's own PySide6 hook imports PySide6.QtCore before the entry script runs, so
# the package's PYSIDE6_OPTION_LAZY=0 (stellenstof_desktop/__init__.py) would come too
# late in the bundle and PySide would make its types lazily there, inside events, where
# that crashed. Custom runtime hooks run before PyInstaller's: importing the package here
# sets the variable first. The selftest (`stellenstof-cli selftest`) checks it worked.
import stellenstof_desktop  # noqa: F401
