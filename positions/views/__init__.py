"""Positions pages, one module per kind of work: reading.py for the analysts' screens (matrix,
party page, demands board, review queue); editors' pages in modules of their own."""
