"""The handoff card as agents see it, platform-neutral: built and re-stated (``build``), with its summary
(``summary``) and mood line (``mood``); each adapter renders it."""
