-- B1-limit: the statements one add_item sends (token lookup + the use case transaction), copied from
--   account/JdbiAccountRepository.findActorByToken, sale/JdbiSaleRepository.lockForUpdate + load,
--   sale/JdbiSaleCatalog.product, sale/JdbiSaleRepository.update (line + header), audit/JdbiAuditLogRepository.insert,
--   inventory/JdbiReservationRepository.holdAndSlideSale
-- in the order of application/sale/AddItemService, with the same shapes. Run by bench/run.sh as
--   pgbench -n -M prepared -c 64 -j 2 -T <seconds> -f add_item.sql -D n=0 -D b=... -D s=... ...
-- Variables given with -D: b (business), s (storefront), p (product), u (user), uname (user name),
--   c (walk-in customer), token (token hash, '\x...'), q (quantity, 1.00), ip, agent, and n=0 (per-client counter).
-- Differences from the server, none of which removes work from the database:
--   * ids are generated in SQL (bench.uuid7(), time-ordered like the server's) and read back with RETURNING,
--     timestamps are now() (one per transaction, like the server's single clock reading);
--   * parameters the server binds as NULL are written as NULL (pgbench cannot bind NULL);
--   * the sale UPDATE sets the totals as increments (the server computes them in Java) so the data stays true;
--   * the audit arrays are built with ARRAY[...] from scalar variables instead of bound arrays, and the line is
--     inserted from VALUES instead of unnest(:arrays).

-- Every 20 adds a client starts a new DRAFT sale (outside the measured statements; B1's clients do the same over
-- HTTP), so carts stay around 20 lines and each client works on its own sales.
\set n :n + 1
\if :n % 20 = 1
INSERT INTO sale (business_id, id, storefront_id, user_id, customer_id, type, status, payment_type,
                  notes, version, created_at, updated_at)
VALUES (:b, bench.uuid7(), :s, :u, :c, 'RETAIL', 'DRAFT', 'CASH', '', 1, now(), now())
RETURNING id AS sale, '{' || id || '}' AS sale_ids \gset
\endif

-- 1. token lookup (AuthenticateService: its own pooled read, outside the use case transaction)
SELECT t.id AS token_id, coalesce(t.last_used_at, t.created_at) AS last_used,
       u.id, u.name, u.business_id, u.role, u.storefronts
FROM api_token t
JOIN app_user u ON u.business_id = t.business_id AND u.id = t.user_id
WHERE t.token_hash = :token AND t.revoked_at IS NULL AND u.is_active
  AND t.created_at >= now() - interval '30 days'
  AND coalesce(t.last_used_at, t.created_at) >= now() - interval '12 hours';

BEGIN;

-- 2. lock the sale (JdbiSaleRepository.lockForUpdate)
SELECT id FROM sale WHERE business_id = :b AND id = :sale FOR UPDATE;

-- 3. load the sale with its lines and each line's newest reservation (JdbiSaleRepository.load; a DRAFT sale
--    reads no payments)
SELECT s.business_id, s.id, s.storefront_id, s.user_id, s.customer_id, s.type, s.status, s.payment_type,
s.discount_amount, s.tax_amount, s.notes, s.version, s.receipt_number, s.amount_paid, s.change_given,
s.created_at, s.updated_at, s.completed_at, s.receipt_customer_name, s.receipt_customer_phone,
s.receipt_cashier_name, s.amount_refunded, s.amount_credited, s.amount_paid_out,
st.name AS storefront_name, st.code AS storefront_code, u.name AS user_name, c.name AS customer_name,
l.id AS l_id, l.product_id AS l_product_id, l.stock_product_id AS l_stock_product_id,
l.product_name AS l_product_name, l.product_sku AS l_product_sku, l.unit AS l_unit,
l.quantity AS l_quantity, l.unit_price AS l_unit_price, l.price_from_batch AS l_price_from_batch,
l.discount_percentage AS l_discount_percentage, l.tax_rate AS l_tax_rate,
l.created_at AS l_created_at, l.updated_at AS l_updated_at,
l.refunded_quantity AS l_refunded_quantity, l.unit_cost AS l_unit_cost,
r.id AS r_id, r.stock_product_id AS r_stock_product_id, r.quantity AS r_quantity, r.status AS r_status,
r.expires_at AS r_expires_at, r.created_at AS r_created_at, r.released_at AS r_released_at,
r.release_reason AS r_release_reason FROM sale s
JOIN storefront st ON st.business_id = s.business_id AND st.id = s.storefront_id
LEFT JOIN app_user u ON u.business_id = s.business_id AND u.id = s.user_id
JOIN customer c ON c.business_id = s.business_id AND c.id = s.customer_id
LEFT JOIN sale_item l ON l.business_id = s.business_id AND l.sale_id = s.id
LEFT JOIN LATERAL (
    SELECT * FROM reservation r
    WHERE r.business_id = l.business_id AND r.sale_item_id = l.id
    ORDER BY r.created_at DESC, r.id DESC LIMIT 1
) r ON true
WHERE s.business_id = :b AND s.id = ANY(:sale_ids)
ORDER BY s.created_at DESC, s.id DESC, l.created_at, l.id;

-- 4. product and price (JdbiSaleCatalog.product; no stock_product given, so the server binds NULL twice)
SELECT p.id, p.name, p.sku, p.unit, p.is_active, p.tax_rate,
       b.id AS batch_id, b.retail_price, b.wholesale_price
FROM product p
LEFT JOIN LATERAL (
    SELECT sp.id, sp.retail_price, sp.wholesale_price FROM stock_product sp
    WHERE sp.business_id = p.business_id AND sp.product_id = p.id
      AND (CAST(NULL AS uuid) IS NULL OR sp.id = NULL)
    ORDER BY EXISTS (SELECT 1 FROM stock_transfer t
                     WHERE t.business_id = sp.business_id AND t.storefront_id = :s
                       AND t.product_id = sp.product_id AND t.stock_product_id = sp.id) DESC,
             sp.created_at DESC, sp.id DESC
    LIMIT 1
) b ON true
WHERE p.business_id = :b AND p.id = :p \gset prod_

-- 5. the line and the sale header in one statement (JdbiSaleRepository.update: the LineAdded event becomes an
--    INSERT in a data-modifying CTE, then the header UPDATE); the new line's and hold's ids come back for what follows
WITH added AS (
    INSERT INTO sale_item (business_id, id, sale_id, product_id, stock_product_id, product_name,
                           product_sku, unit, quantity, unit_price, price_from_batch,
                           discount_percentage, discount_amount, tax_rate, tax_amount, total_price,
                           created_at, updated_at)
    VALUES (:b, bench.uuid7(), :sale, :p, :prod_batch_id, :prod_name, :prod_sku, :prod_unit, :q, :prod_retail_price,
            true, 0.00, 0.00, 0.00, 0.00, :prod_retail_price, now(), now())
    RETURNING id
)
UPDATE sale SET customer_id = :c, type = 'RETAIL', status = 'DRAFT', payment_type = 'CASH',
       subtotal = subtotal + :prod_retail_price, items_discount_amount = 0.00, items_tax_amount = 0.00,
       discount_amount = 0.00, tax_amount = 0.00, total_amount = total_amount + :prod_retail_price,
       amount_paid = 0.00, amount_due = amount_due + :prod_retail_price, change_given = 0.00, notes = '',
       version = version + 1, receipt_number = NULL, updated_at = now(), completed_at = NULL,
       amount_refunded = 0.00, amount_credited = 0.00, amount_paid_out = 0.00
WHERE business_id = :b AND id = :sale
RETURNING (SELECT id FROM added) AS line_id, bench.uuid7() AS hold_id \gset

-- 6. the two audit entries, one multi-row INSERT (JdbiAuditLogRepository.insert)
INSERT INTO audit_log (business_id, id, event_type, occurred_at, user_id, user_name,
                       storefront_id, sale_id, sale_item_id, customer_id, payment_id,
                       event_data, description, ip_address, user_agent)
SELECT :b, e.id, e.event_type, now(), :u, :uname, e.storefront_id, e.sale_id,
       e.sale_item_id, e.customer_id, e.payment_id, e.event_data::jsonb, e.description,
       :ip, :agent
FROM unnest(ARRAY[bench.uuid7(), bench.uuid7()],
            ARRAY['sale_item.added', 'stock.reserved'],
            CAST(ARRAY[:s, :s] AS uuid[]),
            CAST(ARRAY[:sale, :sale] AS uuid[]),
            CAST(ARRAY[:line_id, :line_id] AS uuid[]),
            CAST(ARRAY[NULL, NULL] AS uuid[]),
            CAST(ARRAY[NULL, NULL] AS uuid[]),
            ARRAY['{"sale_item_id":"' || :line_id || '","product_id":"' || :p || '","stock_product_id":"'
                      || :prod_batch_id || '","product_name":"' || :prod_name || '","quantity":"1.00","unit_price":"'
                      || :prod_retail_price || '","discount_percentage":"0.00","tax_rate":"0.00","total_price":"'
                      || :prod_retail_price || '"}',
                  '{"reservation_id":"' || :hold_id || '","sale_item_id":"' || :line_id || '","product_id":"'
                      || :p || '","storefront_id":"' || :s || '","stock_product_id":"' || :prod_batch_id
                      || '","quantity":"1.00","expires_at":"' || (now() + interval '3 hours')
                      || '","hold_quantity":"1.00"}'],
            ARRAY['Added 1.00 × ' || :prod_name || ' to sale ' || :sale,
                  'Reserved 1.00 of product ' || :p])
     WITH ORDINALITY AS e(id, event_type, storefront_id, sale_id, sale_item_id, customer_id,
                          payment_id, event_data, description, ord)
ORDER BY e.ord;

-- 7. take the stock last, in one statement (JdbiReservationRepository.holdAndSlideSale): guarded counter
--    update, hold insert, and the sale's other live holds slid to the new hold's expiry
WITH taken AS (
    UPDATE storefront_inventory SET reserved = reserved + :q
    WHERE business_id = :b AND storefront_id = :s AND product_id = :p AND quantity - reserved >= :q
    RETURNING 1
), held AS (
    INSERT INTO reservation (business_id, id, sale_id, sale_item_id, storefront_id, product_id,
                             stock_product_id, quantity, status, expires_at, created_at)
    SELECT :b, :hold_id, :sale, :line_id, :s, :p, :prod_batch_id, :q, 'ACTIVE', now() + interval '3 hours', now()
    FROM taken
    RETURNING id
), slid AS (
    UPDATE reservation SET expires_at = now() + interval '3 hours'
    WHERE business_id = :b AND sale_id = :sale AND status = 'ACTIVE' AND expires_at > now()
      AND expires_at <> now() + interval '3 hours' AND EXISTS (SELECT 1 FROM held)
)
SELECT count(*) FROM held;

COMMIT;
