# Pins: every way a column block gives a value: from (a renamed source column), sql (a portable
# expression, once as a heredoc), default (an expression used where the value is NULL, also on an
# implicit same-name column), pii = true (listed in plan.json, marked in MAPPING.md), per-dialect
# overrides next to a portable sql whose function (REGEXP_REPLACE) is outside the catalog, which
# is allowed only because both dialects have an override, and an override-only column whose
# source column (read by no other mapping) the batch still carries; implicit same-name mapping of
# the remaining columns; ignore for a source column left behind on purpose.
migration "users_to_app" {
  description = "Move users into the new application schema"
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "app" {
  dialect  = "postgres"
  snapshot = "schemas/app.hcl"
}

table "users" {
  from = legacy.users
  to   = app.users
  column "username" { from = "login" }
  column "display_name" {
    sql     = "TRIM(full_name)"
    default = "login"
  }
  column "email" {
    sql = "LOWER(email)"
    pii = true
  }
  column "phone_digits" {
    sql      = "REGEXP_REPLACE(phone, '[^0-9]', '')"
    postgres = "regexp_replace(phone, '[^0-9]', '', 'g')"
    mysql    = "REGEXP_REPLACE(phone, '[^0-9]', '')"
    pii      = true
  }
  column "country" { default = "'US'" }
  column "greeting" {
    sql = <<-EOT
      CONCAT('Hello ',
             COALESCE(TRIM(full_name), login),
             '!')
    EOT
  }
  column "ip_prefix" {
    postgres = "split_part(signup_ip, '.', 1)"
    mysql    = "SUBSTRING_INDEX(signup_ip, '.', 1)"
  }
  ignore = ["password_hash"]
}
