package io.salescore.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection, used by one client thread. Deliberately tiny (blocking socket, no pooling,
 * no retries: a request that fails is an error, never sent twice) so the load generator spends as little CPU as
 * possible on the 2 cores it shares with the server and its database. Reconnects on the next request after a
 * failure or a {@code Connection: close}, and replaces a connection idle for 2 s (never a stale one reused).
 */
final class HttpConnection implements Closeable {

    /** An answer: status and body bytes. */
    record Response(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            String text = text();
            return status + " " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
        }
    }

    private final String host;
    private final int port;
    private final String hostHeader;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] buffer = new byte[32 * 1024];
    private int position;
    private int limit;
    private long lastUsed;

    /** A connection idle this long is replaced before use: the server may be closing it (its idle timeout). */
    private static final long MAX_IDLE_NANOS = 2_000_000_000L;

    HttpConnection(URI base, int timeoutMillis) {
        this.host = base.getHost();
        this.port = base.getPort() > 0 ? base.getPort() : 80;
        this.hostHeader = host + ":" + port;
        this.timeoutMillis = timeoutMillis;
    }

    Response get(String path, String token) throws IOException {
        return send("GET", path, token, null);
    }

    Response post(String path, String token, String json) throws IOException {
        return send("POST", path, token, json == null ? "" : json);
    }

    Response send(String method, String path, String token, String json) throws IOException {
        open();
        byte[] body = json == null ? null : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256)
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(hostHeader).append("\r\n")
                .append("User-Agent: salescore-loadgen\r\n");
        if (token != null) {
            head.append("Authorization: Token ").append(token).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try {
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            Response response = read(method);
            lastUsed = System.nanoTime();
            return response;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void open() throws IOException {
        if (socket != null && System.nanoTime() - lastUsed > MAX_IDLE_NANOS) {
            close();
        }
        if (socket != null) {
            return;
        }
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setKeepAlive(true);
            s.setSoTimeout(timeoutMillis);
            s.connect(new InetSocketAddress(host, port), Math.min(timeoutMillis, 5000));
            in = s.getInputStream();
            out = new BufferedOutputStream(s.getOutputStream(), 8192);
            socket = s;
            position = 0;
            limit = 0;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    private Response read(String method) throws IOException {
        String statusLine = readLine();
        while (statusLine.isEmpty()) {
            statusLine = readLine();
        }
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("Not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long contentLength = -1;
        boolean chunked = false;
        boolean closeAfter = statusLine.startsWith("HTTP/1.0");
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> contentLength = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        byte[] body;
        if ("HEAD".equals(method) || status == 204 || status == 304 || (status >= 100 && status < 200)) {
            body = new byte[0];
        } else if (chunked) {
            body = readChunked();
        } else if (contentLength >= 0) {
            body = readExactly((int) contentLength);
        } else {
            body = readToEnd();
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        return new Response(status, body);
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine();
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim(), 16);
            if (size == 0) {
                while (!readLine().isEmpty()) {
                    // trailers
                }
                return all.toByteArray();
            }
            all.write(readExactly(size));
            readLine();
        }
    }

    private byte[] readExactly(int n) throws IOException {
        byte[] result = new byte[n];
        int done = 0;
        while (done < n) {
            if (position == limit && !fill()) {
                throw new EOFException("Connection closed after " + done + " of " + n + " body bytes");
            }
            int chunk = Math.min(n - done, limit - position);
            System.arraycopy(buffer, position, result, done, chunk);
            position += chunk;
            done += chunk;
        }
        return result;
    }

    private byte[] readToEnd() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        while (position < limit || fill()) {
            all.write(buffer, position, limit - position);
            position = limit;
        }
        return all.toByteArray();
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            if (position == limit && !fill()) {
                throw new EOFException(line.length() == 0 ? "Connection closed by the server"
                        : "Connection closed in the middle of a line");
            }
            byte b = buffer[position++];
            if (b == '\n') {
                int length = line.length();
                if (length > 0 && line.charAt(length - 1) == '\r') {
                    line.setLength(length - 1);
                }
                return line.toString();
            }
            line.append((char) (b & 0xff));
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
        in = null;
        out = null;
        position = 0;
        limit = 0;
    }
}
