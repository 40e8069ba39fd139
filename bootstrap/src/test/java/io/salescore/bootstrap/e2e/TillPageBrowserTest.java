package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R12: the till page driven in a real browser. Runs {@code till-page/test/till.test.mjs} (playwright-core from the
 * committed lockfile, Debian's Chromium) against this JVM's server on its embedded PostgreSQL. The script asks for
 * the server's clock to move ({@code @clock PT31M} on its stdout) to let a hold expire under an open cart; this test
 * moves it and answers {@code ok}. Screenshots of every step land in {@code bootstrap/target/till-page-screenshots}.
 */
class TillPageBrowserTest {

    private static final Path TILL_PAGE = Path.of("..", "till-page").toAbsolutePath().normalize();
    private static final Path SCREENSHOTS = Path.of("target", "till-page-screenshots").toAbsolutePath();

    @Test
    @Timeout(600)
    void a_cashier_sells_from_the_till_page_in_chromium() throws Exception {
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        assertThat(Path.of(chromium)).as("Debian's chromium (apt-get install chromium; .ci/run installs it)")
                .isExecutable();
        if (!Files.isDirectory(TILL_PAGE.resolve("node_modules/playwright-core"))) {
            run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        }
        TestServer server = TestServer.get();
        Files.createDirectories(SCREENSHOTS);
        try (var old = Files.list(SCREENSHOTS)) { // this run's screenshots only
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }

        ProcessBuilder builder = new ProcessBuilder("node", "test/till.test.mjs").directory(TILL_PAGE.toFile())
                .redirectErrorStream(true);
        builder.environment().put("SALESCORE_URL", server.baseUrl());
        builder.environment().put("SCREENSHOTS", SCREENSHOTS.toString());
        builder.environment().put("CHROMIUM", chromium);
        builder.environment().put("SALESCORE_CLOCK", "stdin");
        Process node = builder.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
             Writer in = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8)) {
            for (String line; (line = out.readLine()) != null; ) {
                output.append(line).append('\n');
                if (line.startsWith("@clock ")) {
                    server.clock().advance(Duration.parse(line.substring("@clock ".length()).trim()));
                    in.write("ok\n");
                    in.flush();
                }
            }
        }
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Files.writeString(SCREENSHOTS.resolve("output.txt"), output);
        assertThat(node.exitValue()).as(output.toString()).isZero();
        assertThat(output.toString()).contains("scenarios passed").doesNotContain("FAIL");
        try (var shots = Files.list(SCREENSHOTS)) {
            assertThat(shots.filter(p -> p.toString().endsWith(".png")).count()).isGreaterThanOrEqualTo(15);
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(TILL_PAGE.toFile()).redirectErrorStream(true).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
            try {
                return process.getInputStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + new String(out.get(), StandardCharsets.UTF_8))
                .isZero();
    }
}
