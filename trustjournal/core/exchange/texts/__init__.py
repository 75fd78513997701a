"""The exchange room's words (docs/words.md): what an export says (`export`), what an
import says before and after (`importing`), the same in the app and on the command line,
and why a source cannot be read (`sources`)."""
