package io.salescore.adapter.http.common;

import io.javalin.http.Context;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.Quantity;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Binds a JSON object body into a request record: each component is read by its type with {@link JsonBody}'s
 * readers (so the wording is one), as its {@link BodyField} says, and every problem is collected before one
 * VALIDATION_ERROR names them all. A bad or absent field binds as {@code null} (or an empty {@link Optional}).
 *
 * <p>Component types: {@code String}, {@code UUID}, {@code Money}, {@code Quantity}, {@code Percentage}, {@code
 * BigDecimal}, {@code Integer}, {@code Boolean}, {@code LocalDate}, an enum, {@code List<UUID>}, a list of a
 * nested request record, a list of {@code JsonBody} (objects the route binds itself, item by item), and {@code
 * Optional} of any of these.
 */
public final class BodyBinder {

    private static final ClassValue<Binding> BINDINGS = new ClassValue<>() {
        @Override
        protected Binding computeValue(Class<?> type) {
            return new Binding(type);
        }
    };

    private BodyBinder() {
    }

    /** Parses the body, binds it and throws one VALIDATION_ERROR naming every bad field, if there is any. */
    public static <R extends Record> R read(Context ctx, Class<R> type) {
        JsonBody body = JsonBody.of(ctx);
        R bound = bind(body, type);
        body.validate();
        return bound;
    }

    /** Binds the body, adding each problem to its errors (the caller may add its own, then validates). */
    public static <R extends Record> R bind(JsonBody body, Class<R> type) {
        return type.cast(BINDINGS.get(type).read(body));
    }

    /** The JSON name of a component: {@link BodyField#name()}, else the component's name in snake_case. */
    public static String jsonName(RecordComponent component) {
        BodyField field = component.getAnnotation(BodyField.class);
        if (field != null && !field.name().isEmpty()) {
            return field.name();
        }
        String name = component.getName();
        StringBuilder snake = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }

    /** The rules of a component: its {@link BodyField}, or the defaults when it has none. */
    public static BodyField rules(RecordComponent component) {
        BodyField rules = component.getAnnotation(BodyField.class);
        return rules == null ? DEFAULTS : rules;
    }

    /** The type a component reads (inside {@code Optional}), and its list item type, if a list. */
    public record Shape(boolean optional, Class<?> type, Class<?> item) {

        public static Shape of(RecordComponent component) {
            Type generic = component.getGenericType();
            boolean optional = component.getType() == Optional.class;
            if (optional) {
                generic = ((ParameterizedType) generic).getActualTypeArguments()[0];
            }
            Class<?> type = raw(generic);
            Class<?> item = type == List.class ? raw(((ParameterizedType) generic).getActualTypeArguments()[0]) : null;
            return new Shape(optional, type, item);
        }

        private static Class<?> raw(Type type) {
            return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        }
    }

    private static final List<Class<?>> READABLE = List.of(String.class, UUID.class, Money.class, Quantity.class,
            Percentage.class, BigDecimal.class, Integer.class, Boolean.class, LocalDate.class);

    /** The values of one {@link BodyField}. */
    private record Rules(String alias, boolean required, boolean blankAllowed, boolean nonZero, int min, int max) {
    }

    private static final BodyField DEFAULTS = Defaults.class.getRecordComponents()[0].getAnnotation(BodyField.class);

    /** Carries the default {@link BodyField} for components without one. */
    private record Defaults(@BodyField String field) {
    }

    /**
     * One component: its JSON name, its shape and its rules, copied out of the annotation once (an annotation's
     * methods go through a proxy, too slow for every field of every request).
     */
    private record Component(String name, Shape shape, Rules rules) {

        Component(String name, BodyField field, Shape shape) {
            this(name, shape, new Rules(field.alias(), field.required(), field.blankAllowed(), field.nonZero(),
                    field.min(), field.max()));
        }

