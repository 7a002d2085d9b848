"""Which measures a company can claim, how much, and why not the others (issue 12).

profile.py (the company), checks.py and amounts.py (pure: conditions checked, amounts computed),
rules.py (pure: one measure's verdict, stacking), run.py
(the measures in scope from a store, through the named queries). Depends on graph/ and
extraction/ (region table); api/ depends on it.
"""
