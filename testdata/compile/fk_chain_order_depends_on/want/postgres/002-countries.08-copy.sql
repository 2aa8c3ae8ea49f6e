-- datamove plan geo_move, step 2 of 5: countries: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into countries, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove geo_move:countries.copy */
INSERT INTO "geo"."countries" AS "t" ("id", "region_id", "iso")
SELECT "b"."id", "b"."region_id", "b"."iso"
FROM (
  SELECT "s"."id", "s"."region_id", "s"."iso"
  FROM "legacy"."countries" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "region_id" = EXCLUDED."region_id", "iso" = EXCLUDED."iso"
WHERE ("t"."region_id", "t"."iso") IS DISTINCT FROM (EXCLUDED."region_id", EXCLUDED."iso")
