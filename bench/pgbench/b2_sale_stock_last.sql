-- WHAT-IF, not the server's statements: bench/pgbench/b2_sale.sql with checkout's stock taken LAST. The judgement
-- locks only the sale's own holds (no inventory rows), and the statement that locks the inventory rows, commits
-- the holds and takes the stock runs after the receipt counter, the payment + sale write and the audit insert,
-- just before COMMIT, as add_item's stock statement already is. It measures how much of B2-limit is the time
-- checkout holds the hot inventory rows (docs/performance.md). Run by hand:
--   BENCH_B2_WHATIF=bench/pgbench/b2_sale_stock_last.sql bench/run.sh   (measured after each B2-limit run)
-- B2-limit: the statements of one whole B2 sale (loadgen b2: create -> add_item x 3 -> complete with cash), as the
-- server sends them, one pgbench transaction per sale, so pgbench's tps is sales/s. Taken from PostgreSQL's
-- statement log (log_statement = all) of one B2 sale by bench/capture-statements.sh, and written with pgbench
-- variables (DO NOT EDIT by hand without re-capturing: the shapes must stay the server's). 39 round trips:
--   create   : token lookup, BEGIN, storefront, walk-in customer, INSERT sale, audit, COMMIT
--   add x 3  : token lookup, BEGIN, lock sale, load sale, product + price, INSERT line + UPDATE sale (one statement), audit,
--              take stock + hold + slide (one statement), COMMIT
--   complete : token lookup, BEGIN, lock sale, load sale, lock inventory rows + holds, commit holds + deduct stock
--              + movements (one statement), receipt counter, payment + line costs + sale (one statement), audit,
--              COMMIT
-- (34 statements without BEGIN/COMMIT; StatementBudgetTest's budget: add_item <= 6 + 1 (token), complete <= 6 + 2
-- per line + 1.) Run by bench/run.sh as
--   pgbench -n -M prepared -c <pool size> -j 2 -T <seconds> -f b2_sale.sql -D b=... -D s=... -D p1=... ...
-- Variables given with -D: b, s, u, uname, c, token, q, ip, agent as in add_item.sql, p1 p2 p3 (the B2 products),
-- pids ('{p1,p2,p3}'), total (b2_total).
-- Differences from the server, none of which removes work from the database (as in add_item.sql): ids made in
-- SQL by bench.uuid7() and read back with RETURNING; now() for the clock; NULL written where the server binds
-- NULL; the sale's totals as increments; audit arrays built with ARRAY[...]; the receipt number formatted in SQL
-- from the counter's answer (the server formats it in Java, %04d: at least 4 digits, never cut, so the SQL pads
-- to 4 and keeps a longer number whole; a plain lpad(.., 4) cut 10000 to 1000 and collided after 9 999 sales).

-- ---- create (CreateSaleService) ------------------------------------------------------------------------------------
SELECT t.id AS token_id, coalesce(t.last_used_at, t.created_at) AS last_used,
       u.id, u.name, u.business_id, u.role, u.storefronts
FROM api_token t
JOIN app_user u ON u.business_id = t.business_id AND u.id = t.user_id
WHERE t.token_hash = :token AND t.revoked_at IS NULL AND u.is_active
  AND t.created_at >= now() - interval '30 days'
  AND coalesce(t.last_used_at, t.created_at) >= now() - interval '12 hours';

BEGIN;
SELECT id, name, code, is_active FROM storefront WHERE business_id = :b AND id = :s;

SELECT id, name, is_active, is_walk_in, customer_type FROM customer
WHERE business_id = :b AND (id = NULL OR (CAST(NULL AS uuid) IS NULL AND is_walk_in));

INSERT INTO sale (business_id, id, storefront_id, user_id, customer_id, type, status, payment_type,
                  notes, version, created_at, updated_at)
VALUES (:b, bench.uuid7(), :s, :u, :c, 'RETAIL', 'DRAFT', 'CASH', '', 1, now(), now())
RETURNING id AS sale, '{' || id || '}' AS sale_ids \gset

INSERT INTO audit_log (business_id, id, event_type, occurred_at, user_id, user_name,
                       storefront_id, sale_id, sale_item_id, customer_id, payment_id,
                       event_data, description, ip_address, user_agent)
