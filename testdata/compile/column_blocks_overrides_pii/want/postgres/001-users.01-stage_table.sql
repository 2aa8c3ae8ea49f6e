-- datamove plan users_to_app, step 1 of 1: users: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove users_to_app:users.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_users" (
  "id" integer,
  "login" character varying(40),
  "full_name" character varying(80),
  "email" character varying(120),
  "phone" character varying(30),
  "country" character(2),
  "signup_ip" character varying(45),
  "created_at" timestamp(6) without time zone
) ON COMMIT DELETE ROWS
