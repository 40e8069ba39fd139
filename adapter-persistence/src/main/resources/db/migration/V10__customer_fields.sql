-- compat.md E9: a customer's contact person, tax id (printed for wholesale customers) and notes, and customer lists
-- with the walk-in customer first (then by lower-cased name and id), which this index serves in that order.
ALTER TABLE customer
    ADD COLUMN contact_person text NOT NULL DEFAULT '',
    ADD COLUMN tax_id         text NOT NULL DEFAULT '',
    ADD COLUMN notes          text NOT NULL DEFAULT '';

CREATE INDEX customer_list_idx ON customer (business_id, is_walk_in DESC, lower(name), id);
DROP INDEX customer_name_idx;
