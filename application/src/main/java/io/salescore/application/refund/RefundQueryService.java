package io.salescore.application.refund;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.refund.port.in.GetRefundsUseCase;
import io.salescore.application.refund.port.out.RefundRepository;
import io.salescore.application.refund.port.RefundView;
import io.salescore.application.sale.ReceiptLinks;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.shared.AuthenticationException;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PermissionDeniedException;

import java.util.Optional;
import java.util.UUID;

/**
 * Refunds as managers read them: the list (filtered to the caller's storefronts), one refund, its receipt. A
 * CASHIER takes no refunds and reads none (403), except through a signed receipt link a manager handed over.
 */
public final class RefundQueryService implements GetRefundsUseCase {

    private final UnitOfWork tx;
    private final RefundRepository refunds;
    private final SaleCatalog catalog;
    private final ReceiptLinks links;

    public RefundQueryService(UnitOfWork tx, RefundRepository refunds, SaleCatalog catalog, ReceiptLinks links) {
        this.tx = tx;
        this.refunds = refunds;
        this.catalog = catalog;
        this.links = links;
    }

    @Override
    public Page<RefundView> list(Actor actor, Query query, PageRequest page) {
        requireReader(actor);
        query.storefront().ifPresent(actor::requireStorefront);
        return tx.inTransaction(() -> refunds.list(new RefundRepository.Filter(actor.businessId(),
                actor.isOwnerOrAdmin() ? Optional.empty() : Optional.of(actor.storefronts()), query.sale(),
                query.storefront(), query.createdFrom(), query.createdTo()), page));
    }

    @Override
    public RefundView get(Actor actor, UUID id) {
        requireReader(actor);
        return tx.inTransaction(() -> visible(actor, id));
    }

    @Override
    public Receipt receipt(Actor actor, UUID id) {
        requireReader(actor);
        return tx.inTransaction(() -> new Receipt(visible(actor, id), catalog.business(actor.businessId())));
    }

    @Override
    public Receipt receiptByLink(UUID id, long expires, String signature) {
        if (!links.verifyRefund(id, expires, signature)) {
            throw AuthenticationException.invalidSignature();
        }
        return tx.inTransaction(() -> {
            RefundView refund = refunds.findAnywhere(id).orElseThrow(NotFoundException::new);
            return new Receipt(refund, catalog.business(refund.business()));
        });
    }

    private RefundView visible(Actor actor, UUID id) {
        RefundView refund = refunds.find(actor.businessId(), id).orElseThrow(NotFoundException::new);
        actor.requireStorefront(refund.storefront());
        return refund;
    }

    private static void requireReader(Actor actor) {
        if (actor.role() == Role.CASHIER) {
            throw new PermissionDeniedException("Only managers, admins and owners may see refunds.");
        }
    }
}
