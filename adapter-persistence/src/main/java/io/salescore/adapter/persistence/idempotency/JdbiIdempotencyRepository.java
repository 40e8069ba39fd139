package io.salescore.adapter.persistence.idempotency;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.Rows;
import io.salescore.application.idempotency.port.out.IdempotencyRepository;
import io.salescore.application.idempotency.port.StoredResponse;
import io.salescore.domain.shared.BusinessId;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** Idempotency keys in PostgreSQL; the primary key (business_id, key) decides who claims a key. */
public final class JdbiIdempotencyRepository implements IdempotencyRepository {

    private final JdbiUnitOfWork tx;

    public JdbiIdempotencyRepository(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    private record Row(byte[] hash, Instant claimedAt, Instant completedAt, Integer status, byte[] body,
                       String etag) {
    }

    @Override
    public Claim claim(BusinessId business, String key, byte[] requestHash, Instant now, Duration abandonAfter) {
        boolean inserted = tx.handle().createUpdate("""
                        INSERT INTO idempotency_key (business_id, key, request_hash, claimed_at)
                        VALUES (:b, :key, :hash, :now) ON CONFLICT (business_id, key) DO NOTHING""")
                .bind("b", business).bind("key", key).bind("hash", requestHash).bind("now", now)
                .execute() == 1;
        if (inserted) {
            return new Claimed();
        }
        Optional<Row> existing = tx.handle().createQuery("""
                        SELECT request_hash, claimed_at, completed_at, response_status, response_body, response_etag
                        FROM idempotency_key WHERE business_id = :b AND key = :key""")
                .bind("b", business).bind("key", key)
                .map((rs, ctx) -> new Row(rs.getBytes("request_hash"), Rows.instant(rs, "claimed_at"),
                        Rows.instant(rs, "completed_at"), (Integer) rs.getObject("response_status"),
                        rs.getBytes("response_body"), rs.getString("response_etag")))
                .findOne();
        if (existing.isEmpty()) {
            // Released between our insert and our read: try once more.
            return claim(business, key, requestHash, now, abandonAfter);
        }
        Row row = existing.get();
        if (!Arrays.equals(row.hash(), requestHash)) {
            return new Mismatch();
        }
        if (row.completedAt() != null) {
            return new Replay(new StoredResponse(row.status(), row.body(), "application/json", row.etag()));
        }
        if (row.claimedAt().isBefore(now.minus(abandonAfter))) {
            boolean takenOver = tx.handle().createUpdate("""
                            UPDATE idempotency_key SET claimed_at = :now
                            WHERE business_id = :b AND key = :key AND completed_at IS NULL AND claimed_at = :old""")
                    .bind("b", business).bind("key", key).bind("now", now).bind("old", row.claimedAt())
                    .execute() == 1;
            if (takenOver) {
                return new Claimed();
            }
        }
        return new InUse();
    }

    @Override
    public void complete(BusinessId business, String key, StoredResponse response, Instant now) {
        tx.handle().createUpdate("""
                        UPDATE idempotency_key SET completed_at = :now, response_status = :status,
                               response_body = :body, response_etag = :etag
                        WHERE business_id = :b AND key = :key""")
                .bind("b", business).bind("key", key).bind("now", now).bind("status", response.status())
                .bind("body", response.body()).bind("etag", response.etag())
                .execute();
    }

    @Override
    public void release(BusinessId business, String key) {
        tx.handle().createUpdate("DELETE FROM idempotency_key WHERE business_id = :b AND key = :key AND completed_at IS NULL")
                .bind("b", business).bind("key", key).execute();
    }

    @Override
    public int purgeClaimedBefore(Instant cutoff, int limit) {
        return tx.handle().createUpdate("""
                        DELETE FROM idempotency_key WHERE ctid IN (
                            SELECT ctid FROM idempotency_key WHERE claimed_at < :cutoff LIMIT :limit)""")
                .bind("cutoff", cutoff).bind("limit", limit).execute();
    }
}
