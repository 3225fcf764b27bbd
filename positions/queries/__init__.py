"""Reads for the positions screens, one module a screen; import from the module itself.

negotiations: the negotiation a page is about, its parties and issues in screen order
cells: each party's position on each issue at a date, read with index probes
matrix: the matrix, and one cell's panel with its history strip and quotes
parties: a party's page, its people, and the party a speaker spoke for
demands: the demands board and a demand's own page
shifts: the stance shifts between two days, for the dashboard
review: the review queue
"""
