"""The app's frame: start-up, the session moving between onboarding, the lock screen
and the main window, settings, and the passphrase dialogs."""
