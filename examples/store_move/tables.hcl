# Every table gets new keys from the regional database's own identity columns (mapping_table): the
# regional database already holds other stores, so legacy ids would collide there. Each target row
# keeps its legacy id in a unique legacy_id column, and datamove keeps a key map per table
# (regional.datamove_keymap_<table>) through which child tables rewrite their foreign keys.
#
# Scope: the tenant is a store. Tables with a store_id column filter on it; rentals and payments
# have none and are scoped through their parents with subqueries. target_where says which regional
# rows belong to this store, so row counts, checksums and hard deletes never touch other stores.
#
# Times: the legacy application stored Woodridge wall-clock time without a zone; the regional
# database stores instants (timestamptz). Queensland keeps no daylight saving time, so every
# legacy time converts to exactly one instant.

table "store" {
  from         = legacy.store
  to           = regional.store
  where        = "store_id = @store_id"
  target_where = "legacy_id = @store_id"
  key {
    strategy = "mapping_table"
    legacy   = ["legacy_id"]
  }
  # The zone the legacy wall-clock times of this store were written in, kept for the record.
  column "time_zone" { sql = "'Australia/Brisbane'" }
  # Addresses stay in the legacy database for now (a later move); the id is kept as a plain value.
  column "legacy_address_id" { from = "address_id" }
  # The manager is a member of staff, and staff belong to a store: store -> staff -> store is a
  # cycle that no load order can satisfy. The manager is kept as a plain legacy reference; the
  # regional application resolves it through staff.legacy_id.
  column "legacy_manager_staff_id" { from = "manager_staff_id" }
  ignore = ["last_update"] # maintained by a legacy trigger; the regional schema has no such column
}

table "staff" {
  from         = legacy.staff
  to           = regional.staff
  where        = "store_id = @store_id"
  target_where = "store_id IN (SELECT id FROM store WHERE legacy_id = @store_id)"
  key {
    strategy = "mapping_table"
    legacy   = ["legacy_id"]
  }
  column "store_id" { remap = table.store }
  column "full_name" {
    sql = "CONCAT(first_name, ' ', last_name)"
    pii = true
  }
  # Legacy staff emails are optional; the regional directory needs one, so a missing address
  # becomes <username>@sakilastaff.com, the legacy convention.
  column "email" {
    sql     = "LOWER(TRIM(email))"
    default = "LOWER(CONCAT(username, '@sakilastaff.com'))"
    pii     = true
  }
  column "username" { pii = true }
  column "is_active" { from = "active" }
  column "legacy_address_id" { from = "address_id" }
  # password: SHA-1 hashes the regional login service does not accept; staff set a new password
  # at first login. picture: not used by the regional application.
  ignore = ["password", "picture", "last_update"]
}

table "customer" {
  from         = legacy.customer
  to           = regional.customer
  where        = "store_id = @store_id"
  target_where = "store_id IN (SELECT id FROM store WHERE legacy_id = @store_id)"
  key {
    strategy = "mapping_table"
    legacy   = ["legacy_id"]
  }
  column "store_id" { remap = table.store }
  # Legacy names are all capitals (MARY); the regional application shows them as written (Mary).
  column "first_name" {
    sql = "CONCAT(UPPER(LEFT(first_name, 1)), LOWER(SUBSTRING(first_name, 2)))"
    pii = true
  }
  column "last_name" {
    sql = "CONCAT(UPPER(LEFT(last_name, 1)), LOWER(SUBSTRING(last_name, 2)))"
    pii = true
  }
  # Emails are compared and looked up in lower case in the regional application.
  column "email" {
    sql = "LOWER(TRIM(email))"
    pii = true
  }
  # Legacy `active` is an integer (1 active, 0 not), added after the boolean `activebool` and
  # NULL for rows older than it: a NULL falls back to activebool.
  column "is_active" {
    sql     = "active = 1"
    default = "activebool"
  }
  column "created_on" { from = "create_date" }
  column "legacy_address_id" { from = "address_id" }
  ignore = ["last_update"]
}

