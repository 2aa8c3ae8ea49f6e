-- bench: the source table on MariaDB (database dm_bench_src).
DROP DATABASE IF EXISTS dm_bench_src;
CREATE DATABASE dm_bench_src CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE TABLE dm_bench_src.items (
  id         bigint         NOT NULL PRIMARY KEY,
  qty        int            NOT NULL,
  name       varchar(200)   NOT NULL,
  price      decimal(12,2)  NOT NULL,
  created_at datetime       NOT NULL,
  note       text                        -- NULL in one row of five
) ENGINE=InnoDB;
