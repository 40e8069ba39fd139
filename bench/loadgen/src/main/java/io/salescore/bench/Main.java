package io.salescore.bench;

import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code java -jar bench/loadgen/target/loadgen.jar <command> [--option value ...]}; each command prints one JSON
 * object (its result) on standard output and, with {@code --out FILE}, writes it there too.
 */
public final class Main {

    private static final String USAGE = """
            Usage: loadgen <command> [options]
              setup   --url URL --props FILE [--profile full|sigterm] [--b3-holds 1000]
                      register a business and load the bench data set through the API; write ids and token to FILE
              b1      --props FILE [--clients 64] [--seconds 20] [--warmup 3] [--sale-every 20] [--cpu-pid PID]
                      [--out FILE]
                      add 1 unit of the same product, each client to its own DRAFT sale
              b2      --props FILE [--clients 8] [--seconds 20] [--warmup 3] [--rss-pid PID] [--cpu-pid PID]
                      [--completed-file FILE] [--error-backoff-ms 20] [--out FILE]
                      create sale -> add 3 products -> complete with cash, in a loop
              b3      --props FILE [--clients 8] [--seconds 20] [--warmup 3] [--out FILE]
                      GET availability of the product with 1 000 live reservations
              (--cpu-pid PID: the CPU of that process, utime + stime, over the measured window, per request)
              verify-completed --props FILE --ids FILE [--out FILE]
                      every sale id listed must read back as COMPLETED (exit 2 otherwise)
              fsync   --dir DIR [--count 1000] [--out FILE]
                      fdatasync latency of 8 KiB page writes in DIR (as the WAL writes them): p50 / p99 / max
              jfr-top --file F.jfr [--top 25] [--text-out FILE]
                      the hottest methods of a JFR recording by self time, by library and by total time
              report  --dir RESULTS_DIR
                      the table of medians of a bench/run.sh results directory (writes summary.md and summary.json)
            """;

    private Main() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h")) {
            System.out.print(USAGE);
            return;
        }
        Args args = Args.parse(argv, 1);
        Map<String, Object> result = switch (argv[0]) {
            case "setup" -> Setup.run(args);
            case "b1" -> Scenarios.b1(args);
            case "b2" -> Scenarios.b2(args);
            case "b3" -> Scenarios.b3(args);
            case "verify-completed" -> Scenarios.verifyCompleted(args);
            case "report" -> Report.run(args);
            case "jfr-top" -> JfrTop.run(args);
            case "fsync" -> Fsync.run(args);
            default -> {
                System.err.print(USAGE);
                System.exit(64);
                yield null;
            }
        };
        String json = Api.JSON.writeValueAsString(result);
        if (args.has("out")) {
            Files.writeString(Path.of(args.required("out")),
                    Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result) + "\n");
        }
        if (!"report".equals(argv[0])) {
            System.out.println(json);
        }
        if (Boolean.FALSE.equals(result.get("pass"))) {
            System.exit(2);
        }
    }

    /** The JDK this runs on, e.g. "OpenJDK 17.0.15+6-Debian-1deb12u1". */
    static String jdk() {
        String name = System.getProperty("java.runtime.name", "Java").replace(" Runtime Environment", "");
        return name + " " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vendor", "?") + ")";
    }
}
