package io.salescore.adapter.http.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The fields of a request body that its route reads by hand besides the record (a field with its own wording or
 * rule) or ignores. {@code BodySchemaTest} counts them as bound, so every field of the schema is either a component
 * or named here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BodyRecord {

    /** JSON names the route reads itself. */
    String[] byHand() default {};

    /** JSON names an old frontend sends that are accepted and ignored. */
    String[] ignored() default {};
}
