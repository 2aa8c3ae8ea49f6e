# Pins: an unknown attribute in a table block is reported by HCL on its name, suggesting the
# right one.

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
  from       = legacy.customers
  to         = eu.customers
  wartermark = ["id"] # ERROR: Unsupported argument (did you mean "watermark"?)
}
