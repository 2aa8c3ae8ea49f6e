-- datamove plan crm_cleanup, step 3 of 3: regions: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into regions, mapped per the spec; a row whose
-- (code) already exists is updated, only when a value differs.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.code  char(2)
--   $3   hi_open  bool
--   $4   hi.code  char(2)
/* datamove crm_cleanup:regions.copy */
INSERT INTO "app"."regions" AS "t" ("code", "name")
SELECT "b"."code", "b"."name"
FROM (
  SELECT "s"."code", "s"."name"
  FROM "legacy"."regions" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."code" > CAST($2 AS bpchar))
    AND (CAST($3 AS boolean) OR "s"."code" <= CAST($4 AS bpchar))
) AS "b"
ON CONFLICT ("code") DO UPDATE SET "name" = EXCLUDED."name"
WHERE ("t"."name") IS DISTINCT FROM (EXCLUDED."name")
