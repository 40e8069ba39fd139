package io.salescore.adapter.http.slice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescore.adapter.http.HttpApi;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.ops.HttpMetrics;
import io.salescore.adapter.http.sale.SaleLineRoutes;
import io.salescore.adapter.http.sale.SaleRoutes;
import io.salescore.application.account.port.in.AuthenticateUseCase;
import io.salescore.application.idempotency.port.in.RunIdempotentlyUseCase;
import io.salescore.application.idempotency.port.StoredResponse;
import io.salescore.application.ops.port.in.CheckReadinessUseCase;
import io.salescore.application.sale.port.in.AbandonSaleUseCase;
import io.salescore.application.sale.port.in.AddItemUseCase;
import io.salescore.application.sale.port.in.CompleteSaleUseCase;
import io.salescore.application.sale.port.in.CreateSaleUseCase;
import io.salescore.application.sale.port.in.GetSaleUseCase;
import io.salescore.application.sale.port.in.ListSaleReservationsUseCase;
import io.salescore.application.sale.port.in.ListSalesUseCase;
import io.salescore.application.sale.port.in.RecordPaymentUseCase;
import io.salescore.application.sale.port.in.ReleaseReservationUseCase;
import io.salescore.application.sale.port.in.RemoveSaleItemUseCase;
import io.salescore.application.sale.port.in.ToggleSaleTypeUseCase;
import io.salescore.application.sale.port.in.UpdateSaleCustomerUseCase;
import io.salescore.application.sale.port.in.UpdateSaleItemUseCase;
import io.salescore.application.sale.port.in.UpdateSaleUseCase;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.shared.AuthenticationException;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.IdempotencyException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;

