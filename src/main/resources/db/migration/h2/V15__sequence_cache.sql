-- Secretariat schema, version 15: H2 keeps more of the import sequences' values in hand (issue 18).
--
-- H2 writes a sequence's state to its file each time the values it keeps in hand (CACHE, 32 calls
-- by default) run out, and it does so by committing a system transaction: MVStore then stores every
-- page changed so far, the import's uncommitted rows too, again and again during one import
-- (14 % of a 10 000-row import's writing time, JFR). With 1 000 calls in hand (50 000 ids at 50 a
-- call) an import of up to 50 000 rows stores its pages once, at its commit. After a crash H2
-- resumes above the values it had in hand: ids may skip, never repeat (decision 0025).

ALTER SEQUENCE member_unit_seq CACHE 1000;
ALTER SEQUENCE person_seq CACHE 1000;
