package io.salescore.archfixture.application.port.in;

/** A use case of the broken fixture. */
public interface DoThingUseCase {

    void doThing();
}