        Object read(JsonBody body) {
            Object value = value(body);
            return shape.optional() ? Optional.ofNullable(value) : value;
        }

        private Object value(JsonBody body) {
            String name = rules.alias().isEmpty() || present(body, this.name) || !present(body, rules.alias())
                    ? this.name : rules.alias();
            Class<?> type = shape.type();
            if (rules.required()) {
                if (type == String.class && !rules.blankAllowed()) {
                    return body.requiredText(name, rules.max());
                }
                if (!present(body, name)) {
                    body.problem(name, "This field is required.");
                    return null;
                }
            }
            if (type == String.class) {
                return body.text(name, rules.max()).orElse(null);
            } else if (type == UUID.class) {
                return body.uuid(name).orElse(null);
            } else if (type == Money.class) {
                Money amount = body.money(name).orElse(null);
                if (rules.nonZero() && amount != null && amount.isZero()) {
                    body.problem(name, "Must be greater than zero.");
                    return null;
                }
                return amount;
            } else if (type == Quantity.class) {
                return body.quantity(name).orElse(null);
            } else if (type == Percentage.class) {
                return body.percentage(name).orElse(null);
            } else if (type == BigDecimal.class) {
                return body.decimal(name).orElse(null);
            } else if (type == Integer.class) {
                return body.integer(name, rules.min(), rules.max()).orElse(null);
            } else if (type == Boolean.class) {
                return body.bool(name).orElse(null);
            } else if (type == LocalDate.class) {
                return body.date(name).orElse(null);
            } else if (type.isEnum()) {
                return enumValue(body, name, type);
            } else if (shape.item() == UUID.class) {
                return body.uuidList(name, rules.max()).orElse(null);
            } else if (shape.item() == JsonBody.class) {
                return body.objects(name, rules.max()).orElse(null);
            }
            return items(body, name);
        }

        private static boolean present(JsonBody body, String name) {
            return body.has(name) && !body.isNull(name);
        }

        /** The enum by its exact name; {@code type} is an enum type, checked by the caller. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object enumValue(JsonBody body, String name, Class<?> type) {
            return body.enumValue(name, (Class) type).orElse(null);
        }

        /** A list of nested records; problems are named {@code field[index].name}, bad items are left out. */
        private List<Object> items(JsonBody body, String name) {
            Optional<List<JsonBody>> items = body.objects(name, rules.max());
            if (items.isEmpty()) {
                return null;
            }
            Binding binding = BINDINGS.get(shape.item());
            List<Object> bound = new ArrayList<>(items.get().size());
            for (int i = 0; i < items.get().size(); i++) {
                JsonBody item = items.get().get(i);
                Object value = binding.read(item);
                if (item.errors().isEmpty()) {
                    bound.add(value);
                } else {
                    body.absorb(name, i, item);
                }
            }
            return bound;
        }
    }

    /** The components of one record type, in order, and its canonical constructor. */
    private static final class Binding {

        private final Component[] components;
        private final Constructor<?> constructor;

        Binding(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type + " is not a record");
            }
            RecordComponent[] declared = type.getRecordComponents();
            components = new Component[declared.length];
            Class<?>[] types = new Class<?>[declared.length];
            for (int i = 0; i < declared.length; i++) {
                Shape shape = Shape.of(declared[i]);
                if (!READABLE.contains(shape.type()) && !shape.type().isEnum() && (shape.type() != List.class
                        || shape.item() != UUID.class && shape.item() != JsonBody.class && !shape.item().isRecord())) {
                    throw new IllegalStateException(type.getName() + "." + declared[i].getName()
                            + ": the binder cannot read a " + declared[i].getGenericType());
                }
                components[i] = new Component(jsonName(declared[i]), rules(declared[i]), shape);
                types[i] = declared[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }

        Object read(JsonBody body) {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].read(body);
            }
            try {
                return constructor.newInstance(values);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException problem) {
                    throw problem;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