table "inventory" {
  from         = legacy.inventory
  to           = regional.inventory
  where        = "store_id = @store_id"
  target_where = "store_id IN (SELECT id FROM store WHERE legacy_id = @store_id)"
  key {
    strategy = "mapping_table"
    legacy   = ["legacy_id"]
  }
  column "store_id" { remap = table.store }
  # film_id (mapped by name): the film catalogue is shared by every region and keeps its ids.
  ignore = ["last_update"]
}

# A rental moves when the copy, the customer and the clerk all belong to the store. Sakila's
# sample rows pair customers, copies and clerks of both stores at random; in the real business a
# rental happens at one store, and the cross-store rows stay in the legacy database, which head
# office keeps for inter-store settlement (README.md counts them).
table "rental" {
  from         = legacy.rental
  to           = regional.rental
  where        = <<-SQL
    inventory_id IN (SELECT inventory_id FROM inventory WHERE store_id = @store_id)
    AND customer_id IN (SELECT customer_id FROM customer WHERE store_id = @store_id)
    AND staff_id IN (SELECT staff_id FROM staff WHERE store_id = @store_id)
  SQL
  target_where = "inventory_id IN (SELECT id FROM inventory WHERE store_id IN (SELECT id FROM store WHERE legacy_id = @store_id))"
  key {
    strategy = "mapping_table"
    legacy   = ["legacy_id"]
  }
  batch { size = 5000 }
  column "rented_at" { sql = "CONVERT_TZ(rental_date, 'Australia/Brisbane', 'UTC')" }
  column "inventory_id" { remap = table.inventory }
  column "customer_id" { remap = table.customer }
  # NULL while the copy is out: stays NULL.
  column "returned_at" { sql = "CONVERT_TZ(return_date, 'Australia/Brisbane', 'UTC')" }
  column "staff_id" { remap = table.staff }
  ignore = ["last_update"]
}

# A payment moves with its rental, and only when it was paid by a customer of the store (four
# Sakila payments are made by someone other than the renter).
table "payment" {
  from         = legacy.payment
  to           = regional.payment
  where        = <<-SQL
    EXISTS (SELECT 1 FROM rental r
              JOIN inventory i ON i.inventory_id = r.inventory_id
              JOIN customer c ON c.customer_id = r.customer_id
              JOIN staff s ON s.staff_id = r.staff_id
             WHERE r.rental_id = payment.rental_id
               AND i.store_id = @store_id AND c.store_id = @store_id AND s.store_id = @store_id)
    AND customer_id IN (SELECT customer_id FROM customer WHERE store_id = @store_id)
  SQL
  target_where = "customer_id IN (SELECT id FROM customer WHERE store_id IN (SELECT id FROM store WHERE legacy_id = @store_id))"
  key {
    strategy = "mapping_table"
    legacy   = ["legacy_id"]
  }
  batch { size = 5000 }
  column "customer_id" { remap = table.customer }
  column "rental_id" { remap = table.rental }
  # Payments are often taken by a clerk of another store (head office's till): the clerk stays a
  # plain legacy reference rather than a foreign key into this store's staff.
  column "legacy_staff_id" { from = "staff_id" }
  column "amount" { sql = "ROUND(amount, 2)" }
  # Australian prices include 10% GST: the GST part of a payment is 1/11 of it, to the cent.
  column "gst" { sql = "ROUND(amount / 11, 2)" }
  column "paid_at" { sql = "CONVERT_TZ(payment_date, 'Australia/Brisbane', 'UTC')" }
  # While the store keeps trading on the legacy till before cutover, the move runs more than once;
  # a payment voided (deleted) in the legacy database in between is deleted here too. Payments are
  # the leaves of this move, so nothing in the regional database references them.
  delete {
    propagate = true
  }
}
