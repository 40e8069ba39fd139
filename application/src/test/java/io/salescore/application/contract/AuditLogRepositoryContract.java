package io.salescore.application.contract;

import io.salescore.application.audit.port.AuditEntry;
import io.salescore.application.audit.port.out.AuditFilter;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.PaymentId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StorefrontId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of {@link AuditLogRepository}: an append-only log that keeps every field, lists newest first by a
 * sequence that only grows, writes in the caller's transaction (so a failed use case leaves nothing) and shows a
 * business only its own entries, filtered as the audit log use case asks. Subclass it with your adapter and its
 * {@link ContractFixture}.
 */
public abstract class AuditLogRepositoryContract<F extends ContractFixture> extends PortContract<F> {

    /** The adapter under test, working on {@code fixture}'s store and joining its unit of work. */
    protected abstract AuditLogRepository auditLogRepository(F fixture);

    private AuditLogRepository repo;
    private Actor cashier;

    @Override
    protected void afterSetUp() {
        repo = auditLogRepository(fixture);
        cashier = new Actor(shop.staff(), "Ama Mensah", shop.business(), Role.CASHIER, Set.of(shop.storefront()),
                "203.0.113.7", "Till/2.1");
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static AuditEvent event(String type, String description) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("quantity", "2.00");
        data.put("product_name", "Cola 33cl");
        return AuditEvent.of(type, description, data);
    }

    private AuditFilter everything() {
        return filter(Optional.empty(), false, false, Optional.empty(), Optional.empty());
    }

