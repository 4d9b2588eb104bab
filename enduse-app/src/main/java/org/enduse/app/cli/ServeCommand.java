package org.enduse.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.enduse.app.AppServices;
import org.enduse.app.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = {"Serve the web UI and the JSON API (under /api, described at /api/openapi.json).",
        "Listens on 127.0.0.1 unless told otherwise; stop it with Ctrl-C."},
        footer = {"", "Examples:", "  enduse serve", "  enduse serve --port 8443 --secure-cookies"})
public final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--secure-cookies", description = "Mark cookies Secure: use behind an HTTPS proxy.")
    boolean secureCookies;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new UserException("--port must be between 0 and 65535");
        AppServices services = AppServices.of(Contexts.open(spec));
        WebServer server = new WebServer(new WebServer.Options(bind, port, secureCookies), services.accounts(), services.sessions(),
                services.audit(), services.webModules()).start();
        var out = spec.commandLine().getOut();
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        out.printf("enduse: serving http://%s:%d/ (data in %s)%n", host, server.port(), services.context().dataDir());
        if (!services.accounts().anyUsers()) {
            out.println("enduse: there are no users yet; create the first admin with:");
            out.println("  enduse users add NAME --org \"YOUR ORGANISATION\" --role admin");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "enduse-stop"));
        stopped.await();
        return ExitCodes.OK;
    }
}
