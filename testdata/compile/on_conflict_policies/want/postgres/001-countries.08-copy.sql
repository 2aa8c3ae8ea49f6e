-- datamove plan catalog_merge, step 1 of 3: countries: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into countries, mapped per the spec; a row whose
-- (code) already exists is kept as it is (skipped, and counted by the runtime).
-- Binds:
--   $1   lo_open  bool
--   $2   lo.code  char(2)
--   $3   hi_open  bool
--   $4   hi.code  char(2)
/* datamove catalog_merge:countries.copy */
INSERT INTO "shop"."countries" AS "t" ("code", "name")
SELECT "b"."code", "b"."name"
FROM (
  SELECT "s"."code", "s"."name"
  FROM "legacy"."countries" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."code" > CAST($2 AS bpchar))
    AND (CAST($3 AS boolean) OR "s"."code" <= CAST($4 AS bpchar))
) AS "b"
ON CONFLICT ("code") DO NOTHING
