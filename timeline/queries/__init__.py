"""Reads for the timeline's screens, one module a screen; import from the module itself.

stream: the timeline, a page at a time, and each party's count of matching quotes
dashboard: what changed in the last day or week
quote_page: a quote's own page, and its paragraph in place
matching: the rows of each type that match the filters, which the others read through
"""
