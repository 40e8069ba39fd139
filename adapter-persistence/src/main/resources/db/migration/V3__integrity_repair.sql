-- check-integrity --repair releases holds that do not fit their stock with the reason INTEGRITY_REPAIR.
ALTER TABLE reservation DROP CONSTRAINT reservation_release_reason_check;
ALTER TABLE reservation ADD CONSTRAINT reservation_release_reason_check CHECK (release_reason IN
    ('ITEM_REMOVED', 'QUANTITY_REDUCED', 'MANUAL', 'SALE_ABANDONED', 'EXPIRED', 'DRAFT_EXPIRED', 'INTEGRITY_REPAIR'))
    NOT VALID;
ALTER TABLE reservation VALIDATE CONSTRAINT reservation_release_reason_check;
