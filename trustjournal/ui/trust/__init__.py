"""The trust-rebuilding places: Today, the timeline, check-ins, agreements and prompts."""
