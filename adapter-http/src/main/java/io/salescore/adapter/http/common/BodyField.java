package io.salescore.adapter.http.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How one component of a request record is read from its JSON body by {@link BodyBinder}. A component without it
 * is an optional field named as the component in snake_case, text of at most 255 characters. {@code
 * BodySchemaTest} holds every request record against its schema in {@code openapi.json}, so the two cannot
 * disagree.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface BodyField {

    /** The JSON name, when it is not the component's name in snake_case. */
    String name() default "";

    /** An old frontend's name for the field, read when the field itself is absent or {@code null}. */
    String alias() default "";

    /** Values the schema lists that the route takes by hand before binding (never reach the binder). */
    String[] byHandValues() default {};

    /** Absent or {@code null} is "This field is required." (required text must also not be blank). */
    boolean required() default false;

    /**
     * Required, but reported by the use case together with that field's other rules (the binder reads it as
     * optional); the schema lists it as required.
     */
    boolean requiredLater() default false;

    /** Required text that may be blank (a password: its rules are the domain's). */
    boolean blankAllowed() default false;

    /** Text: the most characters; a list: the most items; a whole number: the largest value. */
    int max() default 255;

    /** An amount or quantity of zero is "Must be greater than zero." */
    boolean nonZero() default false;

    /** A whole number: the smallest value. */
    int min() default 0;
}
