"""Reading a picture's GPS record back, for the tests that check it is gone: in the vault
(attachments), in every export format (exchange) and after an import (importers)."""

from __future__ import annotations

import piexif


def gps_in(data: bytes) -> dict[int, object]:
    """The GPS record piexif finds in `data` (empty when there is none)."""
    try:
        return dict(piexif.load(data).get("GPS") or {})
    except (ValueError, piexif.InvalidImageDataError):
        return {}
