-- datamove plan people_text, step 1 of 1: people: stage_clear
-- Runs on the target (mariadb).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove people_text:people.stage_clear */
DELETE FROM `datamove_stage_people`
