package io.salescore.application.inventory;

import io.salescore.application.common.Input;
import io.salescore.application.audit.ChangeEvents;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.in.CreateStorefrontCommand;
import io.salescore.application.inventory.port.StorefrontFilter;
import io.salescore.application.inventory.port.in.StorefrontsUseCase;
import io.salescore.application.inventory.port.in.UpdateStorefrontCommand;
import io.salescore.application.inventory.port.out.StorefrontRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.inventory.StorefrontCode;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.ValidationException;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storefront lifecycle, audited ({@code storefront.*}); a derived code that a concurrent creation took first is derived again. */
public final class StorefrontService implements StorefrontsUseCase {

    static final String CODE_TAKEN = "A storefront with this code already exists.";
    private static final int DERIVE_ATTEMPTS = 10;

    private final UnitOfWork tx;
    private final StorefrontRepository storefronts;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditLogRepository audit;

    public StorefrontService(UnitOfWork tx, StorefrontRepository storefronts, AuditLogRepository audit,
                             IdGenerator ids, Clock clock) {
        this.tx = tx;
        this.storefronts = storefronts;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Page<Storefront> list(Actor actor, StorefrontFilter filter, PageRequest page) {
        return tx.inTransaction(() -> storefronts.list(actor.businessId(), filter, StorefrontScope.of(actor), page));
    }

    @Override
    public Storefront get(Actor actor, StorefrontId id) {
        return tx.inTransaction(() -> {
            Storefront storefront = storefronts.find(actor.businessId(), id).orElseThrow(NotFoundException::new);
            actor.requireStorefront(id);
            return storefront;
        });
    }

    @Override
    public Storefront create(Actor actor, Input<CreateStorefrontCommand> input) {
        return tx.inTransaction(() -> {
            input.requireParsable();
            actor.requireOwnerOrAdmin();
            CreateStorefrontCommand command = input.get();
            BusinessId business = actor.businessId();
            StorefrontId id = StorefrontId.of(ids.newId());
            Instant now = clock.instant();
            if (command.code() != null) {
                Storefront storefront = Storefront.open(id, business, command.name(), command.location(),
                        new StorefrontCode(command.code()), now);
                if (!storefronts.insertIfCodeFree(storefront)) {
                    throw ValidationException.field("code", CODE_TAKEN);
                }
                return created(actor, storefront, now);
            }
            for (int attempt = 0; attempt < DERIVE_ATTEMPTS; attempt++) {
                StorefrontCode code = StorefrontCode.derive(command.name(), storefronts.codesInUse(business));
                Storefront storefront = Storefront.open(id, business, command.name(), command.location(), code, now);
                if (storefronts.insertIfCodeFree(storefront)) {
                    return created(actor, storefront, now);
                }
            }
            throw ValidationException.field("code", "Could not find a free code; please choose one.");
        });
    }

    @Override
    public Storefront update(Actor actor, StorefrontId id, Input<UpdateStorefrontCommand> input) {
        return tx.inTransaction(() -> {
            Storefront storefront = locked(actor, id);
            input.requireParsable();
            actor.requireOwnerOrAdmin();
            UpdateStorefrontCommand command = input.get();
            StorefrontCode code = command.code() == null ? null : new StorefrontCode(command.code());
            boolean receiptIssued = storefront.codeDiffersFrom(code) && storefronts.hasReceipt(actor.businessId(), id);
            Storefront.State before = storefront.state();
            Instant now = clock.instant();
            storefront.update(command.name(), command.location(), code, receiptIssued, command.active(), now);
            storefronts.update(storefront);
            changed(storefront, before).ifPresent(e -> audit.append(actor, now, List.of(e)));
            return storefront;
        });
    }

    @Override
    public void deactivate(Actor actor, StorefrontId id) {
        tx.run(() -> {
            Storefront storefront = locked(actor, id);
            actor.requireOwnerOrAdmin();
            Storefront.State before = storefront.state();
            Instant now = clock.instant();
            storefront.deactivate(now);
            storefronts.update(storefront);
            changed(storefront, before).ifPresent(e -> audit.append(actor, now, List.of(e)));
        });
    }

    // ---- audit: storefront.created, storefront.updated, storefront.deactivated ----

    private Storefront created(Actor actor, Storefront storefront, Instant now) {
        audit.append(actor, now, List.of(ChangeEvents.created("storefront", "storefront_id", storefront.id().value(),
                "Storefront " + storefront.name(), fields(storefront.state())).withStorefront(storefront.id())));
        return storefront;
    }

    private static Optional<io.salescore.domain.audit.AuditEvent> changed(Storefront storefront,
                                                                          Storefront.State before) {
        return ChangeEvents.changed("storefront", "storefront_id", storefront.id().value(),
                        "Storefront " + storefront.name(), fields(before), fields(storefront.state()))
                .map(e -> e.withStorefront(storefront.id()));
    }

    private static Map<String, Object> fields(Storefront.State s) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", s.name());
        fields.put("location", s.location());
        fields.put("code", s.code().value());
        fields.put("is_active", s.active());
        return fields;
    }

    private Storefront locked(Actor actor, StorefrontId id) {
        return storefronts.findForUpdate(actor.businessId(), id).orElseThrow(NotFoundException::new);
    }
}
