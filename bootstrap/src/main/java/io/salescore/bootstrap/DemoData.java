package io.salescore.bootstrap;

import io.salescore.application.account.port.in.AuthSession;
import io.salescore.application.account.port.in.CreateStaffCommand;
import io.salescore.application.account.port.in.LoginCommand;
import io.salescore.application.account.port.in.RegisterCommand;
import io.salescore.application.customer.port.in.CreateCustomerCommand;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.customer.CustomerType;
import io.salescore.domain.shared.AuthenticationException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.StorefrontId;

import java.io.PrintStream;
import java.util.List;

/**
 * The demo business, loaded once (found again by its owner's email) with fixed logins that are NOT for
 * production. Every start mints and prints fresh tokens.
 */
final class DemoData {

    static final String OWNER_EMAIL = "owner@demo.pos";
    static final String OWNER_PASSWORD = "demo-owner-1";
    static final String CASHIER_EMAIL = "cashier@demo.pos";
    static final String CASHIER_PASSWORD = "demo-cashier-1";

    private DemoData() {
    }

    static void load(Application app, PrintStream out) {
        AuthSession owner;
        boolean registered = false;
        try {
            owner = app.services.login().login(new LoginCommand(OWNER_EMAIL, OWNER_PASSWORD));
        } catch (AuthenticationException notYetLoaded) {
            owner = app.services.register().register(new RegisterCommand("Demo Owner", OWNER_EMAIL, OWNER_PASSWORD,
                    "Demo Shop", "USD", "UTC"));
            registered = true;
        }
        Actor ownerActor = app.services.authenticate().authenticate(owner.token());
        if (registered) {
            StorefrontId main = DemoCatalog.load(app.catalog, ownerActor);
            addPeople(app, ownerActor, main);
        }
        out.println();
        out.println("Demo business \"" + owner.profile().business().name() + "\" (demo logins: not for production)");
        out.println("  owner    " + OWNER_EMAIL + " / " + OWNER_PASSWORD + "   token: " + owner.token());
        try {
            AuthSession cashier = app.services.login().login(new LoginCommand(CASHIER_EMAIL, CASHIER_PASSWORD));
            out.println("  cashier  " + CASHIER_EMAIL + " / " + CASHIER_PASSWORD + "   token: " + cashier.token());
        } catch (AuthenticationException notThere) {
            out.println("  cashier  " + CASHIER_EMAIL + " cannot log in (deactivated or never created)");
        }
        DemoCatalog.print(app.catalog, ownerActor, out);
        out.println();
    }

    /** Customers (one buying on credit) and a cashier, added once, right after the demo owner registers. */
    private static void addPeople(Application app, Actor owner, StorefrontId storefront) {
        var customers = app.people.createCustomer();
        customers.create(owner, new CreateCustomerCommand("Fred Amugi", "fred@demo.pos", "+233 24 555 0101",
                "Osu, Accra", CustomerType.RETAIL, Money.of("500.00"), 30, false));
        customers.create(owner, new CreateCustomerCommand("Akosua Mensah", "akosua@demo.pos", "+233 20 555 0202",
                "Kumasi", CustomerType.RETAIL, null, null, null));
        customers.create(owner, new CreateCustomerCommand("Tema Wholesale Ltd", "orders@tema-wholesale.demo",
                "+233 30 555 0303", "Community 1, Tema", CustomerType.WHOLESALE, null, null, null));
        app.people.createStaff().create(owner, new CreateStaffCommand("Demo Cashier", CASHIER_EMAIL, CASHIER_PASSWORD,
                Role.CASHIER, List.of(storefront)));
    }
}
