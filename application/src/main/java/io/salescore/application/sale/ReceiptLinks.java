package io.salescore.application.sale;

import io.salescore.application.common.HmacSigner;
import io.salescore.domain.shared.SaleId;

import java.time.Clock;
import java.time.Duration;

/**
 * Signed receipt links, so a browser tab opened with {@code window.open} (which sends no token) can show one
 * receipt until the link expires: {@code signature = hex HMAC-SHA256(secret, "<sale id>:<expires>")} for a sale,
 * {@code "refund|<refund id>:<expires>"} for a refund, so a sale's signature never opens a refund (and export links,
 * {@link ExportLinks}, sign {@code "export|..."} with the same {@link HmacSigner}).
 */
public final class ReceiptLinks {

    private final HmacSigner signer;
    private final Duration ttl;
    private final Clock clock;

    public ReceiptLinks(String secret, Duration ttl, Clock clock) {
        this(new HmacSigner(secret), ttl, clock);
    }

    public ReceiptLinks(HmacSigner signer, Duration ttl, Clock clock) {
        this.signer = signer;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The path of a receipt link valid for the configured time from now. */
    public String pathFor(SaleId sale) {
        long expires = clock.instant().plus(ttl).getEpochSecond();
        return "/sales/api/sales/" + sale + "/receipt/?format=html&expires=" + expires + "&signature="
                + sign(sale, expires);
    }

    /** Whether the signature is this sale's and the link has not expired. */
    public boolean verify(SaleId sale, long expires, String signature) {
        if (signature == null || expires < clock.instant().getEpochSecond()) {
            return false;
        }
        return signer.matches(sale + ":" + expires, signature);
    }

    /** The path of a refund receipt link valid for the configured time from now. */
    public String pathForRefund(java.util.UUID refund) {
        long expires = clock.instant().plus(ttl).getEpochSecond();
        return "/sales/api/refunds/" + refund + "/receipt/?format=html&expires=" + expires + "&signature="
                + signer.sign("refund|" + refund + ":" + expires);
    }

    /** Whether the signature is this refund's and the link has not expired. */
    public boolean verifyRefund(java.util.UUID refund, long expires, String signature) {
        if (signature == null || expires < clock.instant().getEpochSecond()) {
            return false;
        }
        return signer.matches("refund|" + refund + ":" + expires, signature);
    }

    String sign(SaleId sale, long expires) {
        return signer.sign(sale + ":" + expires);
    }
}
