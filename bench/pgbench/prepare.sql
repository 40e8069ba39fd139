-- Run once by bench/run.sh (pgbench -n -c 1 -t 1 -f prepare.sql) before the B1-limit runs: the helper
-- add_item.sql uses to make time-ordered ids like the server's (UUID version 7: 48 bits of Unix milliseconds,
-- then random bits), so its inserts hit the same index pages the server's do. In its own schema, apart from
-- the application's tables; the bench database is thrown away after the run.
CREATE SCHEMA IF NOT EXISTS bench;
CREATE OR REPLACE FUNCTION bench.uuid7() RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
         PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
         52, 1), 53, 1), 'hex')::uuid
$$;
