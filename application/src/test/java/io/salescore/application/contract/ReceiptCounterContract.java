package io.salescore.application.contract;

import io.salescore.application.sale.port.out.ReceiptCounter;
import io.salescore.domain.sale.ReceiptNumber;
import io.salescore.domain.shared.StorefrontId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of {@link ReceiptCounter}: consecutive numbers per storefront and business-local day, starting at 1,
 * never shared between storefronts or businesses, and given back by a transaction that fails (no gaps). Subclass it
 * with your adapter and its {@link ContractFixture}.
 */
public abstract class ReceiptCounterContract<F extends ContractFixture> extends PortContract<F> {

    /** The adapter under test, working on {@code fixture}'s store and joining its unit of work. */
    protected abstract ReceiptCounter receiptCounter(F fixture);

    private ReceiptCounter counter;

    @Override
    protected void afterSetUp() {
        counter = receiptCounter(fixture);
    }

    private ReceiptNumber next(Shop in, StorefrontId storefront, Instant at) {
        return tx(() -> counter.next(in.business(), storefront, at));
    }

    private LocalDate utcDay() {
        return LocalDate.ofInstant(start, ZoneOffset.UTC);
    }

    @Test
    void numbers_of_a_storefront_start_at_one_and_increase_by_one_within_a_day() {
        assertThat(next(shop, shop.storefront(), at(10))).isEqualTo(ReceiptNumber.of("MAIN", utcDay(), 1));
        assertThat(next(shop, shop.storefront(), at(20))).isEqualTo(ReceiptNumber.of("MAIN", utcDay(), 2));
        assertThat(next(shop, shop.storefront(), at(20))).isEqualTo(ReceiptNumber.of("MAIN", utcDay(), 3));
    }

    @Test
    void each_storefront_and_each_business_counts_on_its_own() {
        StorefrontId annex = fixture.newStorefront(shop.business(), "Annex", "ANNEX", start);
        Shop other = newShop("Other Shop", "UTC", "MAIN");
        next(shop, shop.storefront(), at(10));
        next(shop, shop.storefront(), at(10));

        assertThat(next(shop, annex, at(10))).isEqualTo(ReceiptNumber.of("ANNEX", utcDay(), 1));
        assertThat(next(other, other.storefront(), at(10))).isEqualTo(ReceiptNumber.of("MAIN", utcDay(), 1));
        assertThat(next(shop, shop.storefront(), at(10))).isEqualTo(ReceiptNumber.of("MAIN", utcDay(), 3));
    }

    @Test
    void a_new_business_local_day_starts_again_at_one() {
        next(shop, shop.storefront(), at(10));
        next(shop, shop.storefront(), at(20));
        Instant nextDay = at(86_400 + 10);

        assertThat(next(shop, shop.storefront(), nextDay))
                .isEqualTo(ReceiptNumber.of("MAIN", utcDay().plusDays(1), 1));
    }

    @Test
    void the_day_is_the_day_in_the_business_timezone() {
        Shop auckland = newShop("Harbour Shop", "Pacific/Auckland", "HARBOUR");
        Shop honolulu = newShop("Beach Shop", "Pacific/Honolulu", "BEACH");
        Instant noonUtc = at(12 * 3600);

        ReceiptNumber ahead = next(auckland, auckland.storefront(), noonUtc);
        ReceiptNumber behind = next(honolulu, honolulu.storefront(), at(6 * 3600));

        assertThat(LocalDate.ofInstant(noonUtc, ZoneId.of("Pacific/Auckland"))).isEqualTo(utcDay().plusDays(1));
        assertThat(ahead).isEqualTo(ReceiptNumber.of("HARBOUR", utcDay().plusDays(1), 1));
        assertThat(behind).isEqualTo(ReceiptNumber.of("BEACH", utcDay().minusDays(1), 1));
    }

    @Test
    void a_transaction_that_fails_gives_its_number_back() {
        next(shop, shop.storefront(), at(10));

        assertThatThrownBy(() -> run(() -> {
            counter.next(shop.business(), shop.storefront(), at(20));
            throw new IllegalStateException("checkout failed after taking its receipt number");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(next(shop, shop.storefront(), at(30))).isEqualTo(ReceiptNumber.of("MAIN", utcDay(), 2));
    }
}
