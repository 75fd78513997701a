"""Plain records of what a journal holds (entries, check-ins, moments, agreements,
prompts). No storage and no logic beyond checking values: the vault's stores and the
journal's domain both use them, so neither has to import the other."""
