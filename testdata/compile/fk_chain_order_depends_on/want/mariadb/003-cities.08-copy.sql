-- datamove plan geo_move, step 3 of 5: cities: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into cities, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove geo_move:cities.copy */
INSERT INTO `geo`.`cities` (`id`, `country_id`, `name`)
SELECT `b`.`id`, `b`.`country_id`, `b`.`name`
FROM (
  SELECT `s`.`id`, `s`.`country_id`, `s`.`name`
  FROM `legacy`.`cities` AS `s`
  WHERE (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`geo`.`cities`.`id` <=> VALUES(`id`), `geo`.`cities`.`id`, NULL),
  `country_id` = VALUES(`country_id`),
  `name` = VALUES(`name`)
