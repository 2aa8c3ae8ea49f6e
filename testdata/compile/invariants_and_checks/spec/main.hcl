# Pins: invariants on either side (a source query over a join, a target query with a parameter;
# the rows they return are violations) and the three kinds of check: query pairs whose results
# must agree, one with a tolerance for rounding and one with several aggregates (COUNT(*),
# COUNT(DISTINCT …), MIN, MAX, AVG, SUM) over a join; row_count = table.x and checksum = table.x,
# which point at the step's own count and checksum statements in plan.json.
migration "bank_tenant" {
  description = "Move one tenant's accounts and transactions, and prove it"
}

param "tenant_id" {
  type        = number
  description = "the tenant to move"
  default     = 1
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "bank" {
  dialect  = "postgres"
  snapshot = "schemas/bank.hcl"
}

table "accounts" {
  from         = legacy.accounts
  to           = bank.accounts
  where        = "tenant_id = @tenant_id"
  target_where = "tenant_id = @tenant_id"
  column "balance" { sql = "ROUND(balance_cents / 100, 2)" }
}

table "transactions" {
  from         = legacy.transactions
  to           = bank.transactions
  where        = "account_id IN (SELECT id FROM accounts WHERE tenant_id = @tenant_id)"
  target_where = "account_id IN (SELECT id FROM accounts WHERE tenant_id = @tenant_id)"
  column "amount" { sql = "ROUND(amount_cents / 100, 2)" }
}

invariant "no_orphan_transactions" {
  description = "every source transaction has its account (no orphan is left behind)"
  source      = <<-EOT
    SELECT t.id
    FROM transactions t
    LEFT JOIN accounts a ON a.id = t.account_id
    WHERE a.id IS NULL
  EOT
}

invariant "no_negative_balances" {
  description = "no moved account is overdrawn"
  target      = "SELECT id, balance FROM accounts WHERE tenant_id = @tenant_id AND balance < 0"
}

check "balance_total" {
  description = "the tenant's balances add up to the same amount"
  source      = "SELECT SUM(balance_cents) / 100 FROM accounts WHERE tenant_id = @tenant_id"
  target      = "SELECT SUM(balance) FROM accounts WHERE tenant_id = @tenant_id"
  tolerance   = 0.01
}

check "transaction_profile" {
  description = "the tenant's transactions have the same count, spread and average"
  source      = <<-EOT
    SELECT COUNT(*), COUNT(DISTINCT t.account_id), MIN(t.posted_at), MAX(t.posted_at),
           ROUND(AVG(t.amount_cents) / 100, 2)
    FROM transactions t
    JOIN accounts a ON a.id = t.account_id
    WHERE a.tenant_id = @tenant_id
  EOT
  target      = <<-EOT
    SELECT COUNT(*), COUNT(DISTINCT t.account_id), MIN(t.posted_at), MAX(t.posted_at),
           ROUND(AVG(t.amount), 2)
    FROM transactions t
    JOIN accounts a ON a.id = t.account_id
    WHERE a.tenant_id = @tenant_id
  EOT
}

check "accounts_counted" {
  description = "as many accounts in the target scope as the source filter selects"
  row_count   = table.accounts
}

check "transactions_checksummed" {
  description = "every moved transaction is identical, chunk by chunk"
  checksum    = table.transactions
}
