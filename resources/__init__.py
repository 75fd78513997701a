"""Runtime resources (vocabularies, prompts, icons, styles), shipped inside the wheel."""
