-- datamove plan quoted_names, step 1 of 3: groups: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into group, mapped per the spec; a row whose
-- (group) already exists is updated, only when a value differs.
-- Binds:
--   $1   lo_open   bool
--   $2   lo.group  varchar(10)
--   $3   hi_open   bool
--   $4   hi.group  varchar(10)
/* datamove quoted_names:groups.copy */
INSERT INTO "shop"."group" AS "t" ("group", "Label")
SELECT "b"."group", "b"."Label"
FROM (
  SELECT "s"."group", "s"."Label"
  FROM "legacy"."group" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."group" > CAST($2 AS text))
    AND (CAST($3 AS boolean) OR "s"."group" <= CAST($4 AS text))
) AS "b"
ON CONFLICT ("group") DO UPDATE SET "Label" = EXCLUDED."Label"
WHERE ("t"."Label") IS DISTINCT FROM (EXCLUDED."Label")
