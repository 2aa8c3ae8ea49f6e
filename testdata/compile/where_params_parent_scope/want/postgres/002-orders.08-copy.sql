-- datamove plan region_move, step 2 of 3: orders: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into orders, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   @region            string
--   $2   @active_only       bool
--   $3   @since             timestamp
--   $4   @excluded_channel  string
--   $5   lo_open            bool
--   $6   lo.id              int32
--   $7   hi_open            bool
--   $8   hi.id              int32
/* datamove region_move:orders.copy */
INSERT INTO "crm"."orders" AS "t" ("id", "customer_id", "channel", "total")
SELECT "b"."id", "b"."customer_id", "b"."channel", "b"."total"
FROM (
  SELECT "s"."id", "s"."customer_id", "s"."channel", "s"."total"
  FROM "legacy"."orders" AS "s"
  WHERE (("s"."customer_id" IN (SELECT "id" FROM "legacy"."customers" WHERE (("region" = CAST($1 AS text)) AND ("is_active" OR (NOT CAST($2 AS boolean)))) AND ("created_at" >= CAST($3 AS timestamp(6) without time zone)))) AND ("s"."channel" <> CAST($4 AS text)))
    AND (CAST($5 AS boolean) OR "s"."id" > CAST($6 AS bigint))
    AND (CAST($7 AS boolean) OR "s"."id" <= CAST($8 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "customer_id" = EXCLUDED."customer_id", "channel" = EXCLUDED."channel", "total" = EXCLUDED."total"
WHERE ("t"."customer_id", "t"."channel", "t"."total") IS DISTINCT FROM (EXCLUDED."customer_id", EXCLUDED."channel", EXCLUDED."total")
