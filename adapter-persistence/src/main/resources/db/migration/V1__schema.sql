-- Sales Core schema. Every tenant table carries business_id and every key between tenant tables includes it,
-- so the schema can be distributed by tenant (Citus) and tenant isolation holds by construction.

CREATE TABLE business (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL,
    currency    char(3)     NOT NULL DEFAULT 'USD',
    timezone    text        NOT NULL DEFAULT 'UTC',
    created_at  timestamptz NOT NULL
);

CREATE TABLE app_user (
    business_id   uuid        NOT NULL REFERENCES business (id),
    id            uuid        NOT NULL,
    name          text        NOT NULL,
    email         text        NOT NULL,
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'MANAGER', 'CASHIER')),
    storefronts   uuid[]      NOT NULL DEFAULT '{}',
    is_active     boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (business_id, id)
);
-- Logins look users up by email across businesses: an email belongs to one user.
CREATE UNIQUE INDEX app_user_email_key ON app_user (email);
CREATE UNIQUE INDEX app_user_id_key ON app_user (id);

CREATE TABLE api_token (
    token_hash  bytea       PRIMARY KEY,
    business_id uuid        NOT NULL,
    user_id     uuid        NOT NULL,
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz,
    FOREIGN KEY (business_id, user_id) REFERENCES app_user (business_id, id)
);
CREATE INDEX api_token_user_idx ON api_token (business_id, user_id) WHERE revoked_at IS NULL;

CREATE TABLE failed_login (
    email        text        NOT NULL,
    attempted_at timestamptz NOT NULL
);
CREATE INDEX failed_login_email_idx ON failed_login (email, attempted_at);

CREATE TABLE storefront (
    business_id uuid        NOT NULL REFERENCES business (id),
    id          uuid        NOT NULL,
    name        text        NOT NULL,
    location    text        NOT NULL DEFAULT '',
    code        text        NOT NULL CHECK (code ~ '^[A-Z0-9]{2,8}$'),
    is_active   boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (business_id, id),
    UNIQUE (business_id, code)
);

CREATE TABLE warehouse (
    business_id uuid        NOT NULL REFERENCES business (id),
    id          uuid        NOT NULL,
    name        text        NOT NULL,
    location    text        NOT NULL DEFAULT '',
    is_active   boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (business_id, id)
);

CREATE TABLE product (
    business_id uuid        NOT NULL REFERENCES business (id),
    id          uuid        NOT NULL,
    name        text        NOT NULL,
    sku         text        NOT NULL,
    barcode     text,
    unit        text        NOT NULL DEFAULT 'pcs',
    description text        NOT NULL DEFAULT '',
    is_active   boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (business_id, id),
    UNIQUE (business_id, sku)
);
CREATE INDEX product_barcode_idx ON product (business_id, barcode) WHERE barcode IS NOT NULL;

CREATE TABLE stock_product (
    business_id        uuid          NOT NULL,
    id                 uuid          NOT NULL,
    product_id         uuid          NOT NULL,
    warehouse_id       uuid          NOT NULL,
    quantity           numeric(14,2) NOT NULL CHECK (quantity > 0),
    remaining_quantity numeric(14,2) NOT NULL CHECK (remaining_quantity >= 0 AND remaining_quantity <= quantity),
    unit_cost          numeric(12,2) NOT NULL CHECK (unit_cost >= 0),
    retail_price       numeric(12,2) NOT NULL CHECK (retail_price >= 0),
    wholesale_price    numeric(12,2) CHECK (wholesale_price >= 0),
    expiry_date        date,
    supplier           text          NOT NULL DEFAULT '',
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    PRIMARY KEY (business_id, id),
    FOREIGN KEY (business_id, product_id) REFERENCES product (business_id, id),
    FOREIGN KEY (business_id, warehouse_id) REFERENCES warehouse (business_id, id)
);
CREATE INDEX stock_product_product_idx ON stock_product (business_id, product_id, created_at DESC, id DESC);