SELECT :b, e.id, e.event_type, now(), :u, :uname, e.storefront_id, e.sale_id,
       e.sale_item_id, e.customer_id, e.payment_id, e.event_data::jsonb, e.description,
       :ip, :agent
FROM unnest(ARRAY[bench.uuid7()],
            ARRAY['sale.created'],
            CAST(ARRAY[:s] AS uuid[]),
            CAST(ARRAY[:sale] AS uuid[]),
            CAST(ARRAY[NULL] AS uuid[]),
            CAST(ARRAY[:c] AS uuid[]),
            CAST(ARRAY[NULL] AS uuid[]),
            ARRAY['{"sale_id":"' || :sale || '","storefront_id":"' || :s || '","customer_id":"' || :c
                  || '","customer_name":"Walk-in Customer","type":"RETAIL","payment_type":"CASH"}'],
            ARRAY['Sale ' || :sale || ' opened for Walk-in Customer'])
     WITH ORDINALITY AS e(id, event_type, storefront_id, sale_id, sale_item_id, customer_id,
                          payment_id, event_data, description, ord)
ORDER BY e.ord;

COMMIT;

-- ---- add_item 1 of 3 (product :p1): AddItemService, as in add_item.sql --------------------------------------------
SELECT t.id AS token_id, coalesce(t.last_used_at, t.created_at) AS last_used,
       u.id, u.name, u.business_id, u.role, u.storefronts
FROM api_token t
JOIN app_user u ON u.business_id = t.business_id AND u.id = t.user_id
WHERE t.token_hash = :token AND t.revoked_at IS NULL AND u.is_active
  AND t.created_at >= now() - interval '30 days'
  AND coalesce(t.last_used_at, t.created_at) >= now() - interval '12 hours';

BEGIN;
SELECT id FROM sale WHERE business_id = :b AND id = :sale FOR UPDATE;

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
WHERE p.business_id = :b AND p.id = :p1 \gset prod_

