package io.salescore.application.account;

import io.salescore.domain.shared.AuthenticationException;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * PBKDF2-HMAC-SHA256 password hashes stored as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}. Hashing is slow
 * on purpose, so it runs on a small bounded pool (one thread per core, a short queue): a login flood waits or is
 * refused instead of starving the tills.
 */
public final class PasswordHasher implements AutoCloseable {

    private static final String PREFIX = "pbkdf2-sha256";
    private static final int KEY_BITS = 256;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private final ThreadPoolExecutor pool;

    public PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
        int threads = Runtime.getRuntime().availableProcessors();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64),
                runnable -> {
                    Thread thread = new Thread(runnable, "password-hashing");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = onPool(() -> derive(password, salt, iterations));
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Constant-time check of a password against a stored hash; malformed hashes never match. */
    public boolean verify(String password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        int storedIterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = onPool(() -> derive(password, salt, storedIterations));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Work of the same cost as a real check, so an unknown email takes as long as a wrong password. */
    public void burnEquivalentTime(String password) {
        byte[] salt = new byte[16];
        onPool(() -> derive(password, salt, iterations));
    }

    private byte[] onPool(Callable<byte[]> work) {
        try {
            return pool.submit(work).get();
        } catch (RejectedExecutionException e) {
            throw AuthenticationException.tooManyAttempts(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while hashing a password", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Password hashing failed", e.getCause());
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
