-- datamove plan geo_move, step 2 of 5: countries: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into countries, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove geo_move:countries.copy */
INSERT INTO `geo`.`countries` (`id`, `region_id`, `iso`)
SELECT `b`.`id`, `b`.`region_id`, `b`.`iso`
FROM (
  SELECT `s`.`id`, `s`.`region_id`, `s`.`iso`
  FROM `legacy`.`countries` AS `s`
  WHERE (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`geo`.`countries`.`id` <=> VALUES(`id`), `geo`.`countries`.`id`, NULL),
  `region_id` = VALUES(`region_id`),
  `iso` = VALUES(`iso`)
