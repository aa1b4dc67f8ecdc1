-- Secretariat schema, version 13: sequences for the rows an import writes (issue 18).
-- PostgreSQL variant of h2/V13 (same sequences, same first values): PostgreSQL's CREATE SEQUENCE
-- takes no subquery in START WITH, so each sequence is created and then set with setval(…, false),
-- which makes the next nextval return exactly that value.
--
-- Hibernate takes 50 ids per call (its pooled optimizer: a value N hands out N-49 … N), so each
-- sequence starts 50 above the largest id already there; an empty table starts at 50 (ids 1 … 50).
-- The columns keep their identity default: rows inserted without an id still get one.

CREATE SEQUENCE member_unit_seq START WITH 50 INCREMENT BY 50;
SELECT setval('member_unit_seq', (SELECT COALESCE(MAX(id), 0) + 50 FROM member_unit), false);
CREATE SEQUENCE person_seq START WITH 50 INCREMENT BY 50;
SELECT setval('person_seq', (SELECT COALESCE(MAX(id), 0) + 50 FROM person), false);
