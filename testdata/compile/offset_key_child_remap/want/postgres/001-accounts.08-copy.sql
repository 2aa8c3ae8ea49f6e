-- datamove plan shard_merge, step 1 of 2: accounts: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into accounts, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   @id_offset  number
--   $2   lo_open     bool
--   $3   lo.id       int32
--   $4   hi_open     bool
--   $5   hi.id       int32
/* datamove shard_merge:accounts.copy */
INSERT INTO "main"."accounts" AS "t" ("id", "name", "region")
SELECT "b"."id" + CAST($1 AS bigint), "b"."name", "b"."region"
FROM (
  SELECT "s"."id", "s"."name", "s"."region"
  FROM "shard"."accounts" AS "s"
  WHERE (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
    AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name", "region" = EXCLUDED."region"
WHERE ("t"."name", "t"."region") IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."region")
