# Pins: numeric functions and operators (ROUND to a scale, FLOOR, CEIL, ABS, MOD and %, exact
# division /, integer DIV), conditionals (searched and simple CASE, IF, IN, BETWEEN, LIKE with and
# without ESCAPE, IS NULL / IS NOT NULL, COALESCE, IFNULL, NULLIF, GREATEST and LEAST, which give
# NULL when an argument is NULL on both engines) and CAST to SIGNED, DECIMAL(p,s) and CHAR(n); the
# inferred precision and scale of + - * on decimals lets each result fit its target column.
migration "order_metrics" {
  description = "Compute order line metrics"
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "dw" {
  dialect  = "postgres"
  snapshot = "schemas/dw.hcl"
}

table "order_lines" {
  from = legacy.order_lines
  to   = dw.line_metrics
  column "line_total" { sql = "ROUND(qty * unit_price * (100 - COALESCE(discount, 0)) / 100, 2)" }
  column "price_floor" { sql = "FLOOR(unit_price)" }
  column "price_ceil" { sql = "CEIL(unit_price)" }
  column "price_delta" { sql = "ABS(unit_price - 5)" }
  column "weight_kg" { sql = "ROUND(weight_g / 1000, 3)" }
  column "dozens" { sql = "qty DIV 12" }
  column "leftover" { sql = "MOD(qty, 12)" }
  column "parity" { sql = "qty % 2" }
  column "ratio" { sql = "qty / priority" }
  column "price_band" {
    sql = <<-EOT
      CASE
        WHEN unit_price < 2 THEN 'low'
        WHEN unit_price BETWEEN 2 AND 3 THEN 'mid'
        ELSE 'high'
      END
    EOT
  }
  column "status_rank" { sql = "CASE status WHEN 'v1' THEN 1 WHEN 'v2' THEN 2 ELSE 0 END" }
  column "is_open" { sql = "status IN ('v1', 'v3')" }
  column "is_v_sku" { sql = "sku LIKE 'v%'" }
  column "is_literal_sku" { sql = "sku NOT LIKE 'v!_%' ESCAPE '!'" }
  column "has_weight" { sql = "weight_g IS NOT NULL" }
  column "no_discount" { sql = "discount IS NULL" }
  column "discount" { sql = "IFNULL(discount, 0)" }
  column "discount_or_null" { sql = "NULLIF(discount, 0)" }
  column "size_label" { sql = "IF(qty > 1, 'many', 'one')" }
  column "top_rank" { sql = "GREATEST(qty, priority)" }
  column "low_weight" { sql = "LEAST(weight_g, qty)" }
  column "qty_text" { sql = "CAST(qty AS CHAR(12))" }
  column "status_text" { sql = "CAST(status AS CHAR)" }
  column "price_int" { sql = "CAST(unit_price * 10 AS SIGNED)" }
  column "score_dec" { sql = "CAST(score AS DECIMAL(8,3))" }
}
