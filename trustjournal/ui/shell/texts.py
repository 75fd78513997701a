"""The shell's words (docs/words.md): the paragraphs of first run, help and the lock
screen, and every sentence more than one screen says.

What stays private and what cannot be protected is said by onboarding and by Help, from
these same constants, so the two can never say different things. Short labels that
belong to one widget stay beside it. Whole sentences with named placeholders, ready for
the translation work (issue 22) to mark once.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import spoken

# First run (onboarding.py); KEPT_PRIVATE, NOT_PRIVATE and ADVICE also in Help (help/limits.py).
WELCOME = (
    "This is a private place to write about what happened, how you feel, and how trust "
    "is being rebuilt, at your own pace. Everything you write stays on this computer, "
    "locked behind a passphrase only you know."
)
WELCOME_MORE = "Setting up takes about a minute. You can stop and come back at any time."
KEPT_PRIVATE = (
    "Your entries are encrypted on this computer and are never sent anywhere. "
    "Without your passphrase, the journal file is unreadable. The app locks itself "
    "when you step away, and a quick-hide key (Ctrl+Shift+H) hides it at once."
)
NOT_PRIVATE = (
    "• spying software or a keylogger on this computer while the journal is open\n"
    "• someone forcing you to unlock it\n"
    "• exports and printouts, once they leave the app\n"
    "• a forgotten passphrase when the recovery code is lost too\n"
    "• the memory and swap of this computer while the journal is unlocked"
)
ADVICE = (
    "If you can, use a device only you use, with full-disk encryption turned on. "
    "If you feel unsafe, your safety comes first; a local support line or a trusted "
    "professional can help you plan."
)
CHOOSE = (
    "Choose a passphrase that only you know and that no one close to you could guess. "
    "A few unrelated words work well, for example four words that have nothing to do with "
    "each other."
)

# Help → About (help/about.py).
ABOUT = (
    "A private journal for rebuilding trust. Everything you write stays on this computer, "
    "encrypted behind your passphrase, and TrustJournal never connects to a network."
)
HELP_ELSEWHERE = (
    "TrustJournal is not a replacement for a therapist or a support line; if you are not "
    "safe, please reach out to someone who can help."
)

# The lock screen (lock_screen.py).
LOCKED_TEXT = "Your journal is locked. Type your passphrase to open it."
# The lock screen under a neutral title: no "journal", no app name, no trust wording, since
# whoever glances at the screen should see only that something is locked.
NEUTRAL_LOCKED_HEADING = "Locked"
NEUTRAL_LOCKED_TEXT = "Type your passphrase to open it."
NEUTRAL_OPENING = "Opening"
NEUTRAL_BACKING_UP = "Making today's backup… It can be opened again in a moment."
NEUTRAL_NOT_OPENED = "That passphrase is not right. Check for caps lock and try again."
# After an unlock through journal.key.bak (the key file was damaged or changed).
KEY_FILE_NOTICE = (
    "Your journal is open and nothing in it was lost. But its key file, journal.key, was "
    "damaged or changed, so its backup copy was used to open it. Mend journal.key from that "
    "copy now?"
)
BACKING_UP = "Making today's backup… Your journal is locked; it can be opened again in a moment."

# Change the key (keys/rotate_key.py). Backups are sealed with the key of their moment, so
# any made before the change, even this morning's, still open with the old secrets.
KEY_CHANGE_AFTER = (
    "Your passphrase stays the same (change it too if it was seen). Backups made before "
    "this change still open with your old passphrase or recovery code; when backups are "
    "on, a new one is made right after the change. A large journal can take a minute; "
    "please keep the app open until it is done."
)

spoken(__name__)
