package io.salescore.bootstrap;

import io.salescore.application.account.port.in.AuthSession;
import io.salescore.application.account.port.in.LoginCommand;
import io.salescore.application.account.port.in.RegisterCommand;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.AuthenticationException;

import java.io.PrintStream;

/**
 * The demo business, loaded once (found again by its owner's email) with fixed logins that are NOT for
 * production. Every start mints and prints fresh tokens.
 */
final class DemoData {

    static final String OWNER_EMAIL = "owner@demo.pos";
    static final String OWNER_PASSWORD = "demo-owner-1";

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
            DemoCatalog.load(app.catalog, ownerActor);
        }
        out.println();
        out.println("Demo business \"" + owner.profile().business().name() + "\" (demo logins: not for production)");
        out.println("  owner    " + OWNER_EMAIL + " / " + OWNER_PASSWORD + "   token: " + owner.token());
        DemoCatalog.print(app.catalog, ownerActor, out);
        out.println();
    }
}
