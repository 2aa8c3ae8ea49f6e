-- datamove plan quoted_names, step 1 of 3: groups: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into group, mapped per the spec; a row whose
-- (group) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove quoted_names:groups.copy_staged */
INSERT INTO "shop"."group" AS "t" ("group", "Label")
SELECT "b"."group", "b"."Label"
FROM "datamove_stage_group" AS "b"
ON CONFLICT ("group") DO UPDATE SET "Label" = EXCLUDED."Label"
WHERE ("t"."Label") IS DISTINCT FROM (EXCLUDED."Label")
