-- bench: ROWS rows of a realistic shape into dm_bench_src.items (bench/run puts the number in for
-- ROWS; seq_1_to_N is MariaDB's Sequence engine). Names carry padding and upper case so that the
-- spec's LOWER(TRIM(name)) has work to do.
USE dm_bench_src;
INSERT INTO dm_bench_src.items (id, qty, name, price, created_at, note)
SELECT seq,
       (seq * 7919) % 10000,
       CONCAT('  Item ', UPPER(SUBSTRING(MD5(seq), 1, 8)), ' ', SUBSTRING(MD5(seq + 1), 1, 16), ' '),
       ROUND(((seq * 104729) % 9999999) / 100.0, 2),
       TIMESTAMP '2020-01-01 00:00:00' + INTERVAL (seq * 37) SECOND,
       CASE WHEN seq % 5 = 0 THEN NULL ELSE CONCAT('note for ', seq, ': ', SUBSTRING(MD5(seq * 3), 1, 20)) END
FROM seq_1_to_ROWS;
ANALYZE TABLE dm_bench_src.items;
