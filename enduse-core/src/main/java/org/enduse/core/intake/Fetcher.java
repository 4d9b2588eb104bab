package org.enduse.core.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches http(s) URLs within {@link IntakeLimits}: redirects are followed by hand so every hop
 * is checked again (scheme, address policy, count), the body is cut off at the size cap while it
 * streams in, and each hop has one deadline covering connection, headers and body, so a server that
 * trickles bytes cannot hold a run forever.
 */
public final class Fetcher implements AutoCloseable {
    private final IntakeLimits limits;
    private final AddressPolicy policy;
    private final HttpClient client;

    public Fetcher(IntakeLimits limits) {
        this.limits = limits;
        this.policy = new AddressPolicy(limits.allowPrivateAddresses());
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(limits.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public RawDocument fetch(String url) {
        URI uri = parse(url);
        Set<URI> visited = new HashSet<>();
        for (int hop = 0; ; hop++) {
            checkTarget(uri);
            if (!visited.add(uri)) throw new IntakeException(IntakeFailure.TOO_MANY_REDIRECTS, "redirect loop: " + uri + " was already visited");
            HttpResponse<byte[]> response = send(uri);
            int status = response.statusCode();
            if (isRedirect(status)) {
                if (hop >= limits.maxRedirects()) {
                    throw new IntakeException(IntakeFailure.TOO_MANY_REDIRECTS, "more than " + limits.maxRedirects() + " redirects (last to " + uri + ")");
                }
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new IntakeException(IntakeFailure.HTTP_STATUS, "HTTP " + status + " redirect without a Location"));
                uri = resolve(uri, location);
                continue;
            }
            if (status < 200 || status > 299) throw new IntakeException(IntakeFailure.HTTP_STATUS, "HTTP " + status + " from " + uri);
            return new RawDocument(url, uri.toString(), response.body(), response.headers().firstValue("Content-Type").orElse(null), Instant.now());
        }
    }

    private HttpResponse<byte[]> send(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(limits.readTimeout())
                .header("User-Agent", limits.userAgent())
                .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/plain;q=0.9, */*;q=0.1")
                .GET().build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> isRedirect(info.statusCode())
                ? HttpResponse.BodySubscribers.replacing(new byte[0])
                : new CappedBody(limits.maxBytes(), info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        try {
            return future.get(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut(uri, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IntakeException(IntakeFailure.TIMEOUT, "interrupted while fetching " + uri, e);
        } catch (ExecutionException e) {
            throw translate(uri, e.getCause());
        }
    }

    /** One message whichever timer fired first: the client's request timeout or our overall deadline. */
    private IntakeException timedOut(URI uri, Throwable cause) {
        return new IntakeException(IntakeFailure.TIMEOUT, "no complete answer from " + uri + " within " + limits.readTimeout().toSeconds() + " s", cause);
    }

    private IntakeException translate(URI uri, Throwable cause) {
        Throwable c = cause;
        while (c != null) {
            if (c instanceof IntakeException known) return known;
            if (c instanceof HttpTimeoutException) return timedOut(uri, cause);
            if (c instanceof ConnectException) return new IntakeException(IntakeFailure.NETWORK, "cannot connect to " + uri.getHost() + ":" + port(uri) + " (connection refused)", cause);
            c = c.getCause();
        }
        String what = cause instanceof IOException && cause.getMessage() != null ? cause.getMessage() : String.valueOf(cause);
        return new IntakeException(IntakeFailure.NETWORK, "fetching " + uri + " failed: " + what, cause);
    }

    private void checkTarget(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IntakeException(IntakeFailure.UNSUPPORTED, "only http and https URLs are fetched, not " + uri);
        }
        if (uri.getHost() == null) throw new IntakeException(IntakeFailure.UNSUPPORTED, "the URL " + uri + " has no host");
        policy.check(uri.getHost());
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new IntakeException(IntakeFailure.UNSUPPORTED, "not a valid URL: " + e.getMessage(), e);
        }
    }

    private static URI resolve(URI base, String location) {
        try {
            return base.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IntakeException(IntakeFailure.HTTP_STATUS, "redirect to an invalid URL '" + location + "'", e);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    @Override
    public void close() {
        client.close();
    }

    /** Collects a body and stops reading as soon as it exceeds the cap (or the announced length does). */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long cap;
        private final long announced;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(long cap, long announced) {
            this.cap = cap;
            this.announced = announced;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (announced > cap) {
                s.cancel();
                result.completeExceptionally(tooLarge("announces " + announced + " bytes"));
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) return;
            for (ByteBuffer item : items) {
                if (buffer.size() + (long) item.remaining() > cap) {
                    subscription.cancel();
                    result.completeExceptionally(tooLarge("sent more than " + cap + " bytes"));
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                buffer.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }

        private IntakeException tooLarge(String what) {
            return new IntakeException(IntakeFailure.TOO_LARGE, "too large: the server " + what + " (the limit is " + cap + " bytes)");
        }
    }
}