WITH added AS (
    INSERT INTO sale_item (business_id, id, sale_id, product_id, stock_product_id, product_name,
                           product_sku, unit, quantity, unit_price, price_from_batch,
                           discount_percentage, discount_amount, tax_rate, tax_amount, total_price,
                           created_at, updated_at)
    VALUES (:b, bench.uuid7(), :sale, :p1, :prod_batch_id, :prod_name, :prod_sku, :prod_unit, :q, :prod_retail_price,
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
RETURNING (SELECT id FROM added) AS line1, bench.uuid7() AS hold1 \gset

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
            CAST(ARRAY[:line1, :line1] AS uuid[]),
            CAST(ARRAY[NULL, NULL] AS uuid[]),
            CAST(ARRAY[NULL, NULL] AS uuid[]),
            ARRAY['{"sale_item_id":"' || :line1 || '","product_id":"' || :p1 || '","stock_product_id":"'
                      || :prod_batch_id || '","product_name":"' || :prod_name || '","quantity":"1.00","unit_price":"'
                      || :prod_retail_price || '","discount_percentage":"0.00","tax_rate":"0.00","total_price":"'
                      || :prod_retail_price || '"}',
                  '{"reservation_id":"' || :hold1 || '","sale_item_id":"' || :line1 || '","product_id":"'
                      || :p1 || '","storefront_id":"' || :s || '","stock_product_id":"' || :prod_batch_id
                      || '","quantity":"1.00","expires_at":"' || (now() + interval '3 hours')
                      || '","hold_quantity":"1.00"}'],
            ARRAY['Added 1.00 × ' || :prod_name || ' to sale ' || :sale,
                  'Reserved 1.00 of product ' || :p1])
     WITH ORDINALITY AS e(id, event_type, storefront_id, sale_id, sale_item_id, customer_id,
                          payment_id, event_data, description, ord)
ORDER BY e.ord;

WITH taken AS (
    UPDATE storefront_inventory SET reserved = reserved + :q
    WHERE business_id = :b AND storefront_id = :s AND product_id = :p1 AND quantity - reserved >= :q
    RETURNING 1
), held AS (
    INSERT INTO reservation (business_id, id, sale_id, sale_item_id, storefront_id, product_id,
                             stock_product_id, quantity, status, expires_at, created_at)
    SELECT :b, :hold1, :sale, :line1, :s, :p1, :prod_batch_id, :q, 'ACTIVE', now() + interval '3 hours', now()
    FROM taken
    RETURNING id
), slid AS (
    UPDATE reservation SET expires_at = now() + interval '3 hours'
    WHERE business_id = :b AND sale_id = :sale AND status = 'ACTIVE' AND expires_at > now()
      AND expires_at <> now() + interval '3 hours' AND EXISTS (SELECT 1 FROM held)
)
SELECT count(*) FROM held;

COMMIT;

-- ---- add_item 2 of 3 (product :p2): AddItemService, as in add_item.sql --------------------------------------------
SELECT t.id AS token_id, coalesce(t.last_used_at, t.created_at) AS last_used,
       u.id, u.name, u.business_id, u.role, u.storefronts
FROM api_token t
JOIN app_user u ON u.business_id = t.business_id AND u.id = t.user_id
WHERE t.token_hash = :token AND t.revoked_at IS NULL AND u.is_active
  AND t.created_at >= now() - interval '30 days'
  AND coalesce(t.last_used_at, t.created_at) >= now() - interval '12 hours';

BEGIN;
SELECT id FROM sale WHERE business_id = :b AND id = :sale FOR UPDATE;

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
WHERE p.business_id = :b AND p.id = :p2 \gset prod_

WITH added AS (
    INSERT INTO sale_item (business_id, id, sale_id, product_id, stock_product_id, product_name,
                           product_sku, unit, quantity, unit_price, price_from_batch,
                           discount_percentage, discount_amount, tax_rate, tax_amount, total_price,
                           created_at, updated_at)
    VALUES (:b, bench.uuid7(), :sale, :p2, :prod_batch_id, :prod_name, :prod_sku, :prod_unit, :q, :prod_retail_price,
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
RETURNING (SELECT id FROM added) AS line2, bench.uuid7() AS hold2 \gset

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
            CAST(ARRAY[:line2, :line2] AS uuid[]),
            CAST(ARRAY[NULL, NULL] AS uuid[]),
            CAST(ARRAY[NULL, NULL] AS uuid[]),
            ARRAY['{"sale_item_id":"' || :line2 || '","product_id":"' || :p2 || '","stock_product_id":"'
                      || :prod_batch_id || '","product_name":"' || :prod_name || '","quantity":"1.00","unit_price":"'
                      || :prod_retail_price || '","discount_percentage":"0.00","tax_rate":"0.00","total_price":"'
                      || :prod_retail_price || '"}',
                  '{"reservation_id":"' || :hold2 || '","sale_item_id":"' || :line2 || '","product_id":"'
                      || :p2 || '","storefront_id":"' || :s || '","stock_product_id":"' || :prod_batch_id
                      || '","quantity":"1.00","expires_at":"' || (now() + interval '3 hours')
                      || '","hold_quantity":"1.00"}'],
            ARRAY['Added 1.00 × ' || :prod_name || ' to sale ' || :sale,
                  'Reserved 1.00 of product ' || :p2])
     WITH ORDINALITY AS e(id, event_type, storefront_id, sale_id, sale_item_id, customer_id,
                          payment_id, event_data, description, ord)
ORDER BY e.ord;

WITH taken AS (
    UPDATE storefront_inventory SET reserved = reserved + :q
    WHERE business_id = :b AND storefront_id = :s AND product_id = :p2 AND quantity - reserved >= :q
    RETURNING 1
), held AS (
    INSERT INTO reservation (business_id, id, sale_id, sale_item_id, storefront_id, product_id,
                             stock_product_id, quantity, status, expires_at, created_at)
    SELECT :b, :hold2, :sale, :line2, :s, :p2, :prod_batch_id, :q, 'ACTIVE', now() + interval '3 hours', now()
    FROM taken
    RETURNING id
), slid AS (
    UPDATE reservation SET expires_at = now() + interval '3 hours'
    WHERE business_id = :b AND sale_id = :sale AND status = 'ACTIVE' AND expires_at > now()
      AND expires_at <> now() + interval '3 hours' AND EXISTS (SELECT 1 FROM held)
)
SELECT count(*) FROM held;

COMMIT;

-- ---- add_item 3 of 3 (product :p3): AddItemService, as in add_item.sql --------------------------------------------
SELECT t.id AS token_id, coalesce(t.last_used_at, t.created_at) AS last_used,
       u.id, u.name, u.business_id, u.role, u.storefronts
FROM api_token t
JOIN app_user u ON u.business_id = t.business_id AND u.id = t.user_id
WHERE t.token_hash = :token AND t.revoked_at IS NULL AND u.is_active
  AND t.created_at >= now() - interval '30 days'
  AND coalesce(t.last_used_at, t.created_at) >= now() - interval '12 hours';

BEGIN;
SELECT id FROM sale WHERE business_id = :b AND id = :sale FOR UPDATE;

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
WHERE p.business_id = :b AND p.id = :p3 \gset prod_

WITH added AS (
    INSERT INTO sale_item (business_id, id, sale_id, product_id, stock_product_id, product_name,
                           product_sku, unit, quantity, unit_price, price_from_batch,
                           discount_percentage, discount_amount, tax_rate, tax_amount, total_price,
                           created_at, updated_at)
    VALUES (:b, bench.uuid7(), :sale, :p3, :prod_batch_id, :prod_name, :prod_sku, :prod_unit, :q, :prod_retail_price,
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
RETURNING (SELECT id FROM added) AS line3, bench.uuid7() AS hold3 \gset

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
            CAST(ARRAY[:line3, :line3] AS uuid[]),
            CAST(ARRAY[NULL, NULL] AS uuid[]),
            CAST(ARRAY[NULL, NULL] AS uuid[]),
            ARRAY['{"sale_item_id":"' || :line3 || '","product_id":"' || :p3 || '","stock_product_id":"'
                      || :prod_batch_id || '","product_name":"' || :prod_name || '","quantity":"1.00","unit_price":"'
                      || :prod_retail_price || '","discount_percentage":"0.00","tax_rate":"0.00","total_price":"'
                      || :prod_retail_price || '"}',
                  '{"reservation_id":"' || :hold3 || '","sale_item_id":"' || :line3 || '","product_id":"'
                      || :p3 || '","storefront_id":"' || :s || '","stock_product_id":"' || :prod_batch_id
                      || '","quantity":"1.00","expires_at":"' || (now() + interval '3 hours')
                      || '","hold_quantity":"1.00"}'],
            ARRAY['Added 1.00 × ' || :prod_name || ' to sale ' || :sale,
                  'Reserved 1.00 of product ' || :p3])
     WITH ORDINALITY AS e(id, event_type, storefront_id, sale_id, sale_item_id, customer_id,
                          payment_id, event_data, description, ord)
ORDER BY e.ord;

WITH taken AS (
    UPDATE storefront_inventory SET reserved = reserved + :q
    WHERE business_id = :b AND storefront_id = :s AND product_id = :p3 AND quantity - reserved >= :q
    RETURNING 1
), held AS (
    INSERT INTO reservation (business_id, id, sale_id, sale_item_id, storefront_id, product_id,
                             stock_product_id, quantity, status, expires_at, created_at)
    SELECT :b, :hold3, :sale, :line3, :s, :p3, :prod_batch_id, :q, 'ACTIVE', now() + interval '3 hours', now()
    FROM taken
    RETURNING id
), slid AS (
    UPDATE reservation SET expires_at = now() + interval '3 hours'
    WHERE business_id = :b AND sale_id = :sale AND status = 'ACTIVE' AND expires_at > now()
      AND expires_at <> now() + interval '3 hours' AND EXISTS (SELECT 1 FROM held)
)
SELECT count(*) FROM held;

COMMIT;

-- ---- complete with cash (CompleteSaleService) ----------------------------------------------------------------------
SELECT t.id AS token_id, coalesce(t.last_used_at, t.created_at) AS last_used,
       u.id, u.name, u.business_id, u.role, u.storefronts
FROM api_token t
JOIN app_user u ON u.business_id = t.business_id AND u.id = t.user_id
WHERE t.token_hash = :token AND t.revoked_at IS NULL AND u.is_active
  AND t.created_at >= now() - interval '30 days'
  AND coalesce(t.last_used_at, t.created_at) >= now() - interval '12 hours';

BEGIN;
SELECT id FROM sale WHERE business_id = :b AND id = :sale FOR UPDATE;

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

SELECT r.* FROM reservation r
WHERE r.business_id = :b AND r.sale_id = :sale AND r.status = 'ACTIVE'
  AND r.storefront_id = :s AND r.product_id = ANY(:pids)
ORDER BY r.created_at, r.id
FOR UPDATE OF r;

INSERT INTO receipt_counter (business_id, storefront_code, day, last_value)
SELECT st.business_id, st.code, CAST(timezone(b.timezone, CAST(now() AS timestamptz)) AS date), 1
FROM storefront st JOIN business b ON b.id = st.business_id
WHERE st.business_id = :b AND st.id = :s
ON CONFLICT (business_id, storefront_code, day)
DO UPDATE SET last_value = receipt_counter.last_value + 1
RETURNING storefront_code AS rc_code, to_char(day, 'YYYYMMDD') AS rc_day,
          lpad(CAST(last_value AS text), greatest(4, length(CAST(last_value AS text))), '0') AS rc_n,
          bench.uuid7() AS payment \gset

WITH sess AS (SELECT ts.id FROM till_session ts
              WHERE ts.business_id = :b AND ts.storefront_id = :s AND ts.status = 'OPEN'
                AND (CASE WHEN CAST(NULL AS uuid) IS NULL THEN ts.user_id = :u
                          ELSE ts.id = CAST(NULL AS uuid) END)
              FOR SHARE), paid AS (INSERT INTO payment (business_id, id, sale_id, amount_paid, payment_method, reference,
                     processed_by, created_at, session_id)
SELECT :b, v.id, :sale, v.amount, v.method, v.reference, v.processed_by, v.created_at,
       (SELECT id FROM sess)
FROM unnest(CAST(ARRAY[:payment] AS uuid[]), CAST(ARRAY[:total] AS numeric[]), ARRAY['CASH'], ARRAY[''],
            CAST(ARRAY[:u] AS uuid[]), ARRAY[now()])
     WITH ORDINALITY AS v(id, amount, method, reference, processed_by, created_at, ord)
ORDER BY v.ord RETURNING 1), costs AS (UPDATE sale_item l SET unit_cost = coalesce(
              (SELECT sp.unit_cost FROM stock_product sp
               WHERE sp.business_id = l.business_id AND sp.id = l.stock_product_id),
              (SELECT sp.unit_cost FROM stock_product sp
               WHERE sp.business_id = l.business_id AND sp.product_id = l.product_id
               ORDER BY sp.created_at DESC, sp.id DESC LIMIT 1))
          WHERE l.business_id = :b AND l.sale_id = :sale RETURNING 1)
UPDATE sale SET customer_id = :c, type = 'RETAIL', status = 'COMPLETED', payment_type = 'CASH',
       subtotal = :total, items_discount_amount = 0.00, items_tax_amount = 0.00,
       discount_amount = 0.00, tax_amount = 0.00, total_amount = :total, amount_paid = :total,
       amount_due = 0.00, change_given = 0.00, notes = '', version = version + 1,
       receipt_number = :rc_code || '-' || :rc_day || '-' || :rc_n, updated_at = now(), completed_at = now(),
       amount_refunded = 0.00, amount_credited = 0.00, amount_paid_out = 0.00, session_id = (SELECT id FROM sess),
       credit_at_completion = 0.00,
  receipt_customer_name = c.name, receipt_customer_phone = c.phone,
  receipt_cashier_name = :uname
FROM customer c
WHERE sale.business_id = :b AND sale.id = :sale
  AND c.business_id = :b AND c.id = :c;

INSERT INTO audit_log (business_id, id, event_type, occurred_at, user_id, user_name,
                       storefront_id, sale_id, sale_item_id, customer_id, payment_id,
                       event_data, description, ip_address, user_agent)
SELECT :b, e.id, e.event_type, now(), :u, :uname, e.storefront_id, e.sale_id,
       e.sale_item_id, e.customer_id, e.payment_id, e.event_data::jsonb, e.description,
       :ip, :agent
FROM unnest(ARRAY[bench.uuid7(), bench.uuid7(), bench.uuid7(), bench.uuid7()],
            ARRAY['stock.committed', 'stock.committed', 'stock.committed', 'sale.completed'],
            CAST(ARRAY[:s, :s, :s, :s] AS uuid[]),
            CAST(ARRAY[:sale, :sale, :sale, :sale] AS uuid[]),
            CAST(ARRAY[:line1, :line2, :line3, NULL] AS uuid[]),
            CAST(ARRAY[NULL, NULL, NULL, :c] AS uuid[]),
            CAST(ARRAY[NULL, NULL, NULL, NULL] AS uuid[]),
            ARRAY['{"reservation_id":"' || :hold1 || '","sale_item_id":"' || :line1 || '","product_id":"' || :p1
                      || '","storefront_id":"' || :s || '","quantity":"1.00","expires_at":"' || now() || '"}',
                  '{"reservation_id":"' || :hold2 || '","sale_item_id":"' || :line2 || '","product_id":"' || :p2
                      || '","storefront_id":"' || :s || '","quantity":"1.00","expires_at":"' || now() || '"}',
                  '{"reservation_id":"' || :hold3 || '","sale_item_id":"' || :line3 || '","product_id":"' || :p3
                      || '","storefront_id":"' || :s || '","quantity":"1.00","expires_at":"' || now() || '"}',
                  '{"sale_id":"' || :sale || '","status":"COMPLETED","payment_type":"CASH","receipt_number":"'
                      || :rc_code || '-' || :rc_day || '-' || :rc_n || '","total_amount":"' || :total
                      || '","amount_paid":"' || :total || '","amount_due":"0.00","change_given":"0.00",'
                      || '"payments":[{"amount_paid":"' || :total || '","payment_method":"CASH","payment_id":"'
                      || :payment || '"}]}'],
            ARRAY['Sold 1.00 of ' || :p1 || ' on sale ' || :sale, 'Sold 1.00 of ' || :p2 || ' on sale ' || :sale,
                  'Sold 1.00 of ' || :p3 || ' on sale ' || :sale,
                  'Sale ' || :sale || ' completed with receipt ' || :rc_code || '-' || :rc_day || '-' || :rc_n
                      || ', total ' || :total])
     WITH ORDINALITY AS e(id, event_type, storefront_id, sale_id, sale_item_id, customer_id,
                          payment_id, event_data, description, ord)
ORDER BY e.ord;

WITH sold AS (
    SELECT * FROM unnest(CAST(:pids AS uuid[]), CAST(ARRAY[:q, :q, :q] AS numeric[]),
                         ARRAY[bench.uuid7(), bench.uuid7(), bench.uuid7()]) AS t(product_id, quantity, movement_id)
), locked AS MATERIALIZED (
    SELECT i.product_id FROM storefront_inventory i
    WHERE i.business_id = :b AND i.storefront_id = :s AND i.product_id IN (SELECT product_id FROM sold)
    ORDER BY i.product_id
    FOR UPDATE
), closed AS (
    SELECT p.id FROM product p
    WHERE p.business_id = :b AND p.id IN (SELECT product_id FROM sold) AND NOT p.is_active
    UNION ALL
    SELECT st.id FROM storefront st WHERE st.business_id = :b AND st.id = :s AND NOT st.is_active
), committed AS (
    UPDATE reservation SET status = 'COMMITTED', released_at = now()
    WHERE business_id = :b AND sale_id = :sale AND status = 'ACTIVE'
      AND (SELECT count(*) FROM locked) = cardinality(CAST(:pids AS uuid[]))
      AND NOT EXISTS (SELECT 1 FROM closed)
    RETURNING product_id, quantity
), held AS (
    SELECT product_id, sum(quantity) AS total FROM committed GROUP BY product_id
), inv AS (
    UPDATE storefront_inventory i
    SET quantity = i.quantity - sold.quantity, reserved = i.reserved - coalesce(held.total, 0),
        updated_at = now()
    FROM sold LEFT JOIN held ON held.product_id = sold.product_id
    WHERE i.business_id = :b AND i.storefront_id = :s AND i.product_id = sold.product_id
      AND (SELECT count(*) FROM locked) = cardinality(CAST(:pids AS uuid[]))
      AND NOT EXISTS (SELECT 1 FROM closed)
    RETURNING i.product_id, sold.quantity = coalesce(held.total, 0) AS matches
), movements AS (
    INSERT INTO stock_movement (business_id, id, storefront_id, product_id, kind, quantity_delta,
                                reference, user_id, created_at)
    SELECT :b, sold.movement_id, :s, sold.product_id, 'SALE', -sold.quantity, :sale, :u, now()
    FROM sold WHERE NOT EXISTS (SELECT 1 FROM closed)
    RETURNING id
)
SELECT (SELECT count(*) FROM inv WHERE matches)
       - CASE WHEN (SELECT count(*) FROM held) = (SELECT count(*) FROM inv) THEN 0 ELSE 1 END
       + 0 * (SELECT count(*) FROM movements) AS matching,
       ARRAY(SELECT id FROM closed) AS closed;

COMMIT;
