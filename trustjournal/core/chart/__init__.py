"""The trust timeline chart: one painter, QtGui only, for the app's timeline and the PDF."""
