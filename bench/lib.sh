# bench/lib.sh: what bench/run and bench/verify share, sourced by both (not run by itself): the
# tools check, the build, the timing and results helpers, one timed `datamove run`, and per engine
# the generated source table, the empty target, counts, settling and the engine's own limits.
#
# The sourcing script sets, before it calls these functions: rows (rows to generate), engines
# (comma-separated), work (the work directory), batch (a --batch-size for datamove run, or empty),
# profile (yes: a Go CPU profile of every datamove run), me (its name, for messages) and, if it
# needs more tools than psql, mariadb, /usr/bin/time and go, bench_tools (an array). The
# functions set dm (the built binary), results (the results file), round and engine_list.

# bench_start: checks the tools and the engine list, makes the work directory and the
# results file, builds datamove into it.
bench_start() {
  local tool e
  for tool in psql mariadb /usr/bin/time go ${bench_tools[@]+"${bench_tools[@]}"}; do
    command -v "$tool" >/dev/null || { echo "$me: $tool is missing (scripts/setup installs the databases' clients; apt-get install time jq)" >&2; exit 3; }
  done
  IFS=, read -r -a engine_list <<<"$engines"
  for e in "${engine_list[@]}"; do
    case $e in postgres|mariadb) ;; *) echo "$me: unknown engine $e (postgres, mariadb)" >&2; exit 2 ;; esac
  done
  rm -rf "$work"
  mkdir -p "$work"
  results=$work/results.tsv # one line per measurement, as the sourcing script records them
  : >"$results"
  dm=$work/datamove
  echo "building datamove into $dm" >&2
  go build -o "$dm" ./cmd/datamove
}

# bench_prepare ENGINE: the engine's source table with $rows generated rows, the empty target, the
# snapshots and the compiled plan of bench/spec/ENGINE in $work/ENGINE/plan.
bench_prepare() {
  local e=$1
  mkdir -p "$work/$e/spec/schemas"
  cp "bench/spec/$e/main.hcl" "$work/$e/spec/"
  "${e}_setup"
  "$dm" compile "$work/$e/spec" -o "$work/$e/plan" 2>/dev/null
}

say() { printf '%s\n' "$*" >&2; }
now() { date +%s.%N; }
secs_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
round=0
record() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" "$round" >>"$results"; }

# datamove_run ENGINE PATH ROWS KIND [VARIANT]: one timed `datamove run` (KIND load: into an empty
# target; rerun: --rerun over the loaded target) of the plan (VARIANT merge: of the plan compiled
# with batch method merge), its peak RSS from /usr/bin/time, the target's row count checked, and
# the rows the engine wrote into the target table counted.
datamove_run() {
  local e=$1 path=$2 want=$3 kind=$4 variant=${5:-} before after t0 s rss got label plan=$work/$1/plan
  local args=(--source "$("${e}_src")" --target "$("${e}_tgt" "$path")" --param "max_id=$want")
  local flag=${e}_two_flag
  [ "$path" = two ] && [ -n "${!flag}" ] && args+=("${!flag}")
  [ "$kind" = rerun ] && args+=(--rerun)
  [ -n "$batch" ] && args+=(--batch-size "$batch")
  [ -n "$variant" ] && plan=$work/$e/plan-$variant
  "${e}_settle"
  before=$("${e}_written" "$path")
  t0=$(now)
  label=$path${variant:+-$variant}
  [ "$kind" = rerun ] && label="rerun $label"
  local prof=
  [ "$profile" = yes ] && prof=$work/$e/$(echo "$label" | tr ' ' '-')-$want-$round.prof
  DATAMOVE_CPUPROFILE=$prof /usr/bin/time -f %M -o "$work/rss" "$dm" run "$plan" "${args[@]}" --progress never --log-level warn \
    >"$work/$e/last-run.out" 2>"$work/$e/last-run.err" || {
    say "datamove run failed ($e, $path, $kind):"; cat "$work/$e/last-run.out" "$work/$e/last-run.err" >&2; exit 1
  }
  s=$(secs_since "$t0")
  rss=$(tail -n 1 "$work/rss")
  after=$("${e}_written" "$path")
  got=$("${e}_count" "$path")
  if [ "$got" != "$want" ]; then
    say "$e $path $kind: the target holds $got rows after datamove run, not $want"; exit 1
  fi
  record "$e" "$label" "$want" "$s" "$rss" "$((after - before))"
  say "  $e $(printf '%-18s' "$label") $want rows in ${s}s, peak RSS ${rss} KB, rows written $((after - before))"
}

