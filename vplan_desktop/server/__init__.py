"""Plans on the kommun's PostgreSQL server: addresses, connections, and copying a plan
between a file and the server.

Each plan on a server is a PostgreSQL schema of its own, made by the same Alembic migrations
as a plan file; the schema ``vplan`` lists the plans (``server.catalog``).
"""
