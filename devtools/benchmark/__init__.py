"""Fill a database with synthetic Parley data at scale, and time its pages against it.

`synthetic` makes the rows (plain Python, deterministic for a seed), `loading` writes them
with PostgreSQL COPY, `measuring` requests each page and times its main query, `report`
prints the table.
"""
