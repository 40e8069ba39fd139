package io.salescore.bootstrap;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** Runs the HTTP API until the process is stopped (SIGTERM or Ctrl-C stop it gracefully). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the HTTP API.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    Settings settings;

    @Override
    public Integer call() {
        Logging.configure(settings.logFormat);
        Application app = Application.start(settings, Clock.systemUTC(), true);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "shutdown"));
        if (settings.demo) {
            DemoData.load(app, System.out);
        }
        System.out.println("Sales Core is listening on http://localhost:" + app.httpPort()
                + "  (health: /health/ready)");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
