# Invariants return the rows that break a rule: zero rows means it holds. Source invariants are
# gates to run before the move, target invariants after it. Checks compare the two sides.

invariant "store_exists" {
  description = "the store to move exists in the legacy database (a mistyped store_id would move nothing, silently)"
  source      = "SELECT COUNT(*) AS stores FROM store WHERE store_id = @store_id HAVING COUNT(*) = 0"
}

invariant "rentals_end_after_they_start" {
  description = "no rental of the store is returned before it was rented (rental durations in the regional reports would go negative)"
  source      = <<-SQL
    SELECT rental_id FROM rental
     WHERE return_date < rental_date
       AND inventory_id IN (SELECT inventory_id FROM inventory WHERE store_id = @store_id)
  SQL
}

invariant "customers_traceable" {
  description = "every customer of the moved store came from the legacy database: it has a legacy_id"
  target      = "SELECT id FROM customer WHERE legacy_id IS NULL AND store_id IN (SELECT id FROM store WHERE legacy_id = @store_id)"
}

invariant "payments_have_their_rental" {
  description = "no payment of the moved store without its rental, and the rental is at the same store"
  target      = <<-SQL
    SELECT p.id FROM payment p
      JOIN customer c ON c.id = p.customer_id
      LEFT JOIN rental r ON r.id = p.rental_id
      LEFT JOIN inventory i ON i.id = r.inventory_id
     WHERE c.store_id IN (SELECT id FROM store WHERE legacy_id = @store_id)
       AND (r.id IS NULL OR i.store_id <> c.store_id)
  SQL
}

# Row counts and chunked checksums of every table: the checksums compare each mapped source row
# with its target row, remapped keys translated back through the key maps.
check "store_rows" { row_count = table.store }
check "staff_rows" { row_count = table.staff }
check "customer_rows" { row_count = table.customer }
check "inventory_rows" { row_count = table.inventory }
check "rental_rows" { row_count = table.rental }
check "payment_rows" { row_count = table.payment }

check "store_checksum" { checksum = table.store }
check "staff_checksum" { checksum = table.staff }
check "customer_checksum" { checksum = table.customer }
check "inventory_checksum" { checksum = table.inventory }
check "rental_checksum" { checksum = table.rental }
check "payment_checksum" { checksum = table.payment }

# What finance signs off: the store's takings are the same on both sides, to the cent.
check "payment_totals" {
  description = "number and total of the store's payments"
  source      = <<-SQL
    SELECT COUNT(*), SUM(amount) FROM payment p
     WHERE EXISTS (SELECT 1 FROM rental r
                     JOIN inventory i ON i.inventory_id = r.inventory_id
                     JOIN customer c ON c.customer_id = r.customer_id
                     JOIN staff s ON s.staff_id = r.staff_id
                    WHERE r.rental_id = p.rental_id
                      AND i.store_id = @store_id AND c.store_id = @store_id AND s.store_id = @store_id)
       AND p.customer_id IN (SELECT customer_id FROM customer WHERE store_id = @store_id)
  SQL
  target      = <<-SQL
    SELECT COUNT(*), SUM(amount) FROM payment
     WHERE customer_id IN (SELECT id FROM customer WHERE store_id IN (SELECT id FROM store WHERE legacy_id = @store_id))
  SQL
}

# The GST the regional ledger reports (per payment, rounded to the cent) against the GST of the
# legacy takings (one division of the total). Rounding each payment moves it by up to half a cent;
# most Sakila prices end in .99, whose GST rounds down, so it leans one way: 2.34 over store 2's
# 1,852 payments. 5.00 allows for that. A missing or extra payment shows in payment_totals and in
# the row counts, which allow no difference at all.
check "gst_totals" {
  description = "GST of the store's payments: per-payment GST summed in the target, total / 11 in the source"
  source      = <<-SQL
    SELECT ROUND(SUM(amount) / 11, 2) FROM payment p
     WHERE EXISTS (SELECT 1 FROM rental r
                     JOIN inventory i ON i.inventory_id = r.inventory_id
                     JOIN customer c ON c.customer_id = r.customer_id
                     JOIN staff s ON s.staff_id = r.staff_id
                    WHERE r.rental_id = p.rental_id
                      AND i.store_id = @store_id AND c.store_id = @store_id AND s.store_id = @store_id)
       AND p.customer_id IN (SELECT customer_id FROM customer WHERE store_id = @store_id)
  SQL
  target      = <<-SQL
    SELECT SUM(gst) FROM payment
     WHERE customer_id IN (SELECT id FROM customer WHERE store_id IN (SELECT id FROM store WHERE legacy_id = @store_id))
  SQL
  tolerance   = 5.00
}
