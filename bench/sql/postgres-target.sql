-- bench: an empty target on PostgreSQL (schema dst), made afresh before every measured load:
-- dropping the schema also drops datamove's checkpoint and audit tables, so each run starts anew.
-- Run in the bench database (same-server path) and in the second database (two-server path).
DROP SCHEMA IF EXISTS dst CASCADE;
CREATE SCHEMA dst;
CREATE TABLE dst.items (
  id         bigint        NOT NULL PRIMARY KEY,
  qty        integer       NOT NULL,
  name       text          NOT NULL,
  price      numeric(12,2) NOT NULL,
  created_at timestamp     NOT NULL,
  note       text
);
