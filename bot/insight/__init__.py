"""What the support lead sees: the report over a period, the questions the bot could not answer, and the
feedback export, all computed from the facts the stores keep (bot/facts.py)."""
