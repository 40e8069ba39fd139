-- Refunds and returns, and the customer credit ledger.

-- A sale can end REFUNDED; stock comes back with RETURN movements.
ALTER TABLE sale DROP CONSTRAINT sale_status_check;
ALTER TABLE sale ADD CONSTRAINT sale_status_check
    CHECK (status IN ('DRAFT', 'COMPLETED', 'PARTIAL', 'PENDING', 'REFUNDED', 'CANCELLED'));
ALTER TABLE stock_movement DROP CONSTRAINT stock_movement_kind_check;
ALTER TABLE stock_movement ADD CONSTRAINT stock_movement_kind_check
    CHECK (kind IN ('TRANSFER_IN', 'ADJUSTMENT', 'SALE', 'RETURN'));

-- What refunds did to the sale: amount_refunded = amount_credited + amount_paid_out (what went to the customer's
-- account included); (amount_paid - change_given - amount_paid_out) + amount_due + amount_refunded = total_amount always.
ALTER TABLE sale ADD COLUMN IF NOT EXISTS amount_refunded numeric(12,2) NOT NULL DEFAULT 0 CHECK (amount_refunded >= 0);
ALTER TABLE sale ADD COLUMN IF NOT EXISTS amount_credited numeric(12,2) NOT NULL DEFAULT 0 CHECK (amount_credited >= 0);
ALTER TABLE sale ADD COLUMN IF NOT EXISTS amount_paid_out numeric(12,2) NOT NULL DEFAULT 0 CHECK (amount_paid_out >= 0);
ALTER TABLE sale ADD COLUMN IF NOT EXISTS rounding_amount numeric(12,2) NOT NULL DEFAULT 0;
-- The amount left due when the sale was completed (> 0: a credit sale, whatever its payment_type).
ALTER TABLE sale ADD COLUMN IF NOT EXISTS credit_at_completion numeric(12,2) NOT NULL DEFAULT 0;
UPDATE sale SET credit_at_completion = amount_due WHERE receipt_number IS NOT NULL AND amount_due > 0;
CREATE INDEX IF NOT EXISTS sale_completed_idx ON sale (business_id, completed_at, id) WHERE completed_at IS NOT NULL;

-- A line can never be refunded beyond what was sold, whatever runs at once.
ALTER TABLE sale_item ADD COLUMN IF NOT EXISTS refunded_quantity numeric(12,2) NOT NULL DEFAULT 0
    CHECK (refunded_quantity >= 0 AND refunded_quantity <= quantity);
-- The batch's unit cost recorded at completion: cost of goods never changes after the fact.
ALTER TABLE sale_item ADD COLUMN IF NOT EXISTS unit_cost numeric(12,2);
UPDATE sale_item i SET unit_cost = sp.unit_cost
FROM sale s, stock_product sp
WHERE s.business_id = i.business_id AND s.id = i.sale_id AND s.receipt_number IS NOT NULL
  AND sp.business_id = i.business_id AND sp.id = i.stock_product_id;

