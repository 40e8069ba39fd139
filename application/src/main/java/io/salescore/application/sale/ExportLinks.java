package io.salescore.application.sale;

import io.salescore.application.common.HmacSigner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Signed export links, because a browser download ({@code window.location.href}) sends no token:
 * {@code signature = hex HMAC-SHA256(secret, "export|<business>|<user>|<canonical sorted query>|<expires>")},
 * with the receipt links' {@link HmacSigner}; the {@code export|} prefix keeps a receipt signature from opening an
 * export and the other way round.
 */
public final class ExportLinks {

    private final HmacSigner signer;
    private final Duration ttl;
    private final Clock clock;

    public ExportLinks(HmacSigner signer, Duration ttl, Clock clock) {
        this.signer = signer;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** When a link made now expires (whole seconds). */
    public Instant expiresFromNow() {
        return Instant.ofEpochSecond(clock.instant().plus(ttl).getEpochSecond());
    }

    public String sign(String business, String user, String canonicalQuery, long expires) {
        return signer.sign(text(business, user, canonicalQuery, expires));
    }

    /** Whether the signature is this link's and the link has not expired. */
    public boolean verify(String business, String user, String canonicalQuery, long expires, String signature) {
        if (signature == null || expires < clock.instant().getEpochSecond()) {
            return false;
        }
        return signer.matches(text(business, user, canonicalQuery, expires), signature);
    }

    private static String text(String business, String user, String canonicalQuery, long expires) {
        return "export|" + business + "|" + user + "|" + canonicalQuery + "|" + expires;
    }
}
