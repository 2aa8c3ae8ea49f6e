-- datamove plan catalog_merge, step 2 of 3: payments: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into payments, mapped per the spec; a row whose
-- (id) already exists is an error.
-- Binds:
--   ?1   @include_archived  bool
--   ?2   lo_open            bool
--   ?3   lo.id              int64
--   ?4   hi_open            bool
--   ?5   hi.id              int64
/* datamove catalog_merge:payments.copy */
INSERT INTO `shop`.`payments` (`id`, `amount`, `paid_at`)
SELECT `b`.`id`, `b`.`amount`, `b`.`paid_at`
FROM (
  SELECT `s`.`id`, `s`.`amount`, `s`.`paid_at`
  FROM `legacy`.`payments` AS `s`
  WHERE ((NOT `s`.`archived`) OR ?)
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
