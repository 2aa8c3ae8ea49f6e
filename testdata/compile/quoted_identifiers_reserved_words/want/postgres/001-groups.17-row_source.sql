-- datamove plan quoted_names, step 1 of 3: groups: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (group) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.group  varchar(10)
/* datamove quoted_names:groups.row_source */
SELECT "b"."group",
  COALESCE(CAST(char_length(CAST("b"."group" AS text)) AS text) || ':' || CAST("b"."group" AS text), 'N') AS "group",
  COALESCE(CAST(char_length(CAST("b"."Label" AS text)) AS text) || ':' || CAST("b"."Label" AS text), 'N') AS "Label"
FROM (
  SELECT "s"."group", "s"."Label"
  FROM "legacy"."group" AS "s"
  WHERE "s"."group" = CAST($1 AS text)
) AS "b"
