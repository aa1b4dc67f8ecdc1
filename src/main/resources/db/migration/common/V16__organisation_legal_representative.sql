-- Secretariat schema, version 16: the organisation's legal representative (法定代表人), part of the
-- basic information an annual work report gives (name, credit code, address, legal representative).
-- Optional: an alliance without legal personality has none.

ALTER TABLE organisation ADD COLUMN legal_representative VARCHAR(100);
