package io.salescore.examples.embedding;

import io.salescore.application.audit.port.AuditEntry;
import io.salescore.application.common.Input;
import io.salescore.application.customer.port.in.CreateCustomerCommand;
import io.salescore.application.sale.port.in.AbandonSaleUseCase;
import io.salescore.application.sale.port.in.AddItemUseCase;
import io.salescore.application.sale.port.in.CompleteSaleUseCase;
import io.salescore.application.sale.port.in.CreateSaleUseCase;
import io.salescore.application.sale.port.in.LineResult;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.inventory.MovementKind;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.inventory.StockMovement;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.ReceiptNumber;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.sale.Tender;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.InsufficientStockException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.StorefrontId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedding guide's walkthrough (docs/embedding.md), read top to bottom: the real use cases of the sales core,
 * running on the in-memory adapters of this module, with a clock the test moves by hand.
 */
class SaleLifecycleWalkthroughTest {

    private static final Duration TTL = Duration.ofMinutes(30);

    private final ManualClock clock = new ManualClock(Instant.parse("2025-03-14T09:00:00Z"));
    private final EmbeddedSalesCore core = new EmbeddedSalesCore(clock, TTL);
    private final BackOffice backOffice = core.backOffice();

    private BusinessId shop;
    private StorefrontId main;
    private ProductId beans;
    private ProductId oatMilk;
    private Actor alice;
    private Actor bob;

    @BeforeEach
    void stock_a_storefront() {
        // Master data is yours: the back office writes it straight into the example's adapters.
        shop = backOffice.addBusiness("Corner Coffee", "EUR", "Europe/Lisbon");
        main = backOffice.addStorefront(shop, "Main Street", "MAIN");
        beans = backOffice.addProduct(shop, "Espresso beans 1 kg", "BEANS-1KG", Money.of("18.00"));
        oatMilk = backOffice.addProduct(shop, "Oat milk 1 l", "OAT-1L", Money.of("2.50"));
        backOffice.receive(shop, main, beans, Quantity.of(1)); // one bag only: two carts will want it
        backOffice.receive(shop, main, oatMilk, Quantity.of(10));

        // Every use case takes an Actor: who acts, in which business, with which role and storefronts.
        alice = backOffice.staff(shop, "Alice", Role.CASHIER, main);
        bob = backOffice.staff(shop, "Bob", Role.CASHIER, main);
    }