-- What a storefront sells from. reserved = Σ quantity of ACTIVE reservations (expired or not), kept by guarded
-- UPDATEs; available = quantity − Σ live reservations.
CREATE TABLE storefront_inventory (
    business_id   uuid          NOT NULL,
    storefront_id uuid          NOT NULL,
    product_id    uuid          NOT NULL,
    quantity      numeric(14,2) NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    reserved      numeric(14,2) NOT NULL DEFAULT 0 CHECK (reserved >= 0 AND reserved <= quantity),
    updated_at    timestamptz   NOT NULL,
    PRIMARY KEY (business_id, storefront_id, product_id),
    FOREIGN KEY (business_id, storefront_id) REFERENCES storefront (business_id, id),
    FOREIGN KEY (business_id, product_id) REFERENCES product (business_id, id)
);

CREATE TABLE stock_transfer (
    business_id      uuid          NOT NULL,
    id               uuid          NOT NULL,
    stock_product_id uuid          NOT NULL,
    product_id       uuid          NOT NULL,
    storefront_id    uuid          NOT NULL,
    quantity         numeric(14,2) NOT NULL CHECK (quantity > 0),
    user_id          uuid,
    created_at       timestamptz   NOT NULL,
    PRIMARY KEY (business_id, id),
    FOREIGN KEY (business_id, stock_product_id) REFERENCES stock_product (business_id, id),
    FOREIGN KEY (business_id, storefront_id) REFERENCES storefront (business_id, id)
);
CREATE INDEX stock_transfer_storefront_product_idx ON stock_transfer (business_id, storefront_id, product_id, stock_product_id);
CREATE INDEX stock_transfer_created_idx ON stock_transfer (business_id, created_at DESC, id DESC);

CREATE TABLE stock_adjustment (
    business_id    uuid          NOT NULL,
    id             uuid          NOT NULL,
    storefront_id  uuid          NOT NULL,
    product_id     uuid          NOT NULL,
    quantity_delta numeric(14,2) NOT NULL CHECK (quantity_delta <> 0),
    reason         text          NOT NULL,
    quantity_after numeric(14,2) NOT NULL,
    user_id        uuid,
    created_at     timestamptz   NOT NULL,
    PRIMARY KEY (business_id, id),
    FOREIGN KEY (business_id, storefront_id, product_id) REFERENCES storefront_inventory (business_id, storefront_id, product_id)
);
CREATE INDEX stock_adjustment_storefront_idx ON stock_adjustment (business_id, storefront_id, created_at DESC, id DESC);

-- The append-only ledger: storefront_inventory.quantity = Σ quantity_delta of its movements.
CREATE TABLE stock_movement (
    business_id    uuid          NOT NULL,
    id             uuid          NOT NULL,
    storefront_id  uuid          NOT NULL,
    product_id     uuid          NOT NULL,
    kind           text          NOT NULL CHECK (kind IN ('TRANSFER_IN', 'ADJUSTMENT', 'SALE')),
    quantity_delta numeric(14,2) NOT NULL,
    reference      uuid,
    user_id        uuid,
    created_at     timestamptz   NOT NULL,
    PRIMARY KEY (business_id, id),
    FOREIGN KEY (business_id, storefront_id, product_id) REFERENCES storefront_inventory (business_id, storefront_id, product_id)
);
CREATE INDEX stock_movement_inventory_idx ON stock_movement (business_id, storefront_id, product_id);
CREATE INDEX stock_movement_created_idx ON stock_movement (business_id, created_at DESC, id DESC);

CREATE TABLE customer (
    business_id         uuid          NOT NULL REFERENCES business (id),
    id                  uuid          NOT NULL,
    name                text          NOT NULL,
    email               text          NOT NULL DEFAULT '',
    phone               text          NOT NULL DEFAULT '',
    phone_digits        text          NOT NULL DEFAULT '',
    address             text          NOT NULL DEFAULT '',
    customer_type       text          NOT NULL CHECK (customer_type IN ('RETAIL', 'WHOLESALE')),
    credit_limit        numeric(12,2) NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),
    outstanding_balance numeric(12,2) NOT NULL DEFAULT 0 CHECK (outstanding_balance >= 0),
    credit_terms_days   integer       NOT NULL DEFAULT 30,
    credit_blocked      boolean       NOT NULL DEFAULT false,
    is_active           boolean       NOT NULL DEFAULT true,
    is_walk_in          boolean       NOT NULL DEFAULT false,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    PRIMARY KEY (business_id, id),
    CHECK (NOT is_walk_in OR credit_limit = 0)
);
CREATE UNIQUE INDEX customer_phone_key ON customer (business_id, phone_digits) WHERE phone_digits <> '';
CREATE UNIQUE INDEX customer_walk_in_key ON customer (business_id) WHERE is_walk_in;
CREATE INDEX customer_name_idx ON customer (business_id, lower(name), id);

