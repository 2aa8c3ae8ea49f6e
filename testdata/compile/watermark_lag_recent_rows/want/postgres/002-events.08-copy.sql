-- datamove plan event_feed, step 2 of 3: events: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into events, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   lo_open        bool
--   $2   lo.created_at  timestamptz(6)
--   $3   lo.id          int64
--   $4   hi_open        bool
--   $5   hi.created_at  timestamptz(6)
--   $6   hi.id          int64
/* datamove event_feed:events.copy */
INSERT INTO "feed"."events" AS "t" ("id", "created_at", "kind", "payload")
SELECT "b"."id", "b"."created_at", "b"."kind", "b"."payload"
FROM (
  SELECT "s"."id", "s"."created_at", "s"."kind", "s"."payload"
  FROM "legacy"."events" AS "s"
  WHERE (CAST($1 AS boolean) OR ("s"."created_at", "s"."id") > (CAST($2 AS timestamp(6) with time zone), CAST($3 AS bigint)))
    AND (CAST($4 AS boolean) OR ("s"."created_at", "s"."id") <= (CAST($5 AS timestamp(6) with time zone), CAST($6 AS bigint)))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "created_at" = EXCLUDED."created_at", "kind" = EXCLUDED."kind", "payload" = EXCLUDED."payload"
WHERE ("t"."created_at", "t"."kind", "t"."payload") IS DISTINCT FROM (EXCLUDED."created_at", EXCLUDED."kind", EXCLUDED."payload")
