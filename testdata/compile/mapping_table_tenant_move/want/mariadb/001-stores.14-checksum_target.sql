-- datamove plan tenant_move, step 1 of 2: stores: checksum_target
-- Runs on the target (mariadb).
-- Checksums the target rows whose source key (id) is in (lo, hi], in the same canonical form as
-- checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove tenant_move:stores.checksum_target */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`legacy_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`legacy_id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`name` AS CHAR)), ':', CAST(`t`.`name` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`tenant_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`tenant_id` AS DECIMAL(20,0)) AS CHAR)), 'N'))) AS `row_md5`
  FROM `eu`.`stores` AS `t`
  WHERE (? OR `t`.`legacy_id` > ?)
    AND (? OR `t`.`legacy_id` <= ?)
  LIMIT 18446744073709551615
) AS `c`