CREATE TABLE sale (
    business_id           uuid          NOT NULL,
    id                    uuid          NOT NULL,
    storefront_id         uuid          NOT NULL,
    user_id               uuid          NOT NULL,
    customer_id           uuid          NOT NULL,
    type                  text          NOT NULL CHECK (type IN ('RETAIL', 'WHOLESALE')),
    status                text          NOT NULL CHECK (status IN ('DRAFT', 'COMPLETED', 'PARTIAL', 'PENDING', 'CANCELLED')),
    payment_type          text          NOT NULL CHECK (payment_type IN ('CASH', 'CARD', 'MOBILE', 'CREDIT', 'MIXED')),
    subtotal              numeric(12,2) NOT NULL DEFAULT 0,
    items_discount_amount numeric(12,2) NOT NULL DEFAULT 0,
    items_tax_amount      numeric(12,2) NOT NULL DEFAULT 0,
    discount_amount       numeric(12,2) NOT NULL DEFAULT 0,
    tax_amount            numeric(12,2) NOT NULL DEFAULT 0,
    total_amount          numeric(12,2) NOT NULL DEFAULT 0,
    amount_paid           numeric(12,2) NOT NULL DEFAULT 0,
    amount_due            numeric(12,2) NOT NULL DEFAULT 0,
    change_given          numeric(12,2) NOT NULL DEFAULT 0,
    notes                 text          NOT NULL DEFAULT '',
    version               bigint        NOT NULL DEFAULT 1,
    receipt_number        text,
    receipt_customer_name text,
    receipt_customer_phone text,
    receipt_cashier_name  text,
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL,
    completed_at          timestamptz,
    PRIMARY KEY (business_id, id),
    UNIQUE (business_id, receipt_number),
    FOREIGN KEY (business_id, storefront_id) REFERENCES storefront (business_id, id),
    FOREIGN KEY (business_id, customer_id) REFERENCES customer (business_id, id)
);
CREATE INDEX sale_created_idx ON sale (business_id, created_at DESC, id DESC);
CREATE UNIQUE INDEX sale_id_key ON sale (id);
CREATE INDEX sale_storefront_idx ON sale (business_id, storefront_id, created_at DESC, id DESC);
CREATE INDEX sale_customer_idx ON sale (business_id, customer_id);
CREATE INDEX sale_draft_idx ON sale (updated_at) WHERE status = 'DRAFT';

CREATE TABLE sale_item (
    business_id         uuid          NOT NULL,
    id                  uuid          NOT NULL,
    sale_id             uuid          NOT NULL,
    product_id          uuid          NOT NULL,
    stock_product_id    uuid,
    product_name        text          NOT NULL,
    product_sku         text          NOT NULL,
    unit                text          NOT NULL,
    quantity            numeric(12,2) NOT NULL CHECK (quantity > 0),
    unit_price          numeric(12,2) NOT NULL CHECK (unit_price >= 0),
    price_from_batch    boolean       NOT NULL,
    discount_percentage numeric(5,2)  NOT NULL DEFAULT 0,
    discount_amount     numeric(12,2) NOT NULL DEFAULT 0,
    tax_rate            numeric(5,2)  NOT NULL DEFAULT 0,
    tax_amount          numeric(12,2) NOT NULL DEFAULT 0,
    total_price         numeric(12,2) NOT NULL,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    PRIMARY KEY (business_id, id),
    FOREIGN KEY (business_id, sale_id) REFERENCES sale (business_id, id)
);
CREATE INDEX sale_item_sale_idx ON sale_item (business_id, sale_id, created_at, id);

