-- datamove plan catalog_merge, step 3 of 3: products: boundary
-- Runs on the source (mariadb).
-- Finds the upper bound of the next batch: the (product_id) of the batch_size-th source row after
-- lo in watermark order, at most hi (the end of a key-range part; hi_open when there is none),
-- with batch_rows, the rows the batch holds. No row: the part is done.
-- Binds:
--   ?1   lo_open        bool
--   ?2   lo.product_id  int32
--   ?3   hi_open        bool
--   ?4   hi.product_id  int32
--   ?5   batch_size     number
/* datamove catalog_merge:products.boundary */
SELECT `b`.`product_id`, COUNT(*) OVER () AS `batch_rows`
FROM (
  SELECT `s`.`product_id`
  FROM `legacy`.`products` AS `s`
  WHERE (? OR `s`.`product_id` > ?)
    AND (? OR `s`.`product_id` <= ?)
  ORDER BY `s`.`product_id`
  LIMIT ?
) AS `b`
ORDER BY `b`.`product_id` DESC
LIMIT 1
