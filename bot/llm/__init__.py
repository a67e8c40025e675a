"""The optional language model: an upgrade over the rules, never a dependency."""