CREATE TABLE refund (
    business_id     uuid          NOT NULL,
    id              uuid          NOT NULL,
    sale_id         uuid          NOT NULL,
    storefront_id   uuid          NOT NULL,
    refund_number   text          NOT NULL,
    refund_type     text          NOT NULL CHECK (refund_type IN ('FULL', 'PARTIAL')),
    reason          text          NOT NULL CHECK (reason <> ''),
    amount          numeric(12,2) NOT NULL CHECK (amount >= 0),
    tax_amount      numeric(12,2) NOT NULL,
    discount_amount numeric(12,2) NOT NULL,
    -- amount = credit_amount (taken off this sale's amount due) + paid_out (handed back: by payout_method, and the
    -- account_amount part of it to the customer's balance on other sales)
    credit_amount   numeric(12,2) NOT NULL CHECK (credit_amount >= 0),
    account_amount  numeric(12,2) NOT NULL CHECK (account_amount >= 0),
    paid_out        numeric(12,2) NOT NULL CHECK (paid_out >= 0),
    refund_method   text          NOT NULL CHECK (refund_method IN ('CASH', 'CARD', 'MOBILE', 'BANK_TRANSFER', 'OTHER', 'ACCOUNT')),
    payout_method   text          CHECK (payout_method IN ('CASH', 'CARD', 'MOBILE', 'BANK_TRANSFER', 'OTHER')),
    original_tender text          NOT NULL,
    rounding_amount numeric(12,2) NOT NULL DEFAULT 0,
    session_id      uuid,
    cancels_sale    boolean       NOT NULL DEFAULT false,
    user_id         uuid          NOT NULL,
    created_at      timestamptz   NOT NULL,
    PRIMARY KEY (business_id, id),
    UNIQUE (business_id, refund_number),
    CHECK (amount = credit_amount + paid_out AND account_amount <= paid_out),
    FOREIGN KEY (business_id, sale_id) REFERENCES sale (business_id, id),
    FOREIGN KEY (business_id, storefront_id) REFERENCES storefront (business_id, id),
    FOREIGN KEY (business_id, session_id) REFERENCES till_session (business_id, id)
);
CREATE UNIQUE INDEX refund_id_key ON refund (id);
CREATE INDEX refund_sale_idx ON refund (business_id, sale_id, created_at, id);
CREATE INDEX refund_created_idx ON refund (business_id, created_at DESC, id DESC);
CREATE INDEX refund_session_idx ON refund (business_id, session_id) WHERE session_id IS NOT NULL;

CREATE TABLE refund_line (
    business_id     uuid          NOT NULL,
    id              uuid          NOT NULL,
    refund_id       uuid          NOT NULL,
    sale_item_id    uuid          NOT NULL,
    product_id      uuid          NOT NULL,
    product_name    text          NOT NULL,
    quantity        numeric(12,2) NOT NULL CHECK (quantity > 0),
    amount          numeric(12,2) NOT NULL CHECK (amount >= 0),
    tax_amount      numeric(12,2) NOT NULL,
    discount_amount numeric(12,2) NOT NULL,
    restock         boolean       NOT NULL,
    reason          text          NOT NULL DEFAULT '',
    unit_cost       numeric(12,2),
    position        integer       NOT NULL,
    PRIMARY KEY (business_id, id),
    CHECK (restock OR reason <> ''),
    FOREIGN KEY (business_id, refund_id) REFERENCES refund (business_id, id),
    FOREIGN KEY (business_id, sale_item_id) REFERENCES sale_item (business_id, id)
);
CREATE INDEX refund_line_refund_idx ON refund_line (business_id, refund_id, position);
CREATE INDEX refund_line_item_idx ON refund_line (business_id, sale_item_id);

-- Refund numbers: their own counter per (business, storefront code, business-local day).
CREATE TABLE refund_counter (
    business_id     uuid   NOT NULL,
    storefront_code text   NOT NULL,
    day             date   NOT NULL,
    last_value      bigint NOT NULL,
    PRIMARY KEY (business_id, storefront_code, day)
);

-- The customer's account ledger, written in the statement that moves the balance (so the customer row is locked
-- and seq orders each customer's entries): its last balance_after equals outstanding_balance.
CREATE TABLE credit_transaction (
    business_id      uuid          NOT NULL,
    id               uuid          NOT NULL,
    seq              bigint        GENERATED ALWAYS AS IDENTITY,
    customer_id      uuid          NOT NULL,
    transaction_type text          NOT NULL CHECK (transaction_type IN ('CREDIT_SALE', 'PAYMENT', 'REFUND', 'ADJUSTMENT')),
    amount           numeric(12,2) NOT NULL,
    balance_before   numeric(12,2) NOT NULL,
    balance_after    numeric(12,2) NOT NULL CHECK (balance_after >= 0),
    sale_id          uuid,
    reference_id     uuid,
    description      text          NOT NULL DEFAULT '',
    created_by       uuid,
    created_at       timestamptz   NOT NULL,
    PRIMARY KEY (business_id, id),
    FOREIGN KEY (business_id, customer_id) REFERENCES customer (business_id, id)
);
CREATE INDEX credit_transaction_customer_idx ON credit_transaction (business_id, customer_id, seq);

INSERT INTO credit_transaction (business_id, id, customer_id, transaction_type, amount, balance_before, balance_after,
                                description, created_at)
SELECT business_id, gen_random_uuid(), id, 'ADJUSTMENT', outstanding_balance, 0, outstanding_balance,
       'Opening balance', now()
FROM customer WHERE outstanding_balance <> 0
ORDER BY business_id, id;
