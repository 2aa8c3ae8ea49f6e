package testdb

import "testing"

// TestServersReachable proves both engines answer and are the versions the project targets.
func TestServersReachable(t *testing.T) {
	pg := Postgres(t)
	var v int
	if err := pg.SQL.QueryRow("SELECT current_setting('server_version_num')::int").Scan(&v); err != nil {
		t.Fatal(err)
	}
	if v < 150000 {
		t.Errorf("PostgreSQL server_version_num = %d, want >= 150000", v)
	}
	my := MySQL(t)
	var tz any
	if err := my.SQL.QueryRow("SELECT CONVERT_TZ('2021-03-14 12:00:00', 'America/New_York', 'UTC')").Scan(&tz); err != nil {
		t.Fatal(err)
	}
	if tz == nil {
		t.Errorf("MariaDB has no named time zones: CONVERT_TZ returned NULL (scripts/setup loads them)")
	}
}
