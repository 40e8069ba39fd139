-- Till sessions (shifts) and the cash drawer: one OPEN session per (user, storefront), cash movements, the
-- session each payment and checkout is attributed to, the Z report stored at close and numbered per storefront.
CREATE TABLE till_session (
    business_id    uuid          NOT NULL,
    id             uuid          NOT NULL,
    storefront_id  uuid          NOT NULL,
    user_id        uuid          NOT NULL,
    status         text          NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    opening_float  numeric(12,2) NOT NULL CHECK (opening_float >= 0),
    opened_at      timestamptz   NOT NULL,
    closed_at      timestamptz,
    expected_cash  numeric(14,2),
    counted_cash   numeric(12,2) CHECK (counted_cash >= 0),
    difference     numeric(14,2),
    closing_note   text,
    closed_by      uuid,
    z_number       text,
    z_figures      jsonb,
    z_counted      jsonb,
    z_print_count  integer       NOT NULL DEFAULT 0,
    PRIMARY KEY (business_id, id),
    UNIQUE (business_id, z_number),
    FOREIGN KEY (business_id, storefront_id) REFERENCES storefront (business_id, id),
    CHECK ((status = 'OPEN') = (closed_at IS NULL)),
    CHECK (status = 'OPEN' OR (expected_cash IS NOT NULL AND counted_cash IS NOT NULL AND difference IS NOT NULL
                               AND z_number IS NOT NULL AND z_figures IS NOT NULL))
);
CREATE UNIQUE INDEX till_session_one_open_idx ON till_session (business_id, user_id, storefront_id)
    WHERE status = 'OPEN';
CREATE INDEX till_session_storefront_idx ON till_session (business_id, storefront_id, opened_at DESC, id);
CREATE INDEX till_session_user_idx ON till_session (business_id, user_id, opened_at DESC, id);

CREATE TABLE cash_movement (
    business_id  uuid          NOT NULL,
    id           uuid          NOT NULL,
    session_id   uuid          NOT NULL,
    kind         text          NOT NULL CHECK (kind IN ('PAY_IN', 'PAY_OUT')),
    amount       numeric(12,2) NOT NULL CHECK (amount > 0),
    reason       text          NOT NULL CHECK (reason <> ''),
    user_id      uuid          NOT NULL,
    approved_by  uuid,
    created_at   timestamptz   NOT NULL,
    PRIMARY KEY (business_id, id),
    FOREIGN KEY (business_id, session_id) REFERENCES till_session (business_id, id)
);
CREATE INDEX cash_movement_session_idx ON cash_movement (business_id, session_id, created_at, id);

-- Z numbers without gaps per storefront.
CREATE TABLE z_counter (
    business_id   uuid   NOT NULL,
    storefront_id uuid   NOT NULL,
    last_value    bigint NOT NULL,
    PRIMARY KEY (business_id, storefront_id)
);

-- Attribution: a payment to the session that took it; a checkout (its change given and totals) to the session
-- it was completed in. Null = no session.
ALTER TABLE payment ADD COLUMN IF NOT EXISTS session_id uuid;
ALTER TABLE payment ADD CONSTRAINT payment_session_fk FOREIGN KEY (business_id, session_id)
    REFERENCES till_session (business_id, id);
CREATE INDEX payment_session_idx ON payment (business_id, session_id) WHERE session_id IS NOT NULL;
ALTER TABLE sale ADD COLUMN IF NOT EXISTS session_id uuid;
ALTER TABLE sale ADD CONSTRAINT sale_session_fk FOREIGN KEY (business_id, session_id)
    REFERENCES till_session (business_id, id);
CREATE INDEX sale_session_idx ON sale (business_id, session_id) WHERE session_id IS NOT NULL;

-- The X/Z report's drafts abandoned by the session's user at its storefront.
CREATE INDEX audit_log_abandoned_idx ON audit_log (business_id, storefront_id, user_id, occurred_at)
    WHERE event_type = 'sale.cancelled';
