# Home Assistant 2026 replaced voluptuous with probatio and aliases
# ``voluptuous`` to it at start-up (probatio.compat.install_as_voluptuous): the
# type checker sees what runs.
from probatio import *  # noqa: F403
