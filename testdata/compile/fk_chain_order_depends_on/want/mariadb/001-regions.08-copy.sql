-- datamove plan geo_move, step 1 of 5: regions: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into regions, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove geo_move:regions.copy */
INSERT INTO `geo`.`regions` (`id`, `name`)
SELECT `b`.`id`, `b`.`name`
FROM (
  SELECT `s`.`id`, `s`.`name`
  FROM `legacy`.`regions` AS `s`
  WHERE (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`geo`.`regions`.`id` <=> VALUES(`id`), `geo`.`regions`.`id`, NULL),
  `name` = VALUES(`name`)
