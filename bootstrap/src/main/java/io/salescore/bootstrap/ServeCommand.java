package io.salescore.bootstrap;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import sun.misc.Signal;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the HTTP API until SIGTERM or Ctrl-C. Stopping is graceful and bounded: no new requests, those in flight
 * finish (up to {@code POS_SHUTDOWN_TIMEOUT}), then the sweeper, the pool and the embedded database stop, and
 * the process exits 0.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the HTTP API.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    Settings settings;

    @Override
    public Integer call() {
        Logging.configure(settings.logFormat);
        CountDownLatch stop = new CountDownLatch(1);
        Signal.handle(new Signal("TERM"), signal -> stop.countDown());
        Signal.handle(new Signal("INT"), signal -> stop.countDown());
        Application app = Application.start(settings, Clock.systemUTC(), true);
        if (settings.demo) {
            DemoData.load(app, System.out);
        }
        System.out.println("Sales Core is listening on http://localhost:" + app.httpPort()
                + "  (health: /health/ready, API docs: /docs)");
        System.out.println("Till page: http://localhost:" + app.httpPort() + "/pos/");
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        app.close();
        System.out.println("Sales Core stopped.");
        return 0;
    }
}
