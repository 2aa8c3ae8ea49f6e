-- datamove plan quoted_names, step 1 of 3: groups: read
-- Runs on the source (postgres).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   $1   lo_open   bool
--   $2   lo.group  varchar(10)
--   $3   hi_open   bool
--   $4   hi.group  varchar(10)
/* datamove quoted_names:groups.read */
SELECT "s"."group", "s"."Label"
FROM "legacy"."group" AS "s"
WHERE (CAST($1 AS boolean) OR "s"."group" > CAST($2 AS text))
  AND (CAST($3 AS boolean) OR "s"."group" <= CAST($4 AS text))
ORDER BY "s"."group"
