# Pins: a SQL syntax error inside a multi-line heredoc (<<-EOT, indentation stripped) is reported
# on the heredoc's own line and column, not the attribute's.

migration "bad" {
  description = "a bad spec"
}
source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}
target "eu" {
  dialect  = "postgres"
  snapshot = "schemas/eu.hcl"
}

table "customers" {
  from  = legacy.customers
  to    = eu.customers
  # ERROR: SQL syntax error (on the third line of the heredoc, at the second AND)
  where = <<-EOT
    email IS NOT NULL
      AND name <> ''
      AND AND id > 10
  EOT
}
