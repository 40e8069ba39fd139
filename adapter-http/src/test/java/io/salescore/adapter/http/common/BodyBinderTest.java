package io.salescore.adapter.http.common;

import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The binder on its own: each rule of {@link BodyField}, in the order the components are declared. */
class BodyBinderTest {

    record Line(@BodyField(required = true, alias = "line_id") UUID line, @BodyField(required = true) Quantity quantity,
                Boolean restock) {
    }

    record Sample(@BodyField(required = true) String name, @BodyField(max = 5) Optional<String> code,
                  @BodyField(required = true, nonZero = true, alias = "amount") Money amountPaid,
                  @BodyField(required = true) PaymentMethod method,
                  @BodyField(min = 1, max = 9) Integer days, @BodyField(max = 2) List<Line> lines) {
    }

    private static JsonBody body(String json) {
        return JsonBody.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> problems(String json) {
        JsonBody body = body(json);
        BodyBinder.bind(body, Sample.class);
        try {
            body.validate();
        } catch (ValidationException e) {
            return e.details();
        }
        return Map.of();
    }

    @Test
    void aGoodBodyBindsEveryComponentBySnakeCaseName() {
        UUID line = UUID.randomUUID();
        Sample s = BodyBinder.bind(body("{\"name\":\"Ama\",\"code\":\"AB\",\"amount_paid\":\"12.50\",\"method\":\"CASH\","
                + "\"days\":3,\"lines\":[{\"line\":\"" + line + "\",\"quantity\":2}]}"), Sample.class);
        assertThat(s).isEqualTo(new Sample("Ama", Optional.of("AB"), Money.of("12.50"), PaymentMethod.CASH, 3,
                List.of(new Line(line, Quantity.of("2"), null))));
    }

    @Test
    void everyBadFieldIsNamedAtOnceInDeclarationOrder() {
        Map<String, Object> problems = problems("{\"name\":\" \",\"code\":\"TOOLONG\",\"amount_paid\":0,"
                + "\"method\":\"CHEQUE\",\"days\":10,\"lines\":[{\"quantity\":1},{\"line\":\"x\",\"quantity\":\"a\"}]}");
        assertThat(problems.keySet()).containsExactly("name", "code", "amount_paid", "method", "days",
                "lines[0].line", "lines[1].line", "lines[1].quantity");
        assertThat(problems.get("name")).isEqualTo(List.of("This field may not be blank."));
        assertThat(problems.get("code")).isEqualTo(List.of("Ensure this field has no more than 5 characters."));
        assertThat(problems.get("amount_paid")).isEqualTo(List.of("Must be greater than zero."));
        assertThat(problems.get("method")).isEqualTo(List.of("Must be one of: CASH, CARD, MOBILE, BANK_TRANSFER, OTHER."));
        assertThat(problems.get("days")).isEqualTo(List.of("Must be a whole number from 1 to 9."));
        assertThat(problems.get("lines[0].line")).isEqualTo(List.of("This field is required."));
        assertThat(problems.get("lines[1].line")).isEqualTo(List.of("Must be a valid UUID."));
    }

    @Test
    void absentAndNullAreTheSameAndRequiredFieldsSaySo() {
        assertThat(problems("{\"name\":null,\"method\":null}").keySet())
                .containsExactly("name", "amount_paid", "method");
        assertThat(problems("{}").values()).allMatch(p -> p.equals(List.of("This field is required.")));
    }

    @Test
    void anAliasIsReadOnlyWhenTheFieldItselfIsAbsentOrNullAndProblemsCarryTheNameThatWasSent() {
        JsonBody body = body("{\"name\":\"A\",\"amount\":\"3.00\",\"method\":\"CARD\"}");
        assertThat(BodyBinder.bind(body, Sample.class).amountPaid()).isEqualTo(Money.of("3.00"));
        body = body("{\"name\":\"A\",\"amount_paid\":\"1.00\",\"amount\":\"3.00\",\"method\":\"CARD\"}");
        assertThat(BodyBinder.bind(body, Sample.class).amountPaid()).isEqualTo(Money.of("1.00"));
        assertThat(problems("{\"name\":\"A\",\"amount\":\"x\",\"method\":\"CARD\"}")).containsOnlyKeys("amount");
    }

    @Test
    void tooManyItemsIsOneProblemOfTheList() {
        String line = "{\"line\":\"" + UUID.randomUUID() + "\",\"quantity\":1}";
        assertThat(problems("{\"name\":\"A\",\"amount_paid\":1,\"method\":\"CASH\",\"lines\":[" + line + "," + line
                + "," + line + "]}")).containsOnly(Map.entry("lines", List.of("At most 2 items.")));
    }

    @Test
    void aTypeTheBinderCannotReadIsRefusedAtOnce() {
        record Odd(StringBuilder text) {
        }
        assertThatThrownBy(() -> BodyBinder.bind(body("{\"text\":\"a\"}"), Odd.class))
                .isInstanceOf(IllegalStateException.class);
    }
}
