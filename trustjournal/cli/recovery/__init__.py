"""The recovery path's commands (issue 24): `path` and `score` (path_commands), the
disclosure workspace and letters (disclosure_commands), and the transparency
arrangements' options of `agreement` (arrangement_commands)."""
