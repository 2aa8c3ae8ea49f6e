-- datamove plan geo_move, step 5 of 5: managers: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into managers, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove geo_move:managers.copy */
INSERT INTO `geo`.`managers` (`id`, `site_id`, `full_name`)
SELECT `b`.`id`, `b`.`site_id`, `b`.`full_name`
FROM (
  SELECT `s`.`id`, `s`.`site_id`, `s`.`full_name`
  FROM `legacy`.`site_managers` AS `s`
  WHERE (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`geo`.`managers`.`id` <=> VALUES(`id`), `geo`.`managers`.`id`, NULL),
  `site_id` = VALUES(`site_id`),
  `full_name` = VALUES(`full_name`)
