-- bench: an empty target on MariaDB (database dm_bench_dst), made afresh before every measured
-- load: dropping the database also drops datamove's checkpoint and audit tables.
DROP DATABASE IF EXISTS dm_bench_dst;
CREATE DATABASE dm_bench_dst CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE TABLE dm_bench_dst.items (
  id         bigint         NOT NULL PRIMARY KEY,
  qty        int            NOT NULL,
  name       varchar(200)   NOT NULL,
  price      decimal(12,2)  NOT NULL,
  created_at datetime       NOT NULL,
  note       text
) ENGINE=InnoDB;
