package io.salescore.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/** The few API calls setup and verification make, with JSON in and out (not used on the measured paths). */
final class Api implements Closeable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpConnection http;
    private String token;

    Api(URI base, String token) {
        this.http = new HttpConnection(base, 60_000);
        this.token = token;
    }

    void token(String token) {
        this.token = token;
    }

    JsonNode post(String path, Object body, int expected) {
        try {
            return check("POST " + path, http.post(path, token, JSON.writeValueAsString(body)), expected);
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + path + " failed", e);
        }
    }

    JsonNode get(String path, int expected) {
        try {
            return check("GET " + path, http.get(path, token), expected);
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        }
    }

    HttpConnection.Response raw(String path) throws IOException {
        return http.get(path, token);
    }

    private static JsonNode check(String what, HttpConnection.Response r, int expected) throws IOException {
        if (r.status() != expected) {
            throw new IllegalStateException(what + " answered " + r + " (expected " + expected + ")");
        }
        return r.body().length == 0 ? JSON.nullNode() : JSON.readTree(r.body());
    }

    @Override
    public void close() {
        http.close();
    }
}
