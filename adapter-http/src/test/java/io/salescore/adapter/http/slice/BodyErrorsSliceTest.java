package io.salescore.adapter.http.slice;

import io.salescore.adapter.http.common.HttpError;
import io.salescore.application.sale.port.in.AddItemUseCase;
import io.salescore.application.sale.port.in.CreateSaleUseCase;
import io.salescore.application.sale.port.in.LineResult;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * Bad request bodies on the sale routes. Create sale reads its body itself and refuses before the use case; add item
 * hands what it read to the use case as an {@code Input} (so that 404/403/412 can come first, as the contract
 * orders), and the use case reports the problem when it reaches it.
 */
class BodyErrorsSliceTest extends HttpSliceTest {

    private static final String SALES = "/sales/api/sales/";
    private static final String MALFORMED = "The request body is not a valid JSON object.";

    private static void assertMalformedJson(Response r, String reason) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.map()).isEqualTo(Map.of("error", MALFORMED, "code", "MALFORMED_JSON", "developer_message", "",
                "details", Map.of("reason", reason)));
    }

    // ---- create sale: refused by the adapter, the use case never runs ---------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"{\"storefront\": ", "{oops}", "{\"storefront\": \"x\"} trailing",
            "{\"notes\": \"a\"}{\"notes\": \"b\"}", "{\"notes\": \"a\", \"notes\": \"b\"}"})
    void unparsable_json_trailing_content_and_duplicate_keys_are_malformed_json(String body) {
        assertMalformedJson(post(SALES, body), "Unparsable JSON.");
        verifyNoInteractions(create);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2]", "[]", "\"a sale\"", "42", "true", "null"})
    void json_that_is_not_an_object_is_malformed_json(String body) {
        assertMalformedJson(post(SALES, body), "The body must be a JSON object.");
        verifyNoInteractions(create);
    }

    @Test
    void every_bad_field_is_named_at_once_in_the_order_read() {
        Response r = post(SALES, "{\"storefront\": \"1-1-1-1-1\", \"customer\": 5, \"type\": \"retail\","
                + " \"payment_type\": \"CHEQUE\", \"notes\": 7, \"status\": \"COMPLETED\"}");

        assertThat(r.status()).isEqualTo(400);
        Map<String, Object> body = r.map();
        assertThat(body).containsEntry("code", "VALIDATION_ERROR")
                .containsEntry("error", "Invalid input: storefront, customer, type, payment_type, notes, status.")
                .containsEntry("developer_message", "");
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) body.get("details");
        assertThat(details.keySet()).containsExactly("storefront", "customer", "type", "payment_type", "notes",
                "status");
        assertThat(details).containsEntry("storefront", List.of("Must be a valid UUID."))
                .containsEntry("customer", List.of("Must be a valid UUID."))
                .containsEntry("type", List.of("Must be one of: RETAIL, WHOLESALE."))
                .containsEntry("payment_type", List.of("Must be one of: CASH, CARD, MOBILE, CREDIT, MIXED."))
                .containsEntry("notes", List.of("Must be a string."))
                .containsEntry("status", List.of("A new sale is always DRAFT."));
        verifyNoInteractions(create);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                 | This field is required.",
            "'{}'                               | This field is required.",
            "'{\"storefront\": null}'           | This field is required.",
            "'{\"storefront\": 12}'             | Must be a valid UUID.",
            "'{\"storefront\": \"0000-1111\"}'  | Must be a valid UUID."})
    void one_bad_field_is_named_with_its_problem_in_the_error(String body, String problem) {
        Response r = post(SALES, body);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().get("code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(r.json().get("error").asText()).isEqualTo("Invalid input: storefront (" + problem + ").");
        assertThat(r.json().at("/details/storefront").toString()).isEqualTo("[\"" + problem + "\"]");
        verifyNoInteractions(create);
    }

    @Test
    void a_good_body_with_unknown_fields_and_status_draft_reaches_the_use_case_with_defaults() {
        UUID store = UUID.randomUUID();
        Sale sale = draft(1);
        when(create.create(any(), any())).thenReturn(view(sale));

        Response r = post(SALES, "{\"storefront\": \"" + store + "\", \"status\": \"DRAFT\", \"colour\": \"red\"}");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        assertThat(r.json().get("id").asText()).isEqualTo(sale.id().toString());
        assertThat(r.json().get("status").asText()).isEqualTo("DRAFT");
        ArgumentCaptor<CreateSaleUseCase.Command> command = ArgumentCaptor.forClass(CreateSaleUseCase.Command.class);
        verify(create).create(any(), command.capture());
        assertThat(command.getValue()).isEqualTo(new CreateSaleUseCase.Command(StorefrontId.of(store),
                Optional.empty(), SaleType.RETAIL, PaymentType.CASH, ""));
    }

    // ---- add item: the adapter hands the problem to the use case ---------------------------------------------------

    private String addItemPath(UUID sale) {
        return salePath(sale) + "add_item/";
    }

    /** The use case as the real one orders its checks: (404, 403, 412 first, then) unparsable body, then fields. */
    private ArgumentCaptor<AddItemUseCase.Command> addItemReadsItsInput(LineResult answer) {
        ArgumentCaptor<AddItemUseCase.Command> command = ArgumentCaptor.forClass(AddItemUseCase.Command.class);
        when(addItem.addItem(any(), command.capture())).thenAnswer(call -> {
            AddItemUseCase.Command c = call.getArgument(1);
            c.item().requireParsable();
            c.item().get();
            return answer;
        });
        return command;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'{\"product\": '  | Unparsable JSON.",
            "'[{}]'            | The body must be a JSON object."})
    void add_item_with_a_broken_body_is_malformed_json_reported_by_the_use_case(String body, String reason) {
        UUID sale = UUID.randomUUID();
        ArgumentCaptor<AddItemUseCase.Command> command = addItemReadsItsInput(null);

        Response r = post(addItemPath(sale), body);

        assertMalformedJson(r, reason);
        assertThat(command.getValue().sale().value()).isEqualTo(sale);
        assertThatThrownBy(() -> command.getValue().item().requireParsable()).isInstanceOf(HttpError.class)
                .satisfies(e -> assertThat(((HttpError) e).code()).isEqualTo("MALFORMED_JSON"));
    }

    @Test
    void add_item_with_bad_fields_is_parsable_and_names_every_bad_field() {
        ArgumentCaptor<AddItemUseCase.Command> command = addItemReadsItsInput(null);

        Response r = post(addItemPath(UUID.randomUUID()), "{\"product\": \"nope\", \"stock_product\": [],"
                + " \"quantity\": 0, \"unit_price\": \"1.234\", \"discount_percentage\": true, \"tax_rate\": 101}");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().get("code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(r.json().get("error").asText()).isEqualTo(
                "Invalid input: product, stock_product, quantity, unit_price, discount_percentage, tax_rate.");
        assertThat(r.json().get("details")).hasSize(6);
        assertThat(r.json().at("/details/product/0").asText()).isEqualTo("Must be a valid UUID.");
        assertThat(r.json().at("/details/stock_product/0").asText()).isEqualTo("Must be a valid UUID.");
        assertThat(r.json().at("/details/quantity/0").asText()).isEqualTo("Quantities must be greater than zero.");
        assertThat(r.json().at("/details/unit_price/0").asText()).isEqualTo("Amounts have at most 2 decimal places.");
        assertThat(r.json().at("/details/discount_percentage/0").asText()).isEqualTo("A valid number is required.");
        assertThat(r.json().at("/details/tax_rate/0").asText()).isEqualTo("Percentages run from 0 to 100.");
        // Parsable: only get() fails, with the field errors.
        command.getValue().item().requireParsable();
        assertThatThrownBy(() -> command.getValue().item().get()).isInstanceOf(ValidationException.class);
    }

    @Test
    void add_item_without_a_body_names_the_required_fields() {
        addItemReadsItsInput(null);

        Response r = post(addItemPath(UUID.randomUUID()), null);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("Invalid input: product, quantity.");
        assertThat(r.json().at("/details/product/0").asText()).isEqualTo("This field is required.");
        assertThat(r.json().at("/details/quantity/0").asText()).isEqualTo("This field is required.");
    }

    @Test
    void a_use_case_failing_before_it_reads_the_body_wins_over_the_broken_body() {
        when(addItem.addItem(any(), any())).thenThrow(new NotFoundException());

        Response r = post(addItemPath(UUID.randomUUID()), "{\"product\": ");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void a_malformed_sale_id_in_the_path_is_404_before_the_body_and_never_reaches_the_use_case() {
        Response r = post("/sales/api/sales/not-a-uuid/add_item/", "{\"product\": ");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("code").asText()).isEqualTo("NOT_FOUND");
        verifyNoInteractions(addItem);
    }

    @Test
    void a_good_add_item_body_reaches_the_use_case_as_the_item_and_answers_the_line() {
        Sale sale = draft(1);
        SaleLine line = sale.addLine(SaleItemId.of(UUID.randomUUID()), ProductId.of(UUID.randomUUID()),
                StockProductId.of(UUID.randomUUID()), "Cola", "SKU-1", "pcs", Quantity.of("2"), Money.of("20.00"),
                true, Percentage.ZERO, Percentage.ZERO, NOW);
        ArgumentCaptor<AddItemUseCase.Command> command = addItemReadsItsInput(new LineResult(view(sale), line.id()));
        UUID product = UUID.randomUUID();

        Response r = post(addItemPath(sale.id().value()), "{\"product\": \"" + product + "\", \"quantity\": \"2.5\","
                + " \"unit_price\": 19.99, \"discount_percentage\": \"10\"}");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("ETag")).isEqualTo("\"" + sale.version() + "\"");
        assertThat(r.json().get("id").asText()).isEqualTo(line.id().toString());
        assertThat(r.json().get("sale_version").asLong()).isEqualTo(sale.version());
        assertThat(r.json().get("quantity").asText()).isEqualTo("2.00");
        AddItemUseCase.Item item = command.getValue().item().get();
        assertThat(item).isEqualTo(new AddItemUseCase.Item(ProductId.of(product), Optional.empty(),
                Quantity.of("2.5"), Optional.of(Money.of("19.99")), Optional.of(Percentage.of("10")),
                Optional.empty()));
        assertThat(command.getValue().expectedVersion()).isEmpty();
    }
}
