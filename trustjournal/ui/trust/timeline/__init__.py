"""The trust-rebuilding timeline: the chart, moments, trends."""
