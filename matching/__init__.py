"""Which measures a company can claim, how much, and why not the others (issue 12).

profile.py (the company), rules.py (pure: one measure against one profile, stacking), run.py
(the measures in scope from a store, through the named queries). Depends on graph/ and
extraction/ (region table); api/ depends on it.
"""
