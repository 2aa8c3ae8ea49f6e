-- datamove plan geo_move, step 5 of 5: managers: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into managers, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove geo_move:managers.copy */
INSERT INTO "geo"."managers" AS "t" ("id", "site_id", "full_name")
SELECT "b"."id", "b"."site_id", "b"."full_name"
FROM (
  SELECT "s"."id", "s"."site_id", "s"."full_name"
  FROM "legacy"."site_managers" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "site_id" = EXCLUDED."site_id", "full_name" = EXCLUDED."full_name"
WHERE ("t"."site_id", "t"."full_name") IS DISTINCT FROM (EXCLUDED."site_id", EXCLUDED."full_name")
