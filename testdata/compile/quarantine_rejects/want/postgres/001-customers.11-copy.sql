-- datamove plan crm_cleanup, step 1 of 3: customers: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into customers, mapped per the spec; a row whose
-- (legacy_id) already exists is updated, only when a value differs. Rows the quarantine statement
-- puts in datamove_reject_customers (they break a rule of the target) are left out.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove crm_cleanup:customers.copy */
INSERT INTO "app"."customers" AS "t" ("legacy_id", "name", "email", "credit", "balance", "visits", "country")
SELECT "b"."id", "b"."name", "b"."email", "b"."credit", round("b"."balance", 2), "b"."visits", COALESCE("b"."country", 'US')
FROM (
  SELECT "s"."id", "s"."name", "s"."email", "s"."credit", "s"."balance", "s"."visits", "s"."country"
  FROM "legacy"."customers" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
) AS "b"
WHERE NOT (
    ((char_length("b"."name") > 50) IS TRUE)
    OR ("b"."email" IS NULL)
    OR ((char_length("b"."email") > 100) IS TRUE)
    OR (("b"."credit" NOT BETWEEN -9999.99 AND 9999.99) IS TRUE)
    OR ((round("b"."balance", 2) NOT BETWEEN -9999.99 AND 9999.99) IS TRUE)
    OR (("b"."visits" NOT BETWEEN -2147483648 AND 2147483647) IS TRUE))
ON CONFLICT ("legacy_id") DO UPDATE SET "name" = EXCLUDED."name", "email" = EXCLUDED."email", "credit" = EXCLUDED."credit", "balance" = EXCLUDED."balance", "visits" = EXCLUDED."visits", "country" = EXCLUDED."country"
WHERE ("t"."name", "t"."email", "t"."credit", "t"."balance", "t"."visits", "t"."country") IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."email", EXCLUDED."credit", EXCLUDED."balance", EXCLUDED."visits", EXCLUDED."country")
