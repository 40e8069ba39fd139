package io.salescore.application.sale;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.sale.port.SaleCriteria;
import io.salescore.application.sale.port.SaleView;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleFilter;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.StorefrontId;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** GetSaleService: one sale (404 outside the business, 403 outside the caller's storefronts) and the list's filter. */
class GetSaleServiceTest {

    private final SaleFixtures f = new SaleFixtures();
    private final InlineUnitOfWork tx = new InlineUnitOfWork();
    private final SaleRepository sales = mock(SaleRepository.class);
    private final SaleCatalog catalog = mock(SaleCatalog.class);
    private final GetSaleService service = new GetSaleService(tx, sales, catalog);
    private final Actor cashierHere = new Actor(f.owner.userId(), "Cashier", f.business, Role.CASHIER,
            Set.of(f.storefront), null, null);

    private static SaleCriteria at(StorefrontId storefront) {
        return SaleCriteria.basic(List.of(), Optional.of(storefront), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void one_sale_is_not_found_outside_the_business_and_forbidden_outside_the_callers_storefronts() {
        Sale sale = f.draft();
        SaleView view = f.view(sale, Map.of());
        when(sales.find(f.business, sale.id())).thenReturn(Optional.of(view));

        assertThat(service.get(cashierHere, sale.id())).isSameAs(view);
        assertThatThrownBy(() -> service.get(SaleChangeChecks.cashierElsewhere(f), sale.id()))
                .isInstanceOf(PermissionDeniedException.class);
        when(sales.find(f.business, sale.id())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service.get(f.owner, sale.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_cashiers_list_is_limited_to_their_storefronts_an_owners_is_not() {
        Page<SaleView> page = new Page<>(List.of(), 0, PageRequest.first());
        when(sales.list(any(), any())).thenReturn(page);
        ArgumentCaptor<SaleFilter> filter = ArgumentCaptor.forClass(SaleFilter.class);

        assertThat(service.list(cashierHere, SaleCriteria.none(), PageRequest.first())).isSameAs(page);
        service.list(f.owner, SaleCriteria.none(), PageRequest.first());

        verify(sales, times(2)).list(filter.capture(), eq(PageRequest.first()));
        assertThat(filter.getAllValues().get(0).visibleStorefronts()).contains(Set.of(f.storefront));
        assertThat(filter.getAllValues().get(1).visibleStorefronts()).isEmpty();
        assertThat(filter.getAllValues()).allSatisfy(fl -> assertThat(fl.business()).isEqualTo(f.business));
    }

    @Test
    void filtering_on_a_storefront_of_the_business_outside_the_callers_is_refused_an_unknown_one_is_not() {
        StorefrontId other = StorefrontId.of(UUID.randomUUID());
        when(catalog.storefront(f.business, other)).thenReturn(Optional.of(
                new SaleCatalog.Storefront(other, "Other", "OTH", true)));

        assertThatThrownBy(() -> service.list(cashierHere, at(other), PageRequest.first()))
                .isInstanceOf(PermissionDeniedException.class);
        verify(sales, never()).list(any(), any());

        StorefrontId unknown = StorefrontId.of(UUID.randomUUID());
        when(catalog.storefront(f.business, unknown)).thenReturn(Optional.empty());
        Page<SaleView> empty = new Page<>(List.of(), 0, PageRequest.first());
        when(sales.list(any(), any())).thenReturn(empty);
        assertThat(service.list(cashierHere, at(unknown), PageRequest.first())).isSameAs(empty);
    }
}
