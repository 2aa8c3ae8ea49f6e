-- datamove plan crm_cleanup, step 1 of 3: customers: quarantine
-- Runs on the target (postgres).
-- Quarantines the batch (lo, hi]: each source row that customers would refuse goes into
-- datamove_reject_customers with its source key and every reason it breaks (name: longer than 50
-- characters; email: NULL into a NOT NULL column; email: longer than 100 characters; credit: more
-- than 4 digits before the decimal point; balance: more than 4 digits before the decimal point;
-- visits: outside -2147483648..2147483647); the copy leaves these rows out. Runs before the copy,
-- in the same transaction.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove crm_cleanup:customers.quarantine */
INSERT INTO "app"."datamove_reject_customers" ("step", "source_key", "reason", "rejected_at")
SELECT 'customers', CAST(json_build_array("b"."id") AS text),
  CONCAT_WS('; ',
    CASE WHEN ((char_length("b"."name") > 50) IS TRUE) THEN 'name: longer than 50 characters' END,
    CASE WHEN ("b"."email" IS NULL) THEN 'email: NULL into a NOT NULL column' END,
    CASE WHEN ((char_length("b"."email") > 100) IS TRUE) THEN 'email: longer than 100 characters' END,
    CASE WHEN (("b"."credit" NOT BETWEEN -9999.99 AND 9999.99) IS TRUE) THEN 'credit: more than 4 digits before the decimal point' END,
    CASE WHEN ((round("b"."balance", 2) NOT BETWEEN -9999.99 AND 9999.99) IS TRUE) THEN 'balance: more than 4 digits before the decimal point' END,
    CASE WHEN (("b"."visits" NOT BETWEEN -2147483648 AND 2147483647) IS TRUE) THEN 'visits: outside -2147483648..2147483647' END),
  CAST(statement_timestamp() AT TIME ZONE 'UTC' AS timestamp(6) without time zone)
FROM (
  SELECT "s"."id", "s"."name", "s"."email", "s"."credit", "s"."balance", "s"."visits", "s"."country"
  FROM "legacy"."customers" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
) AS "b"
WHERE (
    ((char_length("b"."name") > 50) IS TRUE)
    OR ("b"."email" IS NULL)
    OR ((char_length("b"."email") > 100) IS TRUE)
    OR (("b"."credit" NOT BETWEEN -9999.99 AND 9999.99) IS TRUE)
    OR ((round("b"."balance", 2) NOT BETWEEN -9999.99 AND 9999.99) IS TRUE)
    OR (("b"."visits" NOT BETWEEN -2147483648 AND 2147483647) IS TRUE))
