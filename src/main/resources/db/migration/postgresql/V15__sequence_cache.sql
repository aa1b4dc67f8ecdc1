-- Secretariat schema, version 15 on PostgreSQL: nothing to change (see h2/V15).
--
-- H2 stores its pages whenever a sequence's cached values run out, so its V15 raises the cache.
-- PostgreSQL writes a sequence's state in its own write-ahead log without touching the import's
-- rows, and its CACHE is per connection (values a closed connection held are lost): the default
-- of 1 stays, said here so both engines' histories end at the same version.

ALTER SEQUENCE member_unit_seq CACHE 1;
ALTER SEQUENCE person_seq CACHE 1;
