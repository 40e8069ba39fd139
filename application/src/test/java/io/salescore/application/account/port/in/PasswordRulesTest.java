package io.salescore.application.account.port.in;

import io.salescore.domain.access.Role;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The password rule of domain.md: at least 10 characters, not all whitespace, not one of the commonest. */
class PasswordRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "        ", "password", "123456789", "short-9"})
    void too_short_is_refused(String password) {
        assertThat(PasswordRules.problem(password)).contains("at least 10 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"          ", "\t\t\t\t\t\t\t\t\t\t", "     \n     "})
    void all_whitespace_is_refused(String password) {
        assertThat(PasswordRules.problem(password)).contains("only spaces");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "qwertyuiop", "password123", "Password1234", "1q2w3e4r5t", "QWERTYUIOP"})
    void the_commonest_passwords_are_refused_whatever_their_case(String password) {
        assertThat(PasswordRules.problem(password)).contains("too common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"secret-pass-1", "correct horse battery", "till-7-open-sesame"})
    void other_passwords_pass(String password) {
        assertThat(PasswordRules.problem(password)).isNull();
    }

    @Test
    void the_shipped_list_has_every_common_password_the_length_rule_lets_through() {
        assertThat(PasswordRules.listSize()).isEqualTo(1090);
    }

    @Test
    void every_place_a_password_is_set_applies_the_rule() {
        assertThatThrownBy(() -> new RegisterCommand("Ama", "a@b.gh", "qwertyuiop", "Shop", null, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new CreateStaffCommand("Kofi", "k@b.gh", "12345678", Role.CASHIER, List.of()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new UpdateStaffCommand(null, null, "          ", null, null, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ChangePasswordCommand("old-password-1", "password123"))
                .isInstanceOf(ValidationException.class);
        assertThatCode(() -> new ChangePasswordCommand("old", "a-good-new-pass-1")).doesNotThrowAnyException();
    }
}
