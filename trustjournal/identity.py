"""Who the app is to the desktop, in one place that needs no Qt.

One application id names the desktop entry, the AppStream metainfo, the icon,
Qt's desktop file name and the single-instance socket, so the desktop, the
package manager and the running app all agree on what TrustJournal is.
"""

from __future__ import annotations

APP_ID = "io.github.trustjournal.TrustJournal"
APP_NAME = "TrustJournal"
LICENCE = "GPL-3.0-or-later"
LICENCE_NAME = "GNU General Public License, version 3 or later"
