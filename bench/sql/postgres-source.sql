-- bench: the source table on PostgreSQL (schema src of the bench database).
DROP SCHEMA IF EXISTS src CASCADE;
CREATE SCHEMA src;
CREATE TABLE src.items (
  id         bigint        NOT NULL PRIMARY KEY,
  qty        integer       NOT NULL,
  name       text          NOT NULL,
  price      numeric(12,2) NOT NULL,
  created_at timestamp     NOT NULL,
  note       text                        -- NULL in one row of five
);