    private AuditFilter filter(Optional<Set<UUID>> storefronts, boolean includeUnscoped, boolean salesOnly,
                               Optional<UUID> sale, Optional<String> eventType) {
        return new AuditFilter(shop.business(), storefronts, includeUnscoped, salesOnly, sale, eventType,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private List<AuditEntry> listed(AuditFilter filter) {
        return tx(() -> repo.list(filter, new PageRequest(1, 200))).items();
    }

    private static List<String> types(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::eventType).toList();
    }

    // ---- tests ----------------------------------------------------------------------------------------------

    @Test
    void an_entry_keeps_every_field_of_the_event_and_of_who_did_it() {
        SaleId sale = SaleId.of(UUID.randomUUID());
        SaleItemId item = SaleItemId.of(UUID.randomUUID());
        CustomerId customer = CustomerId.of(UUID.randomUUID());
        PaymentId payment = PaymentId.of(UUID.randomUUID());
        AuditEvent event = event("sale_item.added", "Added 2 x Cola 33cl").withSale(shop.storefront(), sale)
                .withSaleItem(item).withCustomer(customer).withPayment(payment);
        run(() -> repo.append(cashier, at(10), List.of(event)));

        List<AuditEntry> entries = listed(everything());

        assertThat(entries).hasSize(1);
        AuditEntry e = entries.get(0);
        assertThat(e.id()).isNotNull();
        assertThat(e.eventType()).isEqualTo("sale_item.added");
        assertThat(e.timestamp()).isEqualTo(at(10));
        assertThat(e.user()).isEqualTo(shop.staff().value());
        assertThat(e.userName()).isEqualTo("Ama Mensah");
        assertThat(e.storefront()).isEqualTo(shop.storefront().value());
        assertThat(e.sale()).isEqualTo(sale.value());
        assertThat(e.saleItem()).isEqualTo(item.value());
        assertThat(e.customer()).isEqualTo(customer.value());
        assertThat(e.payment()).isEqualTo(payment.value());
        assertThat(e.eventData()).containsExactlyInAnyOrderEntriesOf(Map.of("quantity", "2.00",
                "product_name", "Cola 33cl"));
        assertThat(e.description()).isEqualTo("Added 2 x Cola 33cl");
        assertThat(e.ipAddress()).isEqualTo("203.0.113.7");
        assertThat(e.userAgent()).isEqualTo("Till/2.1");
        assertThat(tx(() -> repo.find(everything(), e.id()))).contains(e);
    }

    @Test
    void system_entries_have_no_user_and_the_user_name_system() {
        run(() -> repo.appendSystem(shop.business(), at(10), List.of(event("stock.released", "Hold expired"))));

        AuditEntry e = listed(everything()).get(0);

        assertThat(e.user()).isNull();
        assertThat(e.userName()).isEqualTo("system");
        assertThat(e.ipAddress()).isNull();
        assertThat(e.userAgent()).isNull();
        assertThat(e.storefront()).isNull();
    }

    @Test
    void entries_list_newest_first_by_a_sequence_that_grows_with_every_append() {
        run(() -> repo.append(cashier, at(10), List.of(event("a.first", "1"), event("a.second", "2"))));
        run(() -> repo.appendSystem(shop.business(), at(10), List.of(event("a.third", "3"))));
        run(() -> repo.append(cashier, at(5), List.of(event("a.fourth", "4"))));

        List<AuditEntry> entries = listed(everything());

        assertThat(types(entries)).containsExactly("a.fourth", "a.third", "a.second", "a.first");
        assertThat(entries.get(0).sequence()).isGreaterThan(entries.get(1).sequence());
        assertThat(entries.get(1).sequence()).isGreaterThan(entries.get(2).sequence());
        assertThat(entries.get(2).sequence()).isGreaterThan(entries.get(3).sequence());
    }

    @Test
    void appending_nothing_writes_nothing() {
        run(() -> repo.append(cashier, at(10), List.of()));
        run(() -> repo.appendSystem(shop.business(), at(10), List.of()));

        assertThat(listed(everything())).isEmpty();
    }

    @Test
    void entries_are_written_in_the_callers_transaction_and_vanish_when_it_fails() {
        assertThatThrownBy(() -> run(() -> {
            repo.append(cashier, at(10), List.of(event("sale.completed", "Completed")));
            throw new IllegalStateException("the use case failed after writing its audit entry");
        })).isInstanceOf(IllegalStateException.class);
        run(() -> repo.append(cashier, at(20), List.of(event("sale.created", "Created"))));

        assertThat(types(listed(everything()))).containsExactly("sale.created");
    }

    @Test
    void a_business_sees_only_its_own_entries() {
        Shop other = newShop("Other Shop", "UTC", "OTHER");
        run(() -> repo.append(cashier, at(10), List.of(event("sale.created", "mine"))));
        run(() -> repo.appendSystem(other.business(), at(10), List.of(event("sale.created", "theirs"))));
        UUID mine = listed(everything()).get(0).id();

        AuditFilter theirs = new AuditFilter(other.business(), Optional.empty(), false, false, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(listed(everything())).extracting(AuditEntry::description).containsExactly("mine");
        assertThat(tx(() -> repo.list(theirs, PageRequest.first())).items()).extracting(AuditEntry::description)
                .containsExactly("theirs");
        assertThat(tx(() -> repo.find(theirs, mine))).isEmpty();
    }

    @Test
    void pages_split_the_newest_first_list_and_carry_the_total() {
        for (int i = 1; i <= 5; i++) {
            String type = "e." + i;
            run(() -> repo.append(cashier, at(10), List.of(event(type, type))));
        }

        Page<AuditEntry> second = tx(() -> repo.list(everything(), new PageRequest(2, 2)));
        Page<AuditEntry> beyond = tx(() -> repo.list(everything(), new PageRequest(4, 2)));

        assertThat(types(second.items())).containsExactly("e.3", "e.2");
        assertThat(second.total()).isEqualTo(5);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void storefront_scope_keeps_other_storefronts_out_and_lets_unscoped_entries_in_only_when_asked_never_staff() {
        StorefrontId annex = fixture.newStorefront(shop.business(), "Annex", "ANNEX", start);
        run(() -> repo.append(cashier, at(10), List.of(
                event("sale.created", "main").withStorefront(shop.storefront()),
                event("sale.created", "annex").withStorefront(annex),
                event("customer.created", "unscoped"),
                event("staff.created", "staff"),
                event("token.revoked", "token"),
                event("business.updated", "business"))));
        Optional<Set<UUID>> mainOnly = Optional.of(Set.of(shop.storefront().value()));

        List<AuditEntry> scoped = listed(filter(mainOnly, false, false, Optional.empty(), Optional.empty()));
        List<AuditEntry> withUnscoped = listed(filter(mainOnly, true, false, Optional.empty(), Optional.empty()));
        List<AuditEntry> unrestricted = listed(everything());

        assertThat(scoped).extracting(AuditEntry::description).containsExactly("main");
        assertThat(withUnscoped).extracting(AuditEntry::description).containsExactly("unscoped", "main");
        assertThat(unrestricted).hasSize(6);
        UUID staffEntry = unrestricted.stream().filter(e -> e.eventType().equals("staff.created")).findFirst()
                .orElseThrow().id();
        assertThat(tx(() -> repo.find(filter(mainOnly, true, false, Optional.empty(), Optional.empty()), staffEntry)))
                .isEmpty();
        assertThat(tx(() -> repo.find(everything(), staffEntry))).isPresent();
    }

    @Test
    void filters_by_sale_event_type_customer_user_and_period_combine() {
        SaleId sale = SaleId.of(UUID.randomUUID());
        CustomerId customer = CustomerId.of(UUID.randomUUID());
        run(() -> repo.append(cashier, at(10), List.of(
                event("sale.created", "s1").withSale(shop.storefront(), sale),
                event("customer.created", "c1").withCustomer(customer))));
        run(() -> repo.appendSystem(shop.business(), at(20), List.of(
                event("sale.cancelled", "s2").withSale(shop.storefront(), sale))));
        run(() -> repo.append(cashier, at(30), List.of(event("sale.created", "other sale")
                .withSale(shop.storefront(), SaleId.of(UUID.randomUUID())))));

        assertThat(listed(filter(Optional.empty(), false, true, Optional.empty(), Optional.empty())))
                .extracting(AuditEntry::description).containsExactly("other sale", "s2", "s1");
        assertThat(listed(filter(Optional.empty(), false, false, Optional.of(sale.value()), Optional.empty())))
                .extracting(AuditEntry::description).containsExactly("s2", "s1");
        assertThat(listed(filter(Optional.empty(), false, false, Optional.empty(), Optional.of("sale.created"))))
                .extracting(AuditEntry::description).containsExactly("other sale", "s1");
        assertThat(listed(new AuditFilter(shop.business(), Optional.empty(), false, false, Optional.empty(),
                Optional.empty(), Optional.of(customer.value()), Optional.empty(), Optional.empty(), Optional.empty())))
                .extracting(AuditEntry::description).containsExactly("c1");
        assertThat(listed(new AuditFilter(shop.business(), Optional.empty(), false, false, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(shop.staff().value()), Optional.empty(),
                Optional.empty()))).extracting(AuditEntry::description).containsExactly("other sale", "c1", "s1");
        Instant from = at(20);
        Instant to = at(30);
        assertThat(listed(new AuditFilter(shop.business(), Optional.empty(), false, false, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(from), Optional.of(to))))
                .as("both bounds inclusive").extracting(AuditEntry::description).containsExactly("other sale", "s2");
    }
}
