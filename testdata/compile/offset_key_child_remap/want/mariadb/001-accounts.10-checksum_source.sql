-- datamove plan shard_merge, step 1 of 2: accounts: checksum_source
-- Runs on the source (mariadb).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove shard_merge:accounts.checksum_source */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`name` AS CHAR)), ':', CAST(`b`.`name` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`region` AS CHAR)), ':', CAST(`b`.`region` AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`name`, `s`.`region`
    FROM `shard`.`accounts` AS `s`
    WHERE (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
