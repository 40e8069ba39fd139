package io.salescore.application.sale;

import io.salescore.domain.shared.SaleId;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Signed receipt links, so a browser tab opened with {@code window.open} (which sends no token) can show one
 * receipt until the link expires: {@code signature = hex HMAC-SHA256(secret, "<sale id>:<expires>")} for a sale,
 * {@code "refund|<refund id>:<expires>"} for a refund, so a sale's signature never opens a refund.
 */
public final class ReceiptLinks {

    private final byte[] secret;
    private final Duration ttl;
    private final Clock clock;

    public ReceiptLinks(String secret, Duration ttl, Clock clock) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("The receipt secret must have at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
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
        return MessageDigest.isEqual(sign(sale, expires).getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** The path of a refund receipt link valid for the configured time from now. */
    public String pathForRefund(java.util.UUID refund) {
        long expires = clock.instant().plus(ttl).getEpochSecond();
        return "/sales/api/refunds/" + refund + "/receipt/?format=html&expires=" + expires + "&signature="
                + signed("refund|" + refund + ":" + expires);
    }

    /** Whether the signature is this refund's and the link has not expired. */
    public boolean verifyRefund(java.util.UUID refund, long expires, String signature) {
        if (signature == null || expires < clock.instant().getEpochSecond()) {
            return false;
        }
        return MessageDigest.isEqual(signed("refund|" + refund + ":" + expires).getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    String sign(SaleId sale, long expires) {
        return signed(sale + ":" + expires);
    }

    private String signed(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
