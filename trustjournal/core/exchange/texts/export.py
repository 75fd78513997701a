"""The words of an export, shared by every writer so all formats say the same thing.

Plain and warm: the summary describes, it never judges or diagnoses. This is the
exchange room's texts module for exports (docs/words.md): its headings and fixed
sentences, and the errors of an export; the summary's sentences, each made whole from
the person's data, are in texts/summary.py.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import spoken

TITLE = "Journal notes for therapy"
SUMMARY_HEADING = "Summary"
ENTRIES_HEADING = "Entries I chose to share"
CHART_HEADING = "Trust and mood over this period"
CHART_CAPTION = (
    "Each small dot is one day's mood (right scale, 1 to 5). The dark line joins the trust "
    "check-ins (left scale, 0 to 10) and the wide soft line is their moving average, so "
    "single hard days do not hide the direction. The marks under the chart are the events "
    "listed in the summary, one shape for each kind."
)
CHART_TOGETHER_CAPTION = (
    " The lines marked “Together” are the check-ins done together: for each person, the "
    "mean of the scores they gave."
)
CHART_PHASES_CAPTION = (
    " The shaded bands behind the lines are the phases of the recovery path, each named at "
    "its top where there is room."
)
CHART_SCORES_CAPTION = (
    " The dotted lines with diamonds are the questionnaire totals chosen for this export, "
    "each named at its last total, its range spread over the left scale from 0 to 10."
)
CHART_ARRANGEMENTS_CAPTION = (
    " The framed strips along the bottom are the transparency arrangements both partners "
    "said yes to, from their first day to their last (or today), each named inside where "
    "there is room."
)
NO_ENTRIES = "No entries match what was chosen for this export."
CONFIDENTIAL = (
    "Private and confidential: written for my therapist. This copy is no longer protected "
    "by the journal's passphrase."
)
TOGETHER_HEADING = "Checking in together"
PARTNER_LEFT_OUT = "My partner's answers stay out of this export; they are theirs to share."
# A PDF page's foot, and the plain-text export's word where the PDF draws its chart.
PAGE_FOOT = "Private and confidential"
PAGE_OF = "Page {number} of {total}"
CHART_IN_PDF_ONLY = "The chart is drawn in the PDF export."


# When an export cannot be made as asked (InvalidInput, ExportNotWritten, WeakPdfPassword).
# (A name with "password" reads as a secret to ruff: the PDF password is its "lock" here.)
BOTH_STARTS = "Choose either a start date or 'since the last session', not both."
NO_SESSION_YET = (
    "There is no therapy session on your timeline yet. Add one as an event, "
    "or choose the dates to export."
)
EXPORT_BACKWARDS = "The start of the export is after its end; swap the two dates."
FORMAT_ONE_OF = "The format can be one of: {formats}."
LOCK_FOR_PDF_ONLY = "Only a PDF can be protected with a password."
PATH_IS_FOLDER = "{path} is a folder; choose a file name for the export."
NO_SUCH_FOLDER = "The folder {folder} does not exist. Nothing was saved."
NOT_WRITTEN = "The export could not be written to {path} ({reason}). Nothing was saved."
IT_COULD_NOT_BE_WRITTEN = "it could not be written"
# The folder beside a Markdown export that holds its pictures and files ("notes files").
FILES_FOLDER = "{stem} files"
FOLDER_IN_THE_WAY = (
    "{path} is a file, so the export's pictures and files have no folder. Choose another "
    "name for the export. Nothing was saved."
)
FILES_NOT_WRITTEN = (
    "The export's pictures and files could not be written to {folder} ({reason}). "
    "Nothing was saved."
)
PAGE_SIZE_ONE_OF = "The page size can be A4 or US Letter."
EMPTY_PDF_LOCK = "An empty password would not protect the file; choose one."
EASY_PDF_LOCK = (
    "That password would be easy to guess ({hint}). "
    "Choose a longer one: three or four unrelated words work well."
)

# Reading an export back (json_format.py: importing TrustJournal's own JSON).
NOT_JSON = "This is not a TrustJournal export: it is not JSON."
NOT_OUR_JSON = "This JSON file is not a TrustJournal export."
NEWER_EXPORT = (
    "This export is version {found}; this TrustJournal reads version {reads}. "
    "Update TrustJournal to read it."
)
EXPORT_DAMAGED = "This TrustJournal export is damaged and could not be read."
NO_PDF_LOCK = "Choose a password for the PDF, or turn protection off."
PDF_LOCKS_DIFFER = "The two passwords are not the same. Please type them again."


spoken(__name__)
