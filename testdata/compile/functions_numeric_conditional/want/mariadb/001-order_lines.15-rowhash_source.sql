-- datamove plan order_metrics, step 1 of 1: order_lines: rowhash_source
-- Runs on the source (mariadb).
-- Lists the mapped source rows with source key (id) in (lo, hi], ordered by it: each row's key and
-- the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the rows of
-- a differing chunk.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove order_metrics:order_lines.rowhash_source */
SELECT `c`.`id`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `b`.`id`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(ROUND(((`b`.`qty` * `b`.`unit_price`) * (100 - COALESCE(`b`.`discount`, 0))) / 100, 2) AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(ROUND(((`b`.`qty` * `b`.`unit_price`) * (100 - COALESCE(`b`.`discount`, 0))) / 100, 2) AS DECIMAL(65,2)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(FLOOR(`b`.`unit_price`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(FLOOR(`b`.`unit_price`) AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(CEILING(`b`.`unit_price`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(CEILING(`b`.`unit_price`) AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(ABS(`b`.`unit_price` - 5) AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(ABS(`b`.`unit_price` - 5) AS DECIMAL(65,2)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(ROUND(`b`.`weight_g` / 1000, 3) AS DECIMAL(65,3)) AS CHAR)), ':', CAST(CAST(ROUND(`b`.`weight_g` / 1000, 3) AS DECIMAL(65,3)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`qty` DIV 12 AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`qty` DIV 12 AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(MOD(`b`.`qty`, 12) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(MOD(`b`.`qty`, 12) AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(MOD(`b`.`qty`, 2) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(MOD(`b`.`qty`, 2) AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(`b`.`qty` / `b`.`priority` AS DECIMAL(65,30)) AS CHAR)))), ':', TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(`b`.`qty` / `b`.`priority` AS DECIMAL(65,30)) AS CHAR)))), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CASE WHEN `b`.`unit_price` < 2 THEN 'low' WHEN `b`.`unit_price` BETWEEN 2 AND 3 THEN 'mid' ELSE 'high' END AS CHAR)), ':', CAST(CASE WHEN `b`.`unit_price` < 2 THEN 'low' WHEN `b`.`unit_price` BETWEEN 2 AND 3 THEN 'mid' ELSE 'high' END AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(CASE `b`.`status` WHEN 'v1' THEN 1 WHEN 'v2' THEN 2 ELSE 0 END AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(CASE `b`.`status` WHEN 'v1' THEN 1 WHEN 'v2' THEN 2 ELSE 0 END AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`status` IN ('v1', 'v3') THEN '1' WHEN NOT `b`.`status` IN ('v1', 'v3') THEN '0' END), ':', CASE WHEN `b`.`status` IN ('v1', 'v3') THEN '1' WHEN NOT `b`.`status` IN ('v1', 'v3') THEN '0' END), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`sku` LIKE 'v%' ESCAPE '\' THEN '1' WHEN NOT `b`.`sku` LIKE 'v%' ESCAPE '\' THEN '0' END), ':', CASE WHEN `b`.`sku` LIKE 'v%' ESCAPE '\' THEN '1' WHEN NOT `b`.`sku` LIKE 'v%' ESCAPE '\' THEN '0' END), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`sku` NOT LIKE 'v!_%' ESCAPE '!' THEN '1' WHEN NOT `b`.`sku` NOT LIKE 'v!_%' ESCAPE '!' THEN '0' END), ':', CASE WHEN `b`.`sku` NOT LIKE 'v!_%' ESCAPE '!' THEN '1' WHEN NOT `b`.`sku` NOT LIKE 'v!_%' ESCAPE '!' THEN '0' END), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`weight_g` IS NOT NULL THEN '1' WHEN NOT `b`.`weight_g` IS NOT NULL THEN '0' END), ':', CASE WHEN `b`.`weight_g` IS NOT NULL THEN '1' WHEN NOT `b`.`weight_g` IS NOT NULL THEN '0' END), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`discount` IS NULL THEN '1' WHEN NOT `b`.`discount` IS NULL THEN '0' END), ':', CASE WHEN `b`.`discount` IS NULL THEN '1' WHEN NOT `b`.`discount` IS NULL THEN '0' END), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(IFNULL(`b`.`discount`, 0) AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(IFNULL(`b`.`discount`, 0) AS DECIMAL(65,2)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(NULLIF(`b`.`discount`, 0) AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(NULLIF(`b`.`discount`, 0) AS DECIMAL(65,2)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(IF(`b`.`qty` > 1, 'many', 'one') AS CHAR)), ':', CAST(IF(`b`.`qty` > 1, 'many', 'one') AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(GREATEST(`b`.`qty`, `b`.`priority`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(GREATEST(`b`.`qty`, `b`.`priority`) AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(LEAST(`b`.`weight_g`, `b`.`qty`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(LEAST(`b`.`weight_g`, `b`.`qty`) AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`qty` AS CHAR(12)) AS CHAR)), ':', CAST(CAST(`b`.`qty` AS CHAR(12)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`status` AS CHAR) AS CHAR)), ':', CAST(CAST(`b`.`status` AS CHAR) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(CAST(`b`.`unit_price` * 10 AS SIGNED) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(CAST(`b`.`unit_price` * 10 AS SIGNED) AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(CAST(`b`.`score` AS DECIMAL(8,3)) AS DECIMAL(65,3)) AS CHAR)), ':', CAST(CAST(CAST(`b`.`score` AS DECIMAL(8,3)) AS DECIMAL(65,3)) AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`qty`, `s`.`priority`, `s`.`unit_price`, `s`.`discount`, `s`.`weight_g`, `s`.`status`, `s`.`sku`, `s`.`score`
    FROM `legacy`.`order_lines` AS `s`
    WHERE (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`id`
