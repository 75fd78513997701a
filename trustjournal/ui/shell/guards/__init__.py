"""What protects a running session: idle lock, clipboard, traces, termination, one instance."""