# limit_run ENGINE PATH ROWS: the engine's own limit for the path, timed, the row count checked.
limit_run() {
  local e=$1 path=$2 want=$3 t0 s got before after
  "${e}_settle"
  before=$("${e}_written" "$path")
  t0=$(now)
  "${e}_limit_$path" "$want"
  s=$(secs_since "$t0")
  after=$("${e}_written" "$path")
  got=$("${e}_count" "$path")
  if [ "$got" != "$want" ]; then
    say "$e limit $path: the target holds $got rows, not $want"; exit 1
  fi
  record "$e" "limit $path" "$want" "$s" "" "$((after - before))"
  say "  $e $(printf '%-22s' "limit $path") $want rows in ${s}s"
}

# --- PostgreSQL ---------------------------------------------------------------------------------
export PGOPTIONS="-c client_min_messages=warning"
pg=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres)
pg_url() { echo "postgres://postgres@127.0.0.1:5432/$1?sslmode=disable"; }
postgres_db() { if [ "$1" = same ]; then echo dm_bench; else echo dm_bench_t2; fi; }
# The transforms of the spec (LOWER(TRIM(name)), TRIM(note)) as PostgreSQL runs them.
pg_select="SELECT id, qty, lower(btrim(name)), price, created_at, btrim(note) FROM src.items WHERE id <= "
pg_cols="id, qty, name, price, created_at, note"

postgres_setup() {
  "${pg[@]}" -d postgres -c "DROP DATABASE IF EXISTS dm_bench WITH (FORCE)" -c "DROP DATABASE IF EXISTS dm_bench_t2 WITH (FORCE)" \
    -c "CREATE DATABASE dm_bench" -c "CREATE DATABASE dm_bench_t2"
  "${pg[@]}" -d dm_bench -f bench/sql/postgres-source.sql
  say "  generating $rows rows in dm_bench src.items"
  "${pg[@]}" -d dm_bench -v rows="$rows" -f bench/sql/postgres-data.sql
  postgres_reset same
  postgres_reset two
  "$dm" inspect --dsn "$(pg_url dm_bench)" --schema src -o "$work/postgres/spec/schemas/src.hcl" 2>/dev/null
  "$dm" inspect --dsn "$(pg_url dm_bench)" --schema dst -o "$work/postgres/spec/schemas/dst.hcl" 2>/dev/null
}
postgres_reset() { "${pg[@]}" -d "$(postgres_db "$1")" -f bench/sql/postgres-target.sql 2>/dev/null; }
postgres_count() { "${pg[@]}" -d "$(postgres_db "$1")" -Atc "SELECT count(*) FROM dst.items"; }
# Rows the server wrote into dst.items so far, inserted or updated (a re-run that skips unchanged
# rows writes none). A backend flushes its statistics when it ends: wait for datamove's to end.
postgres_written() {
  local db i
  db=$(postgres_db "$1")
  for i in $(seq 1 50); do
    [ "$("${pg[@]}" -d "$db" -Atc "SELECT count(*) FROM pg_stat_activity WHERE datname IN ('dm_bench', 'dm_bench_t2') AND pid <> pg_backend_pid()")" = 0 ] && break
    sleep 0.1
  done
  "${pg[@]}" -d "$db" -Atc "SELECT coalesce((SELECT n_tup_ins + n_tup_upd FROM pg_stat_user_tables WHERE relid = 'dst.items'::regclass), 0)"
}
# Each measurement starts with no dirty buffers from the one before.
postgres_settle() { "${pg[@]}" -d postgres -c CHECKPOINT; }
postgres_limit_same() {
  "${pg[@]}" -d dm_bench -c "INSERT INTO dst.items ($pg_cols) $pg_select $1"
}
postgres_limit_two() {
  "${pg[@]}" -d dm_bench -c "COPY ($pg_select $1) TO STDOUT (FORMAT binary)" |
    "${pg[@]}" -d dm_bench_t2 -c "COPY dst.items ($pg_cols) FROM STDIN (FORMAT binary)"
}
postgres_src() { pg_url dm_bench; }
postgres_tgt() { pg_url "$(postgres_db "$1")"; }
postgres_two_flag= # two databases are two places: datamove stages by itself
postgres_drop() { "${pg[@]}" -d postgres -c "DROP DATABASE IF EXISTS dm_bench WITH (FORCE)" -c "DROP DATABASE IF EXISTS dm_bench_t2 WITH (FORCE)"; }

