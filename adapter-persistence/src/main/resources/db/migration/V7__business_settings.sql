-- Prices are the shop's: the business settings a cashier's prices, discounts and pay-outs are held to, and the
-- product's own tax rate. IF NOT EXISTS: another migration of the same release may already add a setting.
ALTER TABLE business ADD COLUMN IF NOT EXISTS cashier_price_override boolean NOT NULL DEFAULT false;
ALTER TABLE business ADD COLUMN IF NOT EXISTS cashier_max_discount_percentage numeric(5,2) NOT NULL DEFAULT 0
    CHECK (cashier_max_discount_percentage BETWEEN 0 AND 100);
ALTER TABLE business ADD COLUMN IF NOT EXISTS cashier_may_sell_wholesale boolean NOT NULL DEFAULT false;
ALTER TABLE business ADD COLUMN IF NOT EXISTS cashier_max_pay_out numeric(12,2) NOT NULL DEFAULT 0
    CHECK (cashier_max_pay_out >= 0);
ALTER TABLE business ADD COLUMN IF NOT EXISTS refund_window_days integer NOT NULL DEFAULT 30
    CHECK (refund_window_days BETWEEN 0 AND 3650);
ALTER TABLE business ADD COLUMN IF NOT EXISTS cash_rounding numeric(4,2) NOT NULL DEFAULT 0.01
    CHECK (cash_rounding IN (0.01, 0.05, 0.10));
ALTER TABLE business ADD COLUMN IF NOT EXISTS updated_at timestamptz;
ALTER TABLE product ADD COLUMN IF NOT EXISTS tax_rate numeric(5,2) NOT NULL DEFAULT 0
    CHECK (tax_rate BETWEEN 0 AND 100);
