package io.salescore.adapter.http.slice;

import io.salescore.application.sale.port.in.UpdateSaleUseCase;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.shared.ExpectedVersion;
import io.salescore.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

/**
 * ETag and If-Match: a sale's answer carries its version as a strong ETag; If-Match is parsed by the adapter and
 * handed to the use case (the domain decides whether it matches). The update stub asks the real
 * {@link Sale#requireVersionMatch} like the service does.
 */
class VersionsSliceTest extends HttpSliceTest {

    private final Sale sale = draft(7);

    private ArgumentCaptor<UpdateSaleUseCase.Command> updateChecksTheVersion() {
        ArgumentCaptor<UpdateSaleUseCase.Command> command = ArgumentCaptor.forClass(UpdateSaleUseCase.Command.class);
        when(update.update(any(), command.capture())).thenAnswer(call -> {
            UpdateSaleUseCase.Command c = call.getArgument(1);
            sale.requireVersionMatch(c.expectedVersion());
            c.changes().get();
            return view(sale);
        });
        return command;
    }

    private Response patch(String ifMatch) {
        return send("PATCH", salePath(sale.id()), "{\"notes\": \"regular\"}", "If-Match", ifMatch);
    }

    @Test
    void a_get_of_a_sale_answers_its_version_as_a_strong_etag() {
        when(get.get(any(), eq(sale.id()))).thenReturn(view(sale));

        Response r = get(salePath(sale.id()));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("ETag")).isEqualTo("\"7\"");
        assertThat(r.json().get("version").asLong()).isEqualTo(7);
        assertThat(r.json().get("id").asText()).isEqualTo(sale.id().toString());
        assertThat(r.json().get("total_amount").asText()).isEqualTo("0.00");
        assertThat(r.json().get("created_at").asText()).isEqualTo("2026-11-22T09:59:00Z");
    }

    @Test
    void a_head_of_a_sale_answers_the_etag_without_a_body() {
        when(get.get(any(), eq(sale.id()))).thenReturn(view(sale));

        Response r = send("HEAD", salePath(sale.id()), null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("ETag")).isEqualTo("\"7\"");
        assertThat(r.body()).isEmpty();
    }

    @Test
    void no_if_match_is_no_condition() {
        ArgumentCaptor<UpdateSaleUseCase.Command> command = updateChecksTheVersion();

        Response r = patch(null);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("ETag")).isEqualTo("\"7\"");
        assertThat(command.getValue().expectedVersion()).isEmpty();
        assertThat(command.getValue().sale()).isEqualTo(sale.id());
        assertThat(command.getValue().changes().get()).isEqualTo(new UpdateSaleUseCase.Changes(Optional.empty(),
                Optional.empty(), Optional.of("regular"), Optional.empty()));
    }

    @Test
    void the_current_strong_tag_matches() {
        ArgumentCaptor<UpdateSaleUseCase.Command> command = updateChecksTheVersion();

        Response r = patch("\"7\"");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(command.getValue().expectedVersion()).contains(ExpectedVersion.version(7));
    }

    @Test
    void a_list_of_tags_reaches_the_use_case_as_every_strong_version_listed() {
        ArgumentCaptor<UpdateSaleUseCase.Command> command = updateChecksTheVersion();

        Response r = patch(" \"3\" , W/\"5\", \"7\",junk");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(command.getValue().expectedVersion()).contains(new ExpectedVersion(false, Set.of(3L, 7L)));
    }

    @Test
    void a_star_matches_any_version() {
        ArgumentCaptor<UpdateSaleUseCase.Command> command = updateChecksTheVersion();

        Response r = patch("*");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(command.getValue().expectedVersion()).contains(ExpectedVersion.anyVersion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "W/\"7\"", "7", "\"7", "\"-7\"", "\"0\"", "\"99\"", "\"\"",
            "\"1234567890123456789\""})
    void a_stale_weak_or_malformed_if_match_never_matches_and_is_412_with_the_current_etag(String ifMatch) {
        ArgumentCaptor<UpdateSaleUseCase.Command> command = updateChecksTheVersion();

        Response r = patch(ifMatch);

        assertThat(r.status()).as(r.toString()).isEqualTo(412);
        assertThat(r.header("ETag")).isEqualTo("\"7\"");
        assertThat(r.json().get("code").asText()).isEqualTo("PRECONDITION_FAILED");
        assertThat(r.json().get("error").asText())
                .isEqualTo("The sale was changed by someone else. Reload it and try again.");
        assertThat(r.json().at("/details/current_version").asLong()).isEqualTo(7);
        ExpectedVersion condition = command.getValue().expectedVersion().orElseThrow();
        assertThat(condition.any()).isFalse();
        assertThat(condition.versions()).doesNotContain(7L);
    }

    @Test
    void a_stale_if_match_wins_over_bad_fields_when_the_use_case_checks_the_version_first() {
        updateChecksTheVersion();

        Response r = send("PATCH", salePath(sale.id()), "{\"discount_amount\": \"-1\"}", "If-Match", "\"6\"");

        assertThat(r.status()).isEqualTo(412);
        Response fresh = send("PATCH", salePath(sale.id()), "{\"discount_amount\": \"-1\"}", "If-Match", "\"7\"");
        assertThat(fresh.status()).isEqualTo(400);
        assertThat(fresh.json().at("/details/discount_amount/0").asText()).isEqualTo("Amounts cannot be negative.");
    }

    @Test
    void a_sale_created_answers_201_with_etag_of_its_first_version() {
        when(create.create(any(), any())).thenReturn(view(draft(1)));

        Response r = post("/sales/api/sales/", "{\"storefront\": \"" + storefront + "\"}");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        assertThat(r.json().get("version").asLong()).isEqualTo(1);
        assertThat(r.json().get("discount_amount").asText()).isEqualTo(Money.ZERO.toString());
    }
}
