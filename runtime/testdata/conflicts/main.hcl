# Pins, at run time: on_conflict = "skip": rows whose key is already in the target are kept as
# they are, and the run counts them (summary, checkpoint, status) instead of swallowing them.
migration "tag_merge" {
  description = "Merge the legacy tags into the app's, keeping the app's own where both have one"
}

table "tags" {
  from        = legacy.tags
  to          = app.tags
  on_conflict = "skip"
  batch {
    size = 10
  }
}
