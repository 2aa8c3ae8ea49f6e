-- datamove plan catalog_merge, step 3 of 3: products: chunk_boundary
-- Runs on the source (mariadb).
-- Finds the upper bound of the next verification chunk: the source key (product_id) of the
-- batch_size-th row after lo in key order, at most hi (hi_open when there is none), over the rows
-- checksum_source covers (the spec's filter applied), with batch_rows, the rows the chunk holds.
-- No row: the range is done.
-- Binds:
--   ?1   lo_open        bool
--   ?2   lo.product_id  int32
--   ?3   hi_open        bool
--   ?4   hi.product_id  int32
--   ?5   batch_size     number
/* datamove catalog_merge:products.chunk_boundary */
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
