-- Keep the hottest updates HOT (heap-only: no new index entries). A sale row is rewritten by every change to
-- its cart and a hold by every slide of its expiry; an index on a column those updates change (sale.updated_at,
-- reservation.expires_at) made every one of them write an entry into every index of the table. The indexes
-- below find the same rows by columns that do not change on those updates; the few rows they return are
-- filtered on the changing column.

-- Stale drafts (POS_DRAFT_MAX_AGE): the drafts, then their updated_at.
DROP INDEX sale_draft_idx;
CREATE INDEX sale_draft_idx ON sale (business_id) WHERE status = 'DRAFT';

-- Live holds of a storefront product (availability, re-checks), then their expiry.
DROP INDEX reservation_active_idx;
CREATE INDEX reservation_active_idx ON reservation (business_id, storefront_id, product_id) WHERE status = 'ACTIVE';

-- The sweeper scans the ACTIVE holds (those of carts in progress) for due ones instead of an expiry index.
DROP INDEX reservation_expiry_idx;
CREATE INDEX reservation_active_all_idx ON reservation (business_id) WHERE status = 'ACTIVE';

-- Room on each page for the new versions of updated rows, so updates stay on their page (a HOT condition).
ALTER TABLE sale SET (fillfactor = 80);
ALTER TABLE reservation SET (fillfactor = 80);
ALTER TABLE storefront_inventory SET (fillfactor = 50);
ALTER TABLE receipt_counter SET (fillfactor = 50);
ALTER TABLE customer SET (fillfactor = 90);
ALTER TABLE stock_product SET (fillfactor = 90);
ALTER TABLE idempotency_key SET (fillfactor = 90);
