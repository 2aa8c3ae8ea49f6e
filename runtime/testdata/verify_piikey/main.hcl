# Pins, at verify time (runtime/verify_piikey_test.go): a table keyed by a PII value whose target
# column has another name. The compiler marks the source key PII (the plan's source_key says
# "pii": true), so verify names its rows by hashes, never by the email itself.
migration "verify_piikey" {
  description = "Move people keyed by their email into a table that calls it contact"
}

table "people" {
  from = legacy.people
  to   = app.people
  column "contact" {
    from = "email"
    pii  = true
  }
}
