"""The recovery path's words (docs/words.md): the phases, what each means, its signposts,
what a move says, and the questionnaire totals' notes; every sentence the path's bad values
get. Warm and plain: nothing blames, nothing diagnoses, and nothing suggests that staying
together is the goal (docs/recovery-path.md). The module ends with `spoken(__name__)`.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import spoken

# The two paths.
ROUTE_TOGETHER = "Together"
ROUTE_ALONE = "On your own"

# The phases' names.
PHASE_ATONE = "Atone"
PHASE_ATTUNE = "Attune"
PHASE_ATTACH = "Attach"
PHASE_SAFETY = "Safety"
PHASE_GRIEF = "Grief"
PHASE_REBUILDING = "Rebuilding"

# What each phase is, in the app's voice.
ABOUT_ATONE = (
    "Atone is the time after the truth comes out. The partner who broke trust takes "
    "responsibility, answers questions honestly and ends contact with the affair partner. "
    "The partner who was hurt does not have to forgive, or decide anything, yet."
)
ABOUT_ATTUNE = (
    "Attune is when the storm settles enough to talk about the two of you: what each of "
    "you needed and missed, and how to turn toward each other again. It is slow, and steps "
    "back are part of it."
)
ABOUT_ATTACH = (
    "Attach is building something new, if you both want it: closeness, rituals of your own, "
    "plans. It is not the goal for everyone; leaving is a valid outcome at any point."
)
ABOUT_SAFETY = (
    "Safety comes first: a steady place to be, sleep, people to call, ways to calm your "
    "body. Big decisions can wait until the ground feels firmer."
)
ABOUT_GRIEF = (
    "Grief makes room for what was lost: the relationship, the past you believed in, the "
    "future you pictured. Sadness and anger belong here, and they ease in their own time."
)
ABOUT_REBUILDING = (
    "Rebuilding is making a life that feels like your own again: trusting your own "
    "judgement, keeping your boundaries, choosing your people and your plans."
)

# Signposts: markers a person can answer for themselves, one sentence each.
SIGN_ATONE_CONTACT_ENDED = "Contact with the affair partner has ended, as far as I know."
SIGN_ATONE_QUESTIONS = "Questions are being answered honestly, even the hard ones."
SIGN_ATONE_DISCLOSURE = "A full disclosure has happened, or one is planned with a therapist."
SIGN_ATONE_NO_DISCOVERIES = "There have been no new discoveries for a while."
SIGN_ATONE_HEARD = "The hurt is listened to without defending or blaming back."
SIGN_ATTUNE_NO_FLOODING = "Talking about it no longer floods me every time."
SIGN_ATTUNE_TRIGGERS = "Triggers come less often, and calm comes back sooner."
SIGN_ATTUNE_MISSING = "We can talk about what was missing between us, without it excusing anything."
SIGN_ATTUNE_TURNING = "We notice each other's small reaches for attention and turn toward them."
SIGN_ATTUNE_REPAIR = "After a hard conversation, we find our way back to each other."
SIGN_ATTACH_RITUALS = (
    "We have rituals of our own: a walk, a weekly talk, a way of saying goodnight."
)
SIGN_ATTACH_CLOSENESS = "There is closeness, physical too, when we both want it."
SIGN_ATTACH_FUTURE = "We make plans for the future together, and they feel real."
SIGN_ATTACH_CHOICE = "Staying feels like a choice I am making, not something I owe."
SIGN_SAFETY_PLACE = "I have somewhere I feel safe, at home or away from it."
SIGN_SAFETY_PERSON = "There is at least one person I can call when it is hard."
SIGN_SAFETY_BASICS = "I am sleeping and eating a little more steadily than at first."
SIGN_SAFETY_CALM = "I have a way to calm my body when the panic comes."
SIGN_GRIEF_LOSSES = "I can name what I lost: the relationship, and the future I pictured."
SIGN_GRIEF_FEELING = "I can feel the sadness or anger without being swept away for days."
SIGN_GRIEF_STORY = "I can tell what happened in my own words, and it is my story."
SIGN_GRIEF_NOT_MY_FAULT = "I know that their choices were not my fault."
SIGN_REBUILDING_OWN_LIFE = "Parts of my life are mine again: interests, friends, routines."
SIGN_REBUILDING_TRUST_SELF = "I trust my own sense of what is right for me."
SIGN_REBUILDING_BOUNDARIES = "I can say no and hold a boundary without apologising for it."
SIGN_REBUILDING_FUTURE = "I can picture a future I want, whoever is or is not in it."

# Who decides a move on.
YOU_DECIDE = (
    "You decide when to move on. The signposts are there to help you see where you are; "
    "none of them has to be checked first."
)
PARTNER_DECIDES = (
    "When to move on is your partner's call: they were the one who was hurt, and only they "
    "can say when they feel ready. When they tell you, record it here with the day."
)

# What a move says, once it is recorded.
MOVED_ON = "You are now in {phase}."
PARTNER_SAID_READY = "Recorded: your partner said they are ready for {phase}."
MOVED_BACK = "Back to {phase}. Setbacks are part of healing, and going back is not starting over."
PARTED = (
    "Your path is now the path on your own, starting with safety. Everything before it "
    "stays in its history."
)
SIGNPOST_CHECKED = "Checked, with the day: {signpost}"
SIGNPOST_UNCHECKED = "No longer checked: {signpost}"

# How each step reads in the path's history.
STEP_START = "Started here"
STEP_FORWARD = "Moved on"
STEP_BACK = "Went back for a while"
STEP_PARTNER_READY = "My partner said they are ready"
STEP_SEPARATED = "We separated"
STEP_LEFT = "I left"

# Bad values: one plain sentence each, and nothing stored.
NO_SUCH_PHASE = (
    "Your path has no phase called “{phase}”; the phases you can move to are: {phases}. "
    "Nothing was changed."
)
ALREADY_IN_PHASE = "You are already in {phase}. Nothing was changed."
NO_SUCH_SIGNPOST = "There is no signpost called “{signpost}”. Nothing was changed."
SIGNPOST_OF_TOGETHER_PATH = (
    "That signpost belongs to the path together, and yours is the path on your own. "
    "Nothing was changed."
)
SIGNPOST_OF_ALONE_PATH = (
    "That signpost belongs to the path on your own, and yours is the path together. "
    "Nothing was changed."
)
ALREADY_ON_YOUR_OWN = "Your path is already the path on your own. Nothing was changed."
MOVE_BEFORE_LAST = "A move can be on or after the day of the last one ({day}). Nothing was changed."
DAY_BEFORE_FIRST = "That date is before your journal's first day ({first}). Nothing was stored."
DAY_NOT_YET = "That date has not come yet. Nothing was stored."

# Questionnaire totals.
NOT_A_DIAGNOSIS = "These totals are for talking with your therapist. They are not a diagnosis."
PAST_CUTOFF = (
    "This total is past the cut-off that the questionnaire's authors published. It is not "
    "a diagnosis, and no cause for alarm: it may be worth talking about with your therapist, "
    "and “When it's hard” is there if today feels heavy."
)
SCORE_NEEDS_NAME = "A score needs the questionnaire's name. Nothing was stored."
SCORE_OUT_OF_RANGE = (
    "A {name} total is from {low} to {high}, so {total} cannot be one. Nothing was stored."
)
SCORE_NEEDS_RANGE = (
    "TrustJournal does not know {name}, so it needs the lowest and highest total it can "
    "have. Nothing was stored."
)
SCORE_RANGE_BACKWARDS = "The lowest total has to be below the highest. Nothing was stored."
SCORE_RANGE_FIXED = (
    "{name} totals are always from {low} to {high}; leave the range out. Nothing was stored."
)

# In the therapy summary (written for the therapist to read, with the person's consent).
EXPORT_PATH_HEADING = "Where they are on the recovery path"
EXPORT_WHERE = "{route}: {phase}, since {day}."
EXPORT_WHERE_FROM_START = "{route}: {phase}, where the path begins."
EXPORT_STEP = "{day}: {phase} ({step})."
EXPORT_SIGNPOST = "Signpost checked on {day}: {signpost}"
EXPORT_NO_SIGNPOSTS = "No signposts checked yet."
EXPORT_SCORES_HEADING = "Questionnaire totals"
EXPORT_SCORE = "{name} (from {low} to {high}): {totals}."
EXPORT_SCORE_CHANGE = "{name}: change since the first total ({day}): {change:+d}."
EXPORT_SCORE_PAST_CUTOFF = "{name}: the latest total is past the cut-off its authors published."
EXPORT_NO_SCORES = "No totals recorded in this period."

spoken(__name__)