    @Test
    void two_cashiers_one_bag_of_beans() {
        // 1. Alice opens a sale: a DRAFT cart for the walk-in customer.
        SaleView aliceCart = core.createSale().create(alice, new CreateSaleUseCase.Command(
                main, Optional.empty(), SaleType.RETAIL, PaymentType.CASH, ""));
        assertThat(aliceCart.sale().status()).isEqualTo(SaleStatus.DRAFT);
        assertThat(aliceCart.customerName()).isEqualTo(Customer.WALK_IN_NAME);

        // 2. She adds the bag. The line is priced from the product's batch and holds its stock for 30 minutes.
        LineResult added = core.addItem().addItem(alice, new AddItemUseCase.Command(
                aliceCart.sale().id(), Optional.empty(), Input.of(new AddItemUseCase.Item(
                        beans, Optional.empty(), Quantity.of(1), Optional.empty(), Optional.empty(),
                        Optional.empty()))));
        assertThat(added.saleLine().unitPrice()).isEqualTo(Money.of("18.00"));
        Reservation aliceHold = added.sale().reservationOf(added.line()).orElseThrow();
        assertThat(aliceHold.status()).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(aliceHold.expiresAt()).isEqualTo(clock.instant().plus(TTL));
        assertThat(backOffice.stock(shop, main, beans).reserved()).isEqualByComparingTo("1");

        // 3. Bob opens another cart. The only bag is held: he cannot take it.
        SaleId bobCart = open(bob);
        assertThatThrownBy(() -> addItem(bob, bobCart, beans, 1))
                .isInstanceOfSatisfying(InsufficientStockException.class, e -> {
                    assertThat(e.code()).isEqualTo("INSUFFICIENT_STOCK");
                    assertThat(e.details()).containsEntry("available", "0.00").containsEntry("requested", "1.00");
                });
        // The refused use case had already written its line when the stock said no: the unit of work rolled it back.
        assertThat(core.getSale().get(bob, bobCart).sale().lines()).isEmpty();

        // 4. Alice is called away. 31 minutes later her hold has expired: by time alone, no job had to run.
        clock.advance(Duration.ofMinutes(31));
        Reservation expired = core.getSale().get(alice, aliceCart.sale().id()).reservationOf(added.line()).orElseThrow();
        assertThat(expired.status()).isEqualTo(ReservationStatus.ACTIVE); // as stored...
        assertThat(expired.effectiveStatus(clock.instant())).isEqualTo(ReservationStatus.EXPIRED); // ...as it counts

        // 5. Bob tries again and gets the bag. The reserved counter still counted Alice's hold, so the guarded
        //    update refused once; the service then expired that product's due holds and took the stock.
        addItem(bob, bobCart, beans, 1);
        LineResult milk = addItem(bob, bobCart, oatMilk, 2);
        assertThat(milk.sale().sale().totals().totalAmount()).isEqualTo(Money.of("23.00"));
        assertThat(core.saleReservations().list(alice, aliceCart.sale().id(), Optional.empty()).reservations())
                .singleElement().satisfies(r -> {
                    assertThat(r.reservation().status()).isEqualTo(ReservationStatus.EXPIRED);
                    assertThat(r.reservation().releaseReason()).isEqualTo(ReleaseReason.EXPIRED);
                    assertThat(r.productName()).isEqualTo("Espresso beans 1 kg");
                });

        // 6. Bob's customer pays 30.00 in cash for 23.00: the sale completes, with change and a receipt number
        //    <storefront code>-<day in the business timezone>-<sequence>.
        SaleView sold = core.completeSale().complete(bob, new CompleteSaleUseCase.Command(
                bobCart, Optional.empty(), Input.of(new CompleteSaleUseCase.Checkout(
                        Optional.empty(), List.of(new Tender(Money.of("30.00"), PaymentMethod.CASH, "")),
                        Optional.empty(), Optional.empty(), Optional.empty()))));
        assertThat(sold.sale().status()).isEqualTo(SaleStatus.COMPLETED);
        assertThat(sold.sale().totals().amountPaid()).isEqualTo(Money.of("30.00"));
        assertThat(sold.sale().totals().changeGiven()).isEqualTo(Money.of("7.00"));
        assertThat(sold.sale().totals().amountDue()).isEqualTo(Money.ZERO);
        assertThat(sold.sale().receiptNumber()).contains(new ReceiptNumber("MAIN-20250314-0001"));
        assertThat(sold.reservations().values()).extracting(Reservation::status)
                .containsOnly(ReservationStatus.COMMITTED);

        // Stock was taken, the counter dropped with it, and the ledger explains the quantity.
        assertThat(backOffice.stock(shop, main, beans).quantity()).isEqualByComparingTo("0");
        assertThat(backOffice.stock(shop, main, oatMilk).quantity()).isEqualByComparingTo("8");
        assertThat(backOffice.stock(shop, main, oatMilk).reserved()).isEqualByComparingTo("0");
        List<StockMovement> ledger = backOffice.movements(shop, main, oatMilk);
        assertThat(ledger).extracting(StockMovement::kind).containsExactly(MovementKind.TRANSFER_IN, MovementKind.SALE);
        assertThat(ledger.stream().map(StockMovement::quantityDelta).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("8");

        // 7. Alice comes back. Checkout re-holds lines whose hold ran out, but the bag is sold: INSUFFICIENT_STOCK,
        //    naming her line, and her sale is still a DRAFT with nothing changed.
        assertThatThrownBy(() -> payCash(alice, aliceCart.sale().id(), "18.00"))
                .isInstanceOfSatisfying(InsufficientStockException.class,
                        e -> assertThat(e.details()).containsEntry("sale_item_id", added.line().toString()));
        assertThat(core.getSale().get(alice, aliceCart.sale().id()).sale().status()).isEqualTo(SaleStatus.DRAFT);

        // 8. She abandons the cart. Nothing is released: her hold had already expired (expired is not released).
        //    Abandoning again is a safe repeat.
        AbandonSaleUseCase.Result abandoned = core.abandonSale().abandon(alice, aliceCart.sale().id(), Optional.empty());
        assertThat(abandoned.sale().sale().status()).isEqualTo(SaleStatus.CANCELLED);
        assertThat(abandoned.released()).isEmpty();
        assertThat(core.abandonSale().abandon(alice, aliceCart.sale().id(), Optional.empty()).alreadyCancelled())
                .isTrue();

        // Everything above is in the audit log, written in the same transactions as the changes.
        assertThat(core.auditLog().entries(shop)).extracting(AuditEntry::eventType).contains(
                "sale.created", "sale_item.added", "stock.reserved", "stock.released", "stock.committed",
                "sale.completed", "sale.cancelled");
    }

    @Test
    void abandoning_a_cart_gives_its_stock_back_at_once() {
        SaleId cart = open(alice);
        addItem(alice, cart, oatMilk, 3);
        assertThat(backOffice.stock(shop, main, oatMilk).reserved()).isEqualByComparingTo("3");

        AbandonSaleUseCase.Result result = core.abandonSale().abandon(alice, cart, Optional.empty());

        assertThat(result.sale().sale().status()).isEqualTo(SaleStatus.CANCELLED);
        assertThat(result.released()).singleElement()
                .satisfies(r -> assertThat(r.quantity()).isEqualTo(Quantity.of(3)));
        assertThat(result.sale().reservations().values()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReservationStatus.RELEASED);
            assertThat(r.releaseReason()).isEqualTo(ReleaseReason.SALE_ABANDONED);
        });
        assertThat(backOffice.stock(shop, main, oatMilk).reserved()).isEqualByComparingTo("0");
        // Another cart can take all ten again.
        addItem(bob, open(bob), oatMilk, 10);
    }

    @Test
    void activity_on_a_cart_keeps_its_holds_alive() {
        SaleId cart = open(alice);
        addItem(alice, cart, oatMilk, 1);

        // 20 minutes later she scans another item: every live hold of the sale now runs 30 minutes from here.
        clock.advance(Duration.ofMinutes(20));
        addItem(alice, cart, beans, 1);
        clock.advance(Duration.ofMinutes(20)); // 40 minutes after the first scan

        SaleView view = core.getSale().get(alice, cart);
        assertThat(view.sale().lines()).allSatisfy(line ->
                assertThat(view.liveHoldOf(line.id(), clock.instant())).isPresent());
        assertThat(payCash(alice, cart, "20.50").sale().status()).isEqualTo(SaleStatus.COMPLETED);
    }

    @Test
    void a_named_customer_buys_on_account() {
        Actor owner = backOffice.staff(shop, "Olga", Role.OWNER);
        Customer regular = core.createCustomer().create(owner, new CreateCustomerCommand("Rita Regular", null,
                "+351 912 345 678", null, null, Money.of("50.00"), null, null));

        SaleView cart = core.createSale().create(alice, new CreateSaleUseCase.Command(
                main, Optional.of(regular.id()), SaleType.RETAIL, PaymentType.CREDIT, ""));
        addItem(alice, cart.sale().id(), beans, 1);

        // A 5.00 deposit on 18.00: PARTIAL, and the 13.00 left due becomes the customer's balance.
        SaleView sold = core.completeSale().complete(alice, new CompleteSaleUseCase.Command(
                cart.sale().id(), Optional.empty(), Input.of(new CompleteSaleUseCase.Checkout(
                        Optional.empty(), List.of(new Tender(Money.of("5.00"), PaymentMethod.CASH, "")),
                        Optional.empty(), Optional.empty(), Optional.empty()))));

        assertThat(sold.sale().status()).isEqualTo(SaleStatus.PARTIAL);
        assertThat(sold.sale().amountDue()).isEqualTo(Money.of("13.00"));
        assertThat(sold.receipt().customerName()).isEqualTo("Rita Regular");
        Customer after = core.getCustomer().get(owner, regular.id());
        assertThat(after.state().outstandingBalance()).isEqualTo(Money.of("13.00"));
        assertThat(after.availableCredit()).isEqualTo(Money.of("37.00"));
    }

    // ---- the commands, built the way an embedding system builds them -------------------------------------------

    private SaleId open(Actor cashier) {
        return core.createSale().create(cashier, new CreateSaleUseCase.Command(
                main, Optional.empty(), SaleType.RETAIL, PaymentType.CASH, "")).sale().id();
    }

    private LineResult addItem(Actor cashier, SaleId sale, ProductId product, long quantity) {
        return core.addItem().addItem(cashier, new AddItemUseCase.Command(sale, Optional.empty(), Input.of(
                new AddItemUseCase.Item(product, Optional.empty(), Quantity.of(quantity), Optional.empty(),
                        Optional.empty(), Optional.empty()))));
    }

    private SaleView payCash(Actor cashier, SaleId sale, String amount) {
        return core.completeSale().complete(cashier, new CompleteSaleUseCase.Command(sale, Optional.empty(),
                Input.of(new CompleteSaleUseCase.Checkout(Optional.empty(),
                        List.of(new Tender(Money.of(amount), PaymentMethod.CASH, "")), Optional.empty(),
                        Optional.empty(), Optional.empty()))));
    }
}
