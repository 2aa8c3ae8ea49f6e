-- datamove plan order_metrics, step 1 of 1: order_lines: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove order_metrics:order_lines.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."line_total" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."line_total" AS numeric(65,2)) AS text), 'N') AS "line_total",
  COALESCE(CAST(char_length(CAST(CAST("t"."price_floor" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."price_floor" AS numeric(20,0)) AS text), 'N') AS "price_floor",
  COALESCE(CAST(char_length(CAST(CAST("t"."price_ceil" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."price_ceil" AS numeric(20,0)) AS text), 'N') AS "price_ceil",
  COALESCE(CAST(char_length(CAST(CAST("t"."price_delta" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."price_delta" AS numeric(65,2)) AS text), 'N') AS "price_delta",
  COALESCE(CAST(char_length(CAST(CAST("t"."weight_kg" AS numeric(65,3)) AS text)) AS text) || ':' || CAST(CAST("t"."weight_kg" AS numeric(65,3)) AS text), 'N') AS "weight_kg",
  COALESCE(CAST(char_length(CAST(CAST("t"."dozens" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."dozens" AS numeric(20,0)) AS text), 'N') AS "dozens",
  COALESCE(CAST(char_length(CAST(CAST("t"."leftover" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."leftover" AS numeric(20,0)) AS text), 'N') AS "leftover",
  COALESCE(CAST(char_length(CAST(CAST("t"."parity" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."parity" AS numeric(20,0)) AS text), 'N') AS "parity",
  COALESCE(CAST(char_length(CAST(trim_scale(CAST("t"."ratio" AS numeric)) AS text)) AS text) || ':' || CAST(trim_scale(CAST("t"."ratio" AS numeric)) AS text), 'N') AS "ratio",
  COALESCE(CAST(char_length(CAST("t"."price_band" AS text)) AS text) || ':' || CAST("t"."price_band" AS text), 'N') AS "price_band",
  COALESCE(CAST(char_length(CAST(CAST("t"."status_rank" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."status_rank" AS numeric(20,0)) AS text), 'N') AS "status_rank",
  COALESCE(CAST(char_length(CASE WHEN "t"."is_open" THEN '1' WHEN NOT "t"."is_open" THEN '0' END) AS text) || ':' || CASE WHEN "t"."is_open" THEN '1' WHEN NOT "t"."is_open" THEN '0' END, 'N') AS "is_open",
  COALESCE(CAST(char_length(CASE WHEN "t"."is_v_sku" THEN '1' WHEN NOT "t"."is_v_sku" THEN '0' END) AS text) || ':' || CASE WHEN "t"."is_v_sku" THEN '1' WHEN NOT "t"."is_v_sku" THEN '0' END, 'N') AS "is_v_sku",
  COALESCE(CAST(char_length(CASE WHEN "t"."is_literal_sku" THEN '1' WHEN NOT "t"."is_literal_sku" THEN '0' END) AS text) || ':' || CASE WHEN "t"."is_literal_sku" THEN '1' WHEN NOT "t"."is_literal_sku" THEN '0' END, 'N') AS "is_literal_sku",
  COALESCE(CAST(char_length(CASE WHEN "t"."has_weight" THEN '1' WHEN NOT "t"."has_weight" THEN '0' END) AS text) || ':' || CASE WHEN "t"."has_weight" THEN '1' WHEN NOT "t"."has_weight" THEN '0' END, 'N') AS "has_weight",
  COALESCE(CAST(char_length(CASE WHEN "t"."no_discount" THEN '1' WHEN NOT "t"."no_discount" THEN '0' END) AS text) || ':' || CASE WHEN "t"."no_discount" THEN '1' WHEN NOT "t"."no_discount" THEN '0' END, 'N') AS "no_discount",
  COALESCE(CAST(char_length(CAST(CAST("t"."discount" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."discount" AS numeric(65,2)) AS text), 'N') AS "discount",
  COALESCE(CAST(char_length(CAST(CAST("t"."discount_or_null" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."discount_or_null" AS numeric(65,2)) AS text), 'N') AS "discount_or_null",
  COALESCE(CAST(char_length(CAST("t"."size_label" AS text)) AS text) || ':' || CAST("t"."size_label" AS text), 'N') AS "size_label",
  COALESCE(CAST(char_length(CAST(CAST("t"."top_rank" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."top_rank" AS numeric(20,0)) AS text), 'N') AS "top_rank",
  COALESCE(CAST(char_length(CAST(CAST("t"."low_weight" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."low_weight" AS numeric(20,0)) AS text), 'N') AS "low_weight",
  COALESCE(CAST(char_length(CAST("t"."qty_text" AS text)) AS text) || ':' || CAST("t"."qty_text" AS text), 'N') AS "qty_text",
  COALESCE(CAST(char_length(CAST("t"."status_text" AS text)) AS text) || ':' || CAST("t"."status_text" AS text), 'N') AS "status_text",
  COALESCE(CAST(char_length(CAST(CAST("t"."price_int" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."price_int" AS numeric(20,0)) AS text), 'N') AS "price_int",
  COALESCE(CAST(char_length(CAST(CAST("t"."score_dec" AS numeric(65,3)) AS text)) AS text) || ':' || CAST(CAST("t"."score_dec" AS numeric(65,3)) AS text), 'N') AS "score_dec"
FROM "dw"."line_metrics" AS "t"
WHERE "t"."id" = CAST($1 AS bigint)
