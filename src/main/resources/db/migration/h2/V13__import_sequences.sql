-- Secretariat schema, version 13: sequences for the rows an import writes (issue 18).
--
-- With identity keys Hibernate must run each insert at once to learn its id, so a 10 000-row
-- import was 20 000 single statements (each unit insert also flushed the audit row before it)
-- and hibernate.jdbc.batch_size never applied. With a sequence Hibernate takes 50 ids per call
-- (its pooled optimizer: a value N hands out N-49 … N) and sends the inserts in JDBC batches.
--
-- Each sequence starts 50 above the largest id already there, so the first block (N-49 … N)
-- begins above every existing row on an upgraded database; an empty one starts at 50 (ids 1 … 50).
-- The columns keep their identity default: rows inserted without an id still get one.
-- Audit entries need no sequence: their id is the chain's own number, assigned in order.

CREATE SEQUENCE member_unit_seq START WITH (SELECT COALESCE(MAX(id), 0) + 50 FROM member_unit) INCREMENT BY 50;
CREATE SEQUENCE person_seq START WITH (SELECT COALESCE(MAX(id), 0) + 50 FROM person) INCREMENT BY 50;
