"""Vision services that run in worker threads (never in the frame loop)."""

import warnings

# face_recognition_models finds its weight files through pkg_resources, which
# warns on import; setuptools is pinned below 81 where it still exists.
warnings.filterwarnings("ignore", message="pkg_resources is deprecated", category=UserWarning)
