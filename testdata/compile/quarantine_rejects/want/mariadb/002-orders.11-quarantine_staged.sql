-- datamove plan crm_cleanup, step 2 of 3: orders: quarantine_staged
-- Runs on the target (mariadb).
-- Quarantines the batch (lo, hi]: each stage row that orders would refuse goes into
-- datamove_reject_orders with its source key and every reason it breaks (customer_id: parent key
-- not in datamove_keymap_customers; total: more than 6 digits before the decimal point; note:
-- longer than 500 characters); the copy leaves these rows out. Runs before the copy, in the same
-- transaction.
-- Binds nothing.
/* datamove crm_cleanup:orders.quarantine_staged */
INSERT INTO `app`.`datamove_reject_orders` (`step`, `source_key`, `reason`, `rejected_at`)
SELECT 'orders', CAST(JSON_ARRAY(`b`.`id`) AS CHAR),
  CONCAT_WS('; ',
    CASE WHEN ((`k_customer_id`.`new_key` IS NULL) AND (`b`.`customer_id` IS NOT NULL)) THEN 'customer_id: parent key not in datamove_keymap_customers' END,
    CASE WHEN ((`b`.`total` NOT BETWEEN -999999.99 AND 999999.99) IS TRUE) THEN 'total: more than 6 digits before the decimal point' END,
    CASE WHEN ((CHAR_LENGTH(`b`.`note`) > 500) IS TRUE) THEN 'note: longer than 500 characters' END),
  UTC_TIMESTAMP(6)
FROM `datamove_stage_orders` AS `b`
LEFT JOIN `app`.`datamove_keymap_customers` AS `k_customer_id` ON `k_customer_id`.`legacy_key` = `b`.`customer_id`
WHERE (
    ((`k_customer_id`.`new_key` IS NULL) AND (`b`.`customer_id` IS NOT NULL))
    OR ((`b`.`total` NOT BETWEEN -999999.99 AND 999999.99) IS TRUE)
    OR ((CHAR_LENGTH(`b`.`note`) > 500) IS TRUE))
