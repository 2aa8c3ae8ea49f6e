# Pins, at run time: quarantine = true: source rows the target would refuse (a NULL name into a
# NOT NULL column, a name longer than varchar(20)) go into datamove_reject_contacts with their
# source key and reason, the others move, and the run reports how many it quarantined.
migration "contact_cleanup" {
  description = "Move contacts into the stricter app table, quarantining the ones it would refuse"
}

param "tenant_id" {
  type    = number
  default = 1
}

table "contacts" {
  from       = legacy.contacts
  to         = app.contacts
  where      = "tenant_id = @tenant_id"
  quarantine = true
  batch {
    size = 10
  }
}
