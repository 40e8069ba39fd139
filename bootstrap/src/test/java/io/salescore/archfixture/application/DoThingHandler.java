package io.salescore.archfixture.application;

import io.salescore.archfixture.application.port.in.DoThingUseCase;

/** Deliberately misnamed: a use case implementation that is not a ...Service. */
public final class DoThingHandler implements DoThingUseCase {

    @Override
    public void doThing() {
        // nothing: the class exists for its name
    }
}
