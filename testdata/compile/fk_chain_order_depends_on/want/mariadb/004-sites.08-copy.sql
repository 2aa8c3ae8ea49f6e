-- datamove plan geo_move, step 4 of 5: sites: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into sites, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove geo_move:sites.copy */
INSERT INTO `geo`.`sites` (`id`, `city_id`, `label`)
SELECT `b`.`id`, `b`.`city_id`, `b`.`label`
FROM (
  SELECT `s`.`id`, `s`.`city_id`, `s`.`label`
  FROM `legacy`.`sites` AS `s`
  WHERE (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`geo`.`sites`.`id` <=> VALUES(`id`), `geo`.`sites`.`id`, NULL),
  `city_id` = VALUES(`city_id`),
  `label` = VALUES(`label`)
