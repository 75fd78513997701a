"""Today's words (docs/words.md): the page's cards, the recovery path, the care around a
hard date that is near, "On this day" and the quick mood check. Its counted sentences
(days since the discovery, the anniversaries) are in `ui/trust/texts.py`.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import spoken

# Today (today/page.py).
TODAY_WELCOME = "Whatever today holds, this is your space. Take what helps and leave the rest."
TODAY_NO_PROMPT = "There are no prompts to show right now. You can always just write."
TODAY_PROMPT_THEME = "Theme: {theme}"
CHECKIN_DUE = (
    "A trust check-in would fit today, whenever you feel ready. It takes a few minutes, "
    "and every question can be skipped."
)
CHECKIN_FIRST = (
    "A check-in is a short, private look at how trust feels right now. Whenever you are ready."
)
CHECKIN_LATER = "Your last check-in was on {last}. The next one fits around {next}; no rush."
NO_REVIEWS = "No agreements are waiting to be looked at again."
REVIEWS = "Ready to be looked at again together, when you are both ready:"
NO_DISCOVERY = "If you add the day of discovery to your timeline, the days since will show here."
TOGETHER_OFFER = (
    "A private check-in with your partner at this computer, only when you both want one. "
    "Your journal locks away while you do it."
)

# Today's care for hard days (today/care.py): a hard date still ahead, and "On this day".
HARD_DATE_TODAY = "{title}: today. Whatever you feel today is allowed."
HARD_DATE_AHEAD = (
    "{title}: {when}. A day ahead can weigh before it comes; it is all right to go gently."
)
HARD_DATE_NO_PLAN = (
    "There is no plan for it yet. On a calmer moment, a few lines about what you will do "
    "and who you can reach can make the day lighter."
)
HARD_DATE_PROMPT = "If you would like to write: {prompt}"
ON_THIS_DAY_ENTRY = "{year}: {words}"
ON_THIS_DAY_BREAKTHROUGH = "{year}: A breakthrough: {title}"
ON_THIS_DAY_MILESTONE = "{year}: A milestone: {title}"

# Today's quick mood check (today/quick.py).
QUICK_SAVED = "Saved. Thank you for checking in with yourself."
QUICK_NEED_MOOD = "Choose how you feel first, from 1 to 5."

# The path on Today (today/path_card.py, path_move.py): where the person is, the
# signposts to check, one prompt for the phase, and the moves. Nothing of it is ever on
# the lock screen, in a reminder or in a notification.
PATH_WHERE = "You are in {phase} ({route}), where the path begins."
PATH_WHERE_SINCE = "You are in {phase} ({route}), since {day}."
PATH_SIGNPOSTS = (
    "Signposts for this phase. Check one when it feels true for you; none has to be "
    "checked before you move on."
)
PATH_PROMPT = "A prompt for this phase: {prompt}"
PATH_LAST_PHASE = (
    "This is the last phase of this path. There is nowhere you have to get to from here."
)
# The moves, and what each one's dialog says before it is made.
MOVE_ON_WORDS = (
    "Move on to {phase}? {about}\n\nSignposts checked in {here}: {checked} of {total}. "
    "They are there for seeing where you are, not a test: this is your choice."
)
PARTNER_READY_WORDS = (
    "Your partner said they are ready for {phase}. When to move on is their call, as they "
    "were the one who was hurt. Which day did they tell you?"
)
MOVE_BACK_WORDS = (
    "Go back to {phase} for a while? Setbacks are part of healing, and going back is not "
    "starting over. Everything so far stays in your path's history."
)
PART_WORDS = (
    "Your path becomes the path on your own, starting with safety. Everything before it "
    "stays in its history, and checking in together is put away. Leaving is a valid "
    "outcome. Which words fit?"
)

spoken(__name__)
