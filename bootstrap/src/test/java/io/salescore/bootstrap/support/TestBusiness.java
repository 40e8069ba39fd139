package io.salescore.bootstrap.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A freshly registered business with its owner, so every test has its own tenant. */
public final class TestBusiness {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    public final String businessId;
    public final String ownerId;
    public final String ownerEmail;
    public final ApiClient owner;
    public final TestServer server;

    private TestBusiness(TestServer server, String businessId, String ownerId, String ownerEmail, ApiClient owner) {
        this.server = server;
        this.businessId = businessId;
        this.ownerId = ownerId;
        this.ownerEmail = ownerEmail;
        this.owner = owner;
    }

    public static TestBusiness register() {
        return register("Shop " + COUNTER.incrementAndGet());
    }

    public static TestBusiness register(String name) {
        TestServer server = TestServer.get();
        String email = "owner-" + UUID.randomUUID() + "@test.pos";
        ApiClient.Response r = server.anonymous().post("/accounts/api/auth/register/", Map.of(
                "name", "Owner of " + name, "email", email, "password", "secret-pass-1", "business_name", name));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new TestBusiness(server, r.json().at("/business/id").asText(), r.json().at("/user/id").asText(),
                email, server.anonymous().withToken(r.text("token")));
    }
}