/**
 * Slice tests of the HTTP adapter: the real {@link HttpApi} with the real {@link SaleRoutes} and
 * {@link SaleLineRoutes}, on a free port, with every use case a stub (Mockito mocks for the sale use cases,
 * hand-written fakes for authentication, readiness and idempotency). No database. One server per test class; the
 * stubs are reset before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HttpSliceTest {

    protected static final String TOKEN = "slice-token-of-the-owner";
    protected static final String ALLOWED_ORIGIN = "https://till.example";
    protected static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    protected static final ObjectMapper JSON = new ObjectMapper();
    protected static final Pattern UUID_FORM =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    protected final BusinessId business = BusinessId.of(UUID.randomUUID());
    protected final StorefrontId storefront = StorefrontId.of(UUID.randomUUID());
    protected final CustomerId walkIn = CustomerId.of(UUID.randomUUID());
    protected final Actor owner = new Actor(UserId.of(UUID.randomUUID()), "Ama Owner", business, Role.OWNER, Set.of(),
            null, null);

    /** Every token the authentication stub was asked about (a route that is never reached asks nothing). */
    protected final List<String> authenticated = new CopyOnWriteArrayList<>();
    protected final AuthenticateUseCase authenticate = token -> {
        authenticated.add(token);
        if (!TOKEN.equals(token)) {
            throw AuthenticationException.invalidToken();
        }
        return owner;
    };

    protected final AtomicReference<CheckReadinessUseCase.Readiness> readiness = new AtomicReference<>();
    protected final InMemoryIdempotency idempotency = new InMemoryIdempotency();

    protected final CreateSaleUseCase create = mock(CreateSaleUseCase.class);
    protected final GetSaleUseCase get = mock(GetSaleUseCase.class);
    protected final UpdateSaleUseCase update = mock(UpdateSaleUseCase.class);
    protected final AddItemUseCase addItem = mock(AddItemUseCase.class);
    protected final SaleRoutes.UseCases sales = new SaleRoutes.UseCases(create, get, mock(ListSalesUseCase.class),
            update, mock(CompleteSaleUseCase.class), mock(AbandonSaleUseCase.class), mock(ToggleSaleTypeUseCase.class),
            mock(UpdateSaleCustomerUseCase.class), mock(RecordPaymentUseCase.class));
    protected final SaleLineRoutes.UseCases lines = new SaleLineRoutes.UseCases(addItem,
            mock(UpdateSaleItemUseCase.class), mock(RemoveSaleItemUseCase.class), mock(ReleaseReservationUseCase.class),
            mock(ListSaleReservationsUseCase.class));

    private HttpApi api;
    private HttpClient http;
    private String base;

    @BeforeAll
    void startServer() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        List<Routes> features = List.of(new SaleRoutes(sales, clock, view -> "/sales/receipt/" + view.sale().id() + "/",
                actor -> ZoneId.of("UTC")), new SaleLineRoutes(lines, clock));
        // Shutdown timeout 3 s: a graceful stop closes the client's idle keep-alive connections after about 1 s
        // (java.net.http.HttpClient cannot be closed on Java 17); with less, stop() fails with a TimeoutException.
        api = new HttpApi(new HttpApi.Settings("127.0.0.1", 0, Set.of(ALLOWED_ORIGIN), Set.of(), 16,
                Duration.ofSeconds(3)), authenticate, readiness::get, idempotency, new HttpMetrics(), features, null)
                .start();
        base = "http://127.0.0.1:" + api.port();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @AfterAll
    void stopServer() {
        if (api != null) {
            api.stop();
        }
    }

    @BeforeEach
    void resetStubs() {
        reset(sales.create(), sales.get(), sales.list(), sales.update(), lines.addItem(), lines.updateItem(),
                lines.removeItem(), lines.release(), lines.reservations(), sales.complete(), sales.abandon(),
                sales.toggle(), sales.updateCustomer(), sales.recordPayment());
        authenticated.clear();
        idempotency.clear();
        readiness.set(new CheckReadinessUseCase.Readiness(true, NOW, 0L, "OK", 0));
    }

    // ---- fixtures -----------------------------------------------------------------------------------------

    /** An empty DRAFT sale of the test business at {@code version}. */
    protected Sale draft(long version) {
        return Sale.restore(new Sale.State(SaleId.of(UUID.randomUUID()), business, storefront, owner.userId(), walkIn,
                SaleType.RETAIL, SaleStatus.DRAFT, PaymentType.CASH, Money.ZERO, Money.ZERO, "", version, null,
                Money.ZERO, Money.ZERO, NOW.minusSeconds(60), NOW.minusSeconds(60), null), List.of(), List.of());
    }

    protected SaleView view(Sale sale) {
        return new SaleView(sale, "Main", "MAIN", "Ama Owner", "Walk-in Customer", Map.of(), null);
    }

    protected static String salePath(Object id) {
        return "/sales/api/sales/" + id + "/";
    }

    // ---- HTTP ---------------------------------------------------------------------------------------------

    /** A request as the owner (with the valid token) unless {@code headers} sets another Authorization. */
    protected Response send(String method, String path, String body, String... headers) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Authorization", "Token " + TOKEN);
        for (int i = 0; i < headers.length; i += 2) {
            all.put(headers[i], headers[i + 1]);
        }
        all.values().removeIf(v -> v == null);
        return raw(method, path, body, all);
    }

    /** A request without a token and with exactly these headers. */
    protected Response anonymous(String method, String path, String body, String... headers) {
        Map<String, String> all = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            all.put(headers[i], headers[i + 1]);
        }
        return raw(method, path, body, all);
    }

    protected Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    protected Response post(String path, String body, String... headers) {
        return send("POST", path, body, headers);
    }

    private Response raw(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::setHeader);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, headers and the body as text (and as JSON on demand). */
    protected record Response(int status, HttpHeaders headers, String body) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        /** The body as a map, keys in the order the server wrote them. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> map() {
            try {
                return JSON.readValue(body, LinkedHashMap.class);
            } catch (IOException e) {
                throw new AssertionError("not a JSON object: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /**
     * The idempotency store as a map: a key's first successful answer is kept (per business and key) with the
     * request hash and replayed; the same key with another hash is {@code IDEMPOTENCY_KEY_REUSED}; a failed run
     * keeps nothing. It records every call so tests can see what the adapter handed over.
     */
    protected static final class InMemoryIdempotency implements RunIdempotentlyUseCase {

        public record Call(Actor actor, String key, byte[] hash) {
        }

        private record Saved(byte[] hash, StoredResponse response) {
        }

        private final Map<String, Saved> saved = new ConcurrentHashMap<>();
        public final List<Call> calls = new CopyOnWriteArrayList<>();
        public final AtomicInteger executed = new AtomicInteger();

        void clear() {
            saved.clear();
            calls.clear();
            executed.set(0);
        }

        @Override
        public Outcome run(Actor actor, String key, byte[] requestHash, Supplier<StoredResponse> request) {
            calls.add(new Call(actor, key, requestHash.clone()));
            String id = actor.businessId() + " " + key; // claimed per (business, key), as the real service does
            Saved earlier = saved.get(id);
            if (earlier != null) {
                if (!Arrays.equals(earlier.hash(), requestHash)) {
                    throw IdempotencyException.reused();
                }
                return new Outcome(earlier.response(), true);
            }
            executed.incrementAndGet();
            StoredResponse response = request.get();
            if (response.isSuccess()) {
                saved.put(id, new Saved(requestHash.clone(), response));
            }
            return new Outcome(response, false);
        }
    }
}
