package io.salescore.bootstrap;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** POS_DB_POOL_SIZE: 0 (the default) is twice the processors with a floor of 4; a given size is kept as is. */
class SettingsPoolSizeTest {

    @Test
    void the_automatic_size_is_twice_the_processors_and_at_least_four() {
        assertThat(Settings.defaultPoolSize(1)).isEqualTo(4);
        assertThat(Settings.defaultPoolSize(2)).isEqualTo(4);
        assertThat(Settings.defaultPoolSize(3)).isEqualTo(6);
        assertThat(Settings.defaultPoolSize(8)).isEqualTo(16);
    }

    @Test
    void without_the_option_the_server_opens_the_automatic_size() {
        Settings parsed = parse();

        assertThat(parsed.dbPoolSize)
                .as("the option's default, unless POS_DB_POOL_SIZE is set where the tests run")
                .isEqualTo(System.getenv("POS_DB_POOL_SIZE") == null ? 0
                        : Integer.parseInt(System.getenv("POS_DB_POOL_SIZE")));
        if (System.getenv("POS_DB_POOL_SIZE") == null) {
            assertThat(parsed.dbPoolSize())
                    .isEqualTo(Settings.defaultPoolSize(Runtime.getRuntime().availableProcessors()));
        }
        assertThat(Settings.defaults().dbPoolSize())
                .isEqualTo(Settings.defaultPoolSize(Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void a_given_size_is_kept_and_a_negative_one_is_refused() {
        assertThat(parse("--db-pool-size", "7").dbPoolSize()).isEqualTo(7);
        assertThat(Settings.defaults().dbPoolSize(20).dbPoolSize()).isEqualTo(20);

        assertThatThrownBy(() -> parse("--db-pool-size", "-1"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("must be 0 (automatic) or positive");
    }

    private static Settings parse(String... args) {
        Holder holder = new Holder();
        new CommandLine(holder).parseArgs(args);
        return holder.settings;
    }

    @CommandLine.Command(name = "test")
    static final class Holder {
        @CommandLine.Mixin
        Settings settings;
    }
}
