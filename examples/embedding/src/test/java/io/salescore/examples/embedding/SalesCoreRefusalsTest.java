package io.salescore.examples.embedding;

import io.salescore.application.common.Input;
import io.salescore.application.customer.port.in.CreateCustomerCommand;
import io.salescore.application.sale.port.in.AddItemUseCase;
import io.salescore.application.sale.port.in.CompleteSaleUseCase;
import io.salescore.application.sale.port.in.CreateSaleUseCase;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.ReceiptNumber;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.sale.Tender;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.DomainException;
import io.salescore.domain.shared.ExpectedVersion;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.StorefrontId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The same embedded services refuse what they should, with the stable codes an embedding system switches on, and
 * a refusal changes nothing.
 */
class SalesCoreRefusalsTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2025-03-14T09:00:00Z"));
    private final EmbeddedSalesCore core = new EmbeddedSalesCore(clock, Duration.ofMinutes(30));
    private final BackOffice backOffice = core.backOffice();

    private BusinessId shop;
    private StorefrontId main;
    private ProductId beans;
    private Actor alice;

    @BeforeEach
    void stock_a_storefront() {
        shop = backOffice.addBusiness("Corner Coffee", "EUR", "Europe/Lisbon");
        main = backOffice.addStorefront(shop, "Main Street", "MAIN");
        beans = backOffice.addProduct(shop, "Espresso beans 1 kg", "BEANS-1KG", Money.of("18.00"));
        backOffice.receive(shop, main, beans, Quantity.of(5));
        alice = backOffice.staff(shop, "Alice", Role.CASHIER, main);
    }

    @Test
    void a_completed_sale_takes_no_more_changes() {
        SaleId sale = open(Optional.empty(), PaymentType.CASH);
        addItem(sale, "1");
        complete(sale, Optional.empty(), new Tender(Money.of("18.00"), PaymentMethod.CASH, ""));

        expectCode(() -> addItem(sale, "1"), "INVALID_SALE_STATUS");
        expectCode(() -> complete(sale, Optional.empty(), new Tender(Money.of("18.00"), PaymentMethod.CASH, "")),
                "INVALID_SALE_STATUS");
        expectCode(() -> core.abandonSale().abandon(alice, sale, Optional.empty()), "INVALID_SALE_STATUS");
        assertThatThrownBy(() -> addItem(sale, "1")).isInstanceOfSatisfying(DomainException.class, e ->
                assertThat(e.details()).containsEntry("current_status", "COMPLETED")
                        .containsEntry("allowed_status", "DRAFT"));
    }

    @Test
    void a_cancelled_sale_cannot_be_filled_or_completed() {
        SaleId sale = open(Optional.empty(), PaymentType.CASH);
        addItem(sale, "1");
        core.abandonSale().abandon(alice, sale, Optional.empty());

        expectCode(() -> addItem(sale, "1"), "INVALID_SALE_STATUS");
        expectCode(() -> complete(sale, Optional.empty(), new Tender(Money.of("18.00"), PaymentMethod.CASH, "")),
                "INVALID_SALE_STATUS");
    }

    @Test
    void a_checkout_that_fails_leaves_everything_as_it_was() {
        SaleId empty = open(Optional.empty(), PaymentType.CASH);
        expectCode(() -> complete(empty, Optional.empty()), "EMPTY_SALE");

        SaleId sale = open(Optional.empty(), PaymentType.CARD);
        addItem(sale, "2");
        expectCode(() -> complete(sale, Optional.empty()), "PAYMENT_REQUIRED");
        expectCode(() -> complete(sale, Optional.empty(), new Tender(Money.of("40.00"), PaymentMethod.CARD, "")),
                "OVERPAYMENT_NOT_ALLOWED"); // only cash can be overpaid
        expectCode(() -> complete(sale, Optional.empty(), new Tender(Money.of("36.00"), PaymentMethod.CASH, "")),
                "VALIDATION_ERROR"); // a CARD sale takes card payments only
        expectCode(() -> complete(sale, Optional.of(PaymentType.CREDIT)), "CUSTOMER_REQUIRED"); // walk-in: no credit

        SaleView unchanged = core.getSale().get(alice, sale);
        assertThat(unchanged.sale().status()).isEqualTo(SaleStatus.DRAFT);
        assertThat(unchanged.sale().payments()).isEmpty();
        assertThat(unchanged.reservations().values()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReservationStatus.ACTIVE));
        assertThat(backOffice.stock(shop, main, beans).quantity()).isEqualByComparingTo("5");
        assertThat(backOffice.stock(shop, main, beans).reserved()).isEqualByComparingTo("2");

        // No receipt number was used up by the failures: the first sale that completes gets 0001.
        SaleView sold = complete(sale, Optional.empty(), new Tender(Money.of("36.00"), PaymentMethod.CARD, "T-1"));
        assertThat(sold.sale().receiptNumber()).contains(new ReceiptNumber("MAIN-20250314-0001"));
    }

    @Test
    void credit_stays_within_the_customer_limit() {
        Actor owner = backOffice.staff(shop, "Olga", Role.OWNER);
        Customer regular = core.createCustomer().create(owner, new CreateCustomerCommand("Rita Regular", null, null,
                null, null, Money.of("20.00"), null, null));
        SaleId sale = open(Optional.of(regular.id()), PaymentType.CREDIT);
        addItem(sale, "2"); // 36.00 on a 20.00 limit

        assertThatThrownBy(() -> complete(sale, Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("CREDIT_LIMIT_EXCEEDED");
                    assertThat(e.details()).containsEntry("available", "20.00").containsEntry("requested", "36.00");
                });
        assertThat(core.getCustomer().get(owner, regular.id()).state().outstandingBalance()).isEqualTo(Money.ZERO);
    }

    @Test
    void a_piece_counted_product_takes_whole_quantities() {
        SaleId sale = open(Optional.empty(), PaymentType.CASH);
        expectCode(() -> addItem(sale, "1.5"), "VALIDATION_ERROR");
    }

    @Test
    void a_stale_version_is_refused() {
        SaleId sale = open(Optional.empty(), PaymentType.CASH); // version 1
        addItem(sale, "1"); // version 2
        AddItemUseCase.Command stale = new AddItemUseCase.Command(sale, Optional.of(ExpectedVersion.version(1)),
                Input.of(item("1")));
        expectCode(() -> core.addItem().addItem(alice, stale), "PRECONDITION_FAILED");
    }

    @Test
    void other_storefronts_and_other_businesses_are_out_of_reach() {
        SaleId sale = open(Optional.empty(), PaymentType.CASH);

        StorefrontId airport = backOffice.addStorefront(shop, "Airport", "AIRPORT");
        Actor carlos = backOffice.staff(shop, "Carlos", Role.CASHIER, airport);
        expectCode(() -> core.getSale().get(carlos, sale), "PERMISSION_DENIED");

        BusinessId rival = backOffice.addBusiness("Rival Roasters", "EUR", "Europe/Lisbon");
        Actor stranger = backOffice.staff(rival, "Sam", Role.OWNER);
        expectCode(() -> core.getSale().get(stranger, sale), "NOT_FOUND"); // another business's sale does not exist
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static void expectCode(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    private SaleId open(Optional<CustomerId> customer, PaymentType paymentType) {
        return core.createSale().create(alice, new CreateSaleUseCase.Command(main, customer, SaleType.RETAIL,
                paymentType, "")).sale().id();
    }

    private AddItemUseCase.Item item(String quantity) {
        return new AddItemUseCase.Item(beans, Optional.empty(), Quantity.of(quantity), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private void addItem(SaleId sale, String quantity) {
        core.addItem().addItem(alice, new AddItemUseCase.Command(sale, Optional.empty(), Input.of(item(quantity))));
    }

    private SaleView complete(SaleId sale, Optional<PaymentType> paymentType, Tender... payments) {
        return core.completeSale().complete(alice, new CompleteSaleUseCase.Command(sale, Optional.empty(),
                Input.of(new CompleteSaleUseCase.Checkout(paymentType, List.of(payments), Optional.empty(),
                        Optional.empty(), Optional.empty()))));
    }
}
