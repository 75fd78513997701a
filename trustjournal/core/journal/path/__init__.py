"""The recovery path (where the person is, with signposts and a history) and the totals of
the questionnaires a therapist asks for (docs/recovery-path.md)."""
