-- datamove plan event_feed, step 3 of 3: sources: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into sources, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove event_feed:sources.copy */
INSERT INTO `feed`.`sources` (`id`, `name`)
SELECT `b`.`id`, `b`.`name`
FROM (
  SELECT `s`.`id`, `s`.`name`
  FROM `legacy`.`sources` AS `s`
  WHERE (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`feed`.`sources`.`id` <=> VALUES(`id`), `feed`.`sources`.`id`, NULL),
  `name` = VALUES(`name`)
