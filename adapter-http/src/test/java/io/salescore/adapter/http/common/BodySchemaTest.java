package io.salescore.adapter.http.common;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.adapter.http.session.SessionRoutes;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.Quantity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request body schema of {@code openapi.json} against the request record its route binds (same simple name):
 * the same fields, the same required ones, and for each field the same JSON type, limits and values. The binding
 * and the published contract cannot drift apart: change one and this test names the other.
 */
class BodySchemaTest {

    /** Request schemas bound otherwise, with why. */
    private static final Map<String, String> NOT_RECORDS = Map.of(
            "ExportLinkRequest", "the sales filters, read by SaleFilterParams exactly as the list's query parameters",
            "UpdateSaleCustomerRequest", "one id read by hand: the seed's own error bodies (message, example) for a "
                    + "missing or malformed customer (compat.md E11)");

    private static final JsonNode API = load();

    @Test
    void everyRequestSchemaHasItsRecordAndAgreesWithIt() {
        Map<String, Class<?>> records = requestRecords();
        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (String schema : requestSchemas()) {
            if (NOT_RECORDS.containsKey(schema)) {
                continue;
            }
            Class<?> type = records.get(schema);
            if (type == null) {
                problems.add(schema + ": no request record of that name in adapter-http");
                continue;
            }
            compare(type, resolve(API.at("/components/schemas/" + schema)), schema, problems);
            checked.add(schema);
        }
        assertThat(problems).isEmpty();
        assertThat(checked).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void everyRequestRecordBindsAnEmptyBody() {
        for (Class<?> type : requestRecords().values()) {
            JsonBody body = JsonBody.parse(new byte[0]);
            Object bound = BodyBinder.bind(body, type.asSubclass(Record.class));
            assertThat(bound).as(type.getName()).isInstanceOf(type);
        }
    }

    @Test
    void aCloseCountsAtMostOneAmountPerPaymentMethod() {
        assertThat(SessionRoutes.METHODS).isEqualTo(PaymentMethod.values().length);
    }

    // ---- comparing -----------------------------------------------------------------------------------------

    private static void compare(Class<?> record, JsonNode schema, String where, List<String> problems) {
        JsonNode properties = schema.path("properties");
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        Set<String> bound = new HashSet<>();
        BodyRecord byHand = record.getAnnotation(BodyRecord.class);
        if (byHand != null) {
            for (String name : concat(byHand.byHand(), byHand.ignored())) {
                bound.add(name);
                if (!properties.has(name)) {
                    problems.add(where + "." + name + ": read by hand but not in the schema");
                }
            }
        }
        for (RecordComponent component : record.getRecordComponents()) {
            String name = BodyBinder.jsonName(component);
            BodyField rules = BodyBinder.rules(component);
            bound.add(name);
            if (!properties.has(name)) {
                problems.add(where + "." + name + ": bound by " + record.getSimpleName() + " but not in the schema");
                continue;
            }
            boolean bindsRequired = rules.required() || rules.requiredLater();
            boolean schemaRequires = required.contains(name)
                    || !rules.alias().isEmpty() && eitherRequired(schema, name, rules.alias());
            if (bindsRequired != schemaRequires) {
                problems.add(where + "." + name + ": required " + bindsRequired + " in the record, "
                        + schemaRequires + " in the schema");
            }
            BodyBinder.Shape shape = BodyBinder.Shape.of(component);
            if (shape.optional() && bindsRequired) {
                problems.add(where + "." + name + ": required but Optional");
            }
            compareField(record, shape, rules, resolve(properties.get(name)), where + "." + name, problems);
            if (!rules.alias().isEmpty()) {
                bound.add(rules.alias());
                if (properties.has(rules.alias())) {
                    compareField(record, shape, rules, resolve(properties.get(rules.alias())),
                            where + "." + rules.alias(), problems);
                } else {
                    problems.add(where + "." + rules.alias() + ": an alias not in the schema");
                }
            }
        }
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!bound.contains(name)) {
                problems.add(where + "." + name + ": in the schema but neither bound nor read by hand");
            }
        }
    }

    private static void compareField(Class<?> record, BodyBinder.Shape shape, BodyField rules, JsonNode schema,
                                     String where, List<String> problems) {
        Class<?> type = shape.type();
        if (type == String.class) {
            expect(schema.path("type").asText(), "string", where + " type", problems);
            if (schema.has("maxLength") || !schema.has("pattern")) { // else the pattern bounds it (the domain's rule)
                expect(schema.path("maxLength").asInt(-1), rules.max(), where + " maxLength", problems);
            }
            if (rules.required() && !rules.blankAllowed()) {
                expect(schema.path("minLength").asInt(0) >= 1, true, where + " minLength >= 1", problems);
            }
        } else if (type == UUID.class) {
            expect(schema.path("format").asText(), "uuid", where + " format", problems);
        } else if (type == Money.class || type == Quantity.class || type == Percentage.class
                || type == BigDecimal.class) {
            expect(branches(schema), Set.of("number", "string"), where + " a number or a numeric string", problems);
        } else if (type == Integer.class) {
            JsonNode whole = branch(schema, "integer");
            expect(whole.path("minimum").asInt(-1), rules.min(), where + " minimum", problems);
            expect(whole.path("maximum").asInt(-1), rules.max(), where + " maximum", problems);
        } else if (type == Boolean.class) {
            expect(schema.path("type").asText(), "boolean", where + " type", problems);
        } else if (type == LocalDate.class) {
            expect(schema.path("format").asText(), "date", where + " format", problems);
        } else if (type.isEnum()) {
            Set<String> values = new TreeSet<>();
            schema.path("enum").forEach(v -> values.add(v.asText()));
            Set<String> bound = new TreeSet<>(Arrays.asList(rules.byHandValues()));
            Arrays.stream(type.getEnumConstants()).forEach(c -> bound.add(((Enum<?>) c).name()));
            expect(values, bound, where + " enum", problems);
        } else if (type == List.class) {
            expect(schema.path("type").asText(), "array", where + " type", problems);
            expect(schema.path("maxItems").asInt(-1), rules.max(), where + " maxItems", problems);
            JsonNode items = schema.path("items");
            if (shape.item() == UUID.class) {
                expect(resolve(items).path("format").asText(), "uuid", where + " items format", problems);
            } else if (shape.item() == JsonBody.class) {
                String name = refName(items);
                Class<?> nested = nested(record, name);
                if (nested == null) {
                    problems.add(where + ": items " + name + " have no nested record of that name");
                } else {
                    compare(nested, resolve(items), where + "[]", problems);
                }
            } else {
                compare(shape.item(), resolve(items), where + "[]", problems);
            }
        } else {
            problems.add(where + ": a component type the test does not know: " + type);
        }
    }

    /** The schema's {@code anyOf} requires the field or its alias. */
    private static boolean eitherRequired(JsonNode schema, String name, String alias) {
        Set<String> alternatives = new HashSet<>();
        schema.path("anyOf").forEach(a -> a.path("required").forEach(r -> alternatives.add(r.asText())));
        return alternatives.equals(Set.of(name, alias));
    }

    private static List<String> concat(String[] a, String[] b) {
        List<String> all = new ArrayList<>(Arrays.asList(a));
        all.addAll(Arrays.asList(b));
        return all;
    }

    private static Class<?> nested(Class<?> record, String name) {
        return Arrays.stream(record.getDeclaredClasses()).filter(c -> c.getSimpleName().equals(name)).findFirst()
                .orElse(null);
    }

    private static <T> void expect(T actual, T wanted, String what, List<String> problems) {
        if (!actual.equals(wanted)) {
            problems.add(what + ": the schema says " + actual + ", the record " + wanted);
        }
    }

    private static Set<String> branches(JsonNode schema) {
        Set<String> types = new HashSet<>();
        schema.path("oneOf").forEach(b -> types.add(b.path("type").asText()));
        return types;
    }

    private static JsonNode branch(JsonNode schema, String type) {
        if (schema.path("type").asText().equals(type)) {
            return schema;
        }
        for (JsonNode b : schema.path("oneOf")) {
            if (b.path("type").asText().equals(type)) {
                return b;
            }
        }
        return schema;
    }

    // ---- the document ----------------------------------------------------------------------------------------

    private static List<String> requestSchemas() {
        List<String> names = new ArrayList<>();
        API.path("paths").forEach(operations -> operations.forEach(operation -> {
            JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
            if (schema.has("$ref")) {
                names.add(refName(schema));
            }
        }));
        return names.stream().distinct().toList();
    }

    private static String refName(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode at = schema;
        while (at.has("$ref")) {
            at = API.at(at.get("$ref").asText().substring(1));
        }
        return at;
    }

    private static JsonNode load() {
        try (InputStream in = BodySchemaTest.class.getResourceAsStream("/openapi/openapi.json")) {
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The records of adapter-http's own classes whose simple name ends in {@code Request}, by simple name. */
    private static Map<String, Class<?>> requestRecords() {
        try {
            Path root = Path.of(BodyBinder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Map<String, Class<?>> records = new HashMap<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith("Request.class")).toList()) {
                    String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                    Class<?> type = Class.forName(name);
                    if (type.isRecord()) {
                        assertThat(records.put(type.getSimpleName(), type)).as("one record named " + name).isNull();
                    }
                }
            }
            return records;
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
