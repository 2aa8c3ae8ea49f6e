-- datamove plan quoted_names, invariant items_have_orders: invariant
-- Runs on the target (postgres).
-- every moved item belongs to a moved order
-- Binds nothing.
/* datamove quoted_names:items_have_orders.invariant */
SELECT "i"."OrderID", "i"."LineNo" FROM "shop"."Order Items" AS "i" LEFT JOIN "shop"."Orders" AS "o" ON "o"."ID" = "i"."OrderID" WHERE "o"."ID" IS NULL
