"""Building blocks every room shares: controls, icons, throttling, the background
helper, and change watching."""
