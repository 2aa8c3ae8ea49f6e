-- datamove plan catalog_merge, step 2 of 3: payments: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   @include_archived  bool
--   $2   key.id             int64
/* datamove catalog_merge:payments.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("b"."amount" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("b"."amount" AS numeric(65,2)) AS text), 'N') AS "amount",
  COALESCE(CAST(char_length(to_char("b"."paid_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("b"."paid_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "paid_at"
FROM (
  SELECT "s"."id", "s"."amount", "s"."paid_at"
  FROM "legacy"."payments" AS "s"
  WHERE ((NOT "s"."archived") OR CAST($1 AS boolean))
    AND "s"."id" = CAST($2 AS bigint)
) AS "b"
