"""The Smart Mirror integration (talks to the Smart Mirror engine add-on).

Entities, services and the panel arrive with the integration work; until
then this package only reserves the domain.
"""

from .const import DOMAIN

__all__ = ["DOMAIN"]