# --- MariaDB ------------------------------------------------------------------------------------
my=(mariadb -h 127.0.0.1 -P 3306 -u root --default-character-set=utf8mb4)
my_select="SELECT id, qty, LOWER(TRIM(name)), price, created_at, TRIM(note) FROM dm_bench_src.items WHERE id <= "

mariadb_setup() {
  # Server settings the run changes for a while, restored when it ends, however it ends.
  read -r userstat dirty_pct dirty_lwm < <("${my[@]}" -N -B -e "SELECT @@userstat, @@innodb_max_dirty_pages_pct, @@innodb_max_dirty_pages_pct_lwm")
  trap '"${my[@]}" -e "SET GLOBAL userstat = $userstat, innodb_max_dirty_pages_pct = $dirty_pct, innodb_max_dirty_pages_pct_lwm = $dirty_lwm"' EXIT
  "${my[@]}" -e "SET GLOBAL userstat = 1"
  "${my[@]}" <bench/sql/mariadb-source.sql
  say "  generating $rows rows in dm_bench_src.items"
  sed "s/seq_1_to_ROWS/seq_1_to_$rows/" bench/sql/mariadb-data.sql | "${my[@]}" >/dev/null
  mariadb_reset same
  "$dm" inspect --dsn "root@tcp(127.0.0.1:3306)/dm_bench_src" -o "$work/mariadb/spec/schemas/src.hcl" 2>/dev/null
  "$dm" inspect --dsn "root@tcp(127.0.0.1:3306)/dm_bench_dst" -o "$work/mariadb/spec/schemas/dst.hcl" 2>/dev/null
}
# Both paths load dm_bench_dst on the one server; two servers are forced with --same-server=no.
mariadb_reset() { "${my[@]}" <bench/sql/mariadb-target.sql; }
mariadb_count() { "${my[@]}" -N -B -e "SELECT COUNT(*) FROM dm_bench_dst.items"; }
# Rows the server wrote into dm_bench_dst.items so far, inserted or updated (a re-run that skips
# unchanged rows writes none): the user statistics, which setup turns on and the end restores.
mariadb_written() {
  "${my[@]}" -N -B -e "SELECT COALESCE(SUM(ROWS_CHANGED), 0) FROM information_schema.TABLE_STATISTICS
    WHERE TABLE_SCHEMA = 'dm_bench_dst' AND TABLE_NAME = 'items'"
}
# Each measurement starts once InnoDB has written back the pages the one before dirtied.
mariadb_settle() {
  local i dirty
  "${my[@]}" -e "SET GLOBAL innodb_max_dirty_pages_pct_lwm = 0, innodb_max_dirty_pages_pct = 0"
  for i in $(seq 1 120); do
    dirty=$("${my[@]}" -N -B -e "SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'" | awk '{ print $2 }')
    [ "$dirty" -lt 100 ] && break
    sleep 0.5
  done
  "${my[@]}" -e "SET GLOBAL innodb_max_dirty_pages_pct = $dirty_pct, innodb_max_dirty_pages_pct_lwm = $dirty_lwm"
}
mariadb_limit_same() {
  "${my[@]}" -e "INSERT INTO dm_bench_dst.items (id, qty, name, price, created_at, note) $my_select $1"
}
# The closest raw pipe: the client's tab-separated batch output straight into LOAD DATA LOCAL
# (mariadb -B writes NULL as the word NULL, which LOAD DATA would read as text: NULLIF puts it back).
mariadb_limit_two() {
  "${my[@]}" -N -B -e "$my_select $1" |
    "${my[@]}" --local-infile=1 -e "LOAD DATA LOCAL INFILE '/dev/stdin' INTO TABLE dm_bench_dst.items
      (id, qty, name, price, created_at, @note) SET note = NULLIF(@note, 'NULL')"
}
mariadb_src() { echo "root@tcp(127.0.0.1:3306)/dm_bench_src"; }
mariadb_tgt() { echo "root@tcp(127.0.0.1:3306)/dm_bench_dst"; }
mariadb_two_flag=--same-server=no # one server: force the stage path
mariadb_drop() { "${my[@]}" -e "DROP DATABASE IF EXISTS dm_bench_src; DROP DATABASE IF EXISTS dm_bench_dst"; }
