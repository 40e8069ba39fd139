package io.salescore.application.common;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one HMAC-SHA256 signer behind every signed link (sale and refund receipts, exports): hex signatures of a
 * text, compared in constant time. Each kind of link signs a text that starts with its own kind, so a signature of
 * one kind never opens another.
 */
public final class HmacSigner {

    private final byte[] secret;

    public HmacSigner(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("The link secret must have at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code hex(HMAC-SHA256(secret, text))}. */
    public String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether {@code signature} (hex, any case) is the signature of {@code text}; constant time. */
    public boolean matches(String text, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(text).getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