-- Holds. A removed line keeps its reservation rows as history (sale_item_id is not a foreign key).
CREATE TABLE reservation (
    business_id      uuid          NOT NULL,
    id               uuid          NOT NULL,
    sale_id          uuid          NOT NULL,
    sale_item_id     uuid          NOT NULL,
    storefront_id    uuid          NOT NULL,
    product_id       uuid          NOT NULL,
    stock_product_id uuid,
    quantity         numeric(12,2) NOT NULL CHECK (quantity > 0),
    status           text          NOT NULL CHECK (status IN ('ACTIVE', 'COMMITTED', 'RELEASED', 'EXPIRED')),
    expires_at       timestamptz   NOT NULL,
    created_at       timestamptz   NOT NULL,
    released_at      timestamptz,
    release_reason   text CHECK (release_reason IN ('ITEM_REMOVED', 'QUANTITY_REDUCED', 'MANUAL', 'SALE_ABANDONED', 'EXPIRED', 'DRAFT_EXPIRED')),
    PRIMARY KEY (business_id, id),
    FOREIGN KEY (business_id, sale_id) REFERENCES sale (business_id, id),
    FOREIGN KEY (business_id, storefront_id, product_id) REFERENCES storefront_inventory (business_id, storefront_id, product_id)
);
-- At most one ACTIVE hold per line.
CREATE UNIQUE INDEX reservation_one_active_per_line ON reservation (business_id, sale_item_id) WHERE status = 'ACTIVE';
-- Live holds of a product (availability, re-checks) and expired ones (sweeper).
CREATE INDEX reservation_active_idx ON reservation (business_id, storefront_id, product_id, expires_at) WHERE status = 'ACTIVE';
CREATE INDEX reservation_expiry_idx ON reservation (expires_at) WHERE status = 'ACTIVE';
CREATE INDEX reservation_sale_idx ON reservation (business_id, sale_id, created_at, id);
CREATE INDEX reservation_item_idx ON reservation (business_id, sale_item_id, created_at DESC, id DESC);

CREATE TABLE payment (
    business_id    uuid          NOT NULL,
    id             uuid          NOT NULL,
    sale_id        uuid          NOT NULL,
    amount_paid    numeric(12,2) NOT NULL CHECK (amount_paid > 0),
    payment_method text          NOT NULL CHECK (payment_method IN ('CASH', 'CARD', 'MOBILE', 'BANK_TRANSFER', 'OTHER')),
    reference      text          NOT NULL DEFAULT '',
    processed_by   uuid,
    created_at     timestamptz   NOT NULL,
    PRIMARY KEY (business_id, id),
    FOREIGN KEY (business_id, sale_id) REFERENCES sale (business_id, id)
);
CREATE INDEX payment_sale_idx ON payment (business_id, sale_id, created_at, id);

-- One counter per (business, storefront code, business-local day): receipt numbers without gaps or collisions.
CREATE TABLE receipt_counter (
    business_id     uuid   NOT NULL,
    storefront_code text   NOT NULL,
    day             date   NOT NULL,
    last_value      bigint NOT NULL,
    PRIMARY KEY (business_id, storefront_code, day)
);

CREATE TABLE audit_log (
    business_id   uuid        NOT NULL,
    id            uuid        NOT NULL,
    seq           bigint      GENERATED ALWAYS AS IDENTITY,
    event_type    text        NOT NULL,
    occurred_at   timestamptz NOT NULL,
    user_id       uuid,
    user_name     text,
    storefront_id uuid,
    sale_id       uuid,
    sale_item_id  uuid,
    customer_id   uuid,
    payment_id    uuid,
    event_data    jsonb       NOT NULL,
    description   text        NOT NULL,
    ip_address    text,
    user_agent    text,
    PRIMARY KEY (business_id, id)
);
CREATE INDEX audit_log_seq_idx ON audit_log (business_id, seq DESC);
CREATE INDEX audit_log_sale_idx ON audit_log (business_id, sale_id, seq DESC) WHERE sale_id IS NOT NULL;
CREATE INDEX audit_log_customer_idx ON audit_log (business_id, customer_id, seq DESC) WHERE customer_id IS NOT NULL;

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

CREATE TABLE idempotency_key (
    business_id     uuid        NOT NULL,
    key             text        NOT NULL,
    request_hash    bytea       NOT NULL,
    claimed_at      timestamptz NOT NULL,
    completed_at    timestamptz,
    response_status integer,
    response_body   bytea,
    response_etag   text,
    PRIMARY KEY (business_id, key)
);
CREATE INDEX idempotency_key_claimed_idx ON idempotency_key (claimed_at);

-- Settings shared by every instance (the generated receipt-link secret).
CREATE TABLE app_setting (
    key   text PRIMARY KEY,
    value text NOT NULL
);
