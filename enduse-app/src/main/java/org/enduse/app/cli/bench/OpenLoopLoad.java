package org.enduse.app.cli.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-loop HTTP/1.1 load: request i is due at start + i / rate whether or not earlier ones were
 * answered, and its latency counts from that moment, so a server that falls behind shows its queue
 * in the figures instead of slowing the load down (no coordinated omission). Each request runs on
 * a virtual thread over a kept-alive plain socket taken from a pool (a new one when all are busy):
 * far less work per request than a general HTTP client, so the load takes little of the CPU the
 * server it measures needs.
 */
final class OpenLoopLoad {
    /** What to ask for: which route it counts under, and the path with its query. */
    record Request(int route, String path) {}

    /** Per request, in the order they were due: latency from when it was due (ns) and the status (0 for none). */
    record Outcome(long[] latencyNanos, int[] status, double seconds) {}

    private final InetSocketAddress server;
    private final int timeoutMs;
    private final String headers;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

    /** {@code timeoutMs} bounds connecting and each wait for an answer; a request past it counts as failed. */
    OpenLoopLoad(InetSocketAddress server, String bearerToken, int timeoutMs) {
        this.server = server;
        this.timeoutMs = timeoutMs;
        this.headers = "Host: " + server.getHostString() + ":" + server.getPort() + "\r\nAuthorization: Bearer " + bearerToken + "\r\n\r\n";
    }

    /** Sends {@code count} requests at {@code rate} per second, waits for every answer, and returns them. */
    Outcome run(int count, int rate, IntFunction<Request> requests) throws InterruptedException {
        long[] latency = new long[count];
        int[] status = new int[count];
        var done = new CountDownLatch(count);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * 1_000_000_000L / rate;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) LockSupport.parkNanos(wait);
            Request r = requests.apply(i);
            int index = i;
            Thread.ofVirtual().start(() -> {
                status[index] = send(r.path());
                latency[index] = System.nanoTime() - due;
                done.countDown();
            });
        }
        if (!done.await(count / rate + 2L * timeoutMs / 1000, TimeUnit.SECONDS)) throw new IllegalStateException("requests still unanswered long after their timeout");
        return new Outcome(latency, status, (System.nanoTime() - start) / 1e9);
    }

    /** One request at a time, each sent when the previous was answered: the service time without queueing. */
    long[] oneAtATime(int count, String path) {
        long[] took = new long[count];
        for (int i = 0; i < count; i++) {
            long s = System.nanoTime();
            if (send(path) != 200) throw new IllegalStateException("GET " + path + " was not answered with 200");
            took[i] = System.nanoTime() - s;
        }
        return took;
    }

    /** Closes the kept-alive connections. */
    void close() {
        for (Connection c; (c = idle.poll()) != null; ) c.close();
    }

    /** The status of the answer, or 0 when the connection failed or timed out. */
    private int send(String path) {
        Connection c = idle.poll();
        try {
            if (c == null) c = new Connection(server, timeoutMs);
            c.out.write(("GET " + path + " HTTP/1.1\r\n" + headers).getBytes(StandardCharsets.US_ASCII));
            c.out.flush();
            Answer a = c.readAnswer();
            if (a.keepAlive()) idle.push(c);
            else c.close();
            return a.status();
        } catch (IOException | RuntimeException e) {
            if (c != null) c.close();
            return 0;
        }
    }

    private record Answer(int status, boolean keepAlive) {}

    private static final class Connection {
        final Socket socket;
        final InputStream in;
        final OutputStream out;

        Connection(InetSocketAddress server, int timeoutMs) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(timeoutMs);
            socket.connect(server, timeoutMs);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = new BufferedOutputStream(socket.getOutputStream(), 1024);
        }

        /** Reads the status line, the headers and the body (by Content-Length or chunked), discarding the body. */
        Answer readAnswer() throws IOException {
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.1 ")) throw new IOException("not an HTTP/1.1 answer: " + statusLine);
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false, keepAlive = true;
            for (String h = line(); !h.isEmpty(); h = line()) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).strip().toLowerCase(Locale.ROOT), value = h.substring(colon + 1).strip();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                    case "connection" -> keepAlive = !value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";", 2)[0].strip(), 16); size > 0; size = Long.parseLong(line().split(";", 2)[0].strip(), 16)) {
                    skip(size);
                    line();
                }
                for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                    // trailers carry nothing the load needs
                }
            } else if (length >= 0) {
                skip(length);
            } else {
                keepAlive = false; // the body ends when the server closes
                in.transferTo(OutputStream.nullOutputStream());
            }
            return new Answer(status, keepAlive);
        }

        private void skip(long n) throws IOException {
            byte[] scratch = new byte[8192];
            while (n > 0) {
                int read = in.read(scratch, 0, (int) Math.min(scratch.length, n));
                if (read < 0) throw new EOFException("the answer ended early");
                n -= read;
            }
        }

        private String line() throws IOException {
            var bytes = new ByteArrayOutputStream(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) throw new EOFException("the connection closed mid-answer");
                if (b != '\r') bytes.write(b);
            }
            return bytes.toString(StandardCharsets.US_ASCII);
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket that failed anyway
            }
        }
    }

    /** The value below which the given share of the sorted values lie, in milliseconds. */
    static double percentileMillis(long[] sorted, double share) {
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(share * sorted.length) - 1))] / 1e6;
    }

    static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
