-- bench: :rows rows of a realistic shape into src.items (psql -v rows=N). Names carry padding and
-- upper case so that the spec's LOWER(TRIM(name)) has work to do.
INSERT INTO src.items (id, qty, name, price, created_at, note)
SELECT g,
       (g * 7919) % 10000,
       '  Item ' || upper(substr(md5(g::text), 1, 8)) || ' ' || substr(md5((g + 1)::text), 1, 16) || ' ',
       round(((g * 104729) % 9999999) / 100.0, 2),
       timestamp '2020-01-01 00:00:00' + g * interval '37 seconds',
       CASE WHEN g % 5 = 0 THEN NULL ELSE 'note for ' || g || ': ' || substr(md5((g * 3)::text), 1, 20) END
FROM generate_series(1::bigint, :rows) AS g;
VACUUM (ANALYZE) src.items;
