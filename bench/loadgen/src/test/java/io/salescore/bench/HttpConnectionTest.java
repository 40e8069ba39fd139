package io.salescore.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HttpConnectionTest {

    /** Reads one request head (and a Content-Length body) from the stream; returns the head. */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring(15).trim()));
            }
        }
        return text;
    }

    @Test
    void reads_sized_and_chunked_answers_on_one_kept_alive_connection() throws Exception {
        List<String> requests = new ArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    OutputStream out = s.getOutputStream();
                    requests.add(readRequest(in));
                    out.write("HTTP/1.1 201 Created\r\nContent-Length: 7\r\n\r\n{\"a\":1}".getBytes());
                    out.flush();
                    requests.add(readRequest(in));
                    out.write(("HTTP/1.1 400 Bad Request\r\nTransfer-Encoding: chunked\r\n\r\n"
                            + "4\r\n{\"co\r\n8;x=y\r\nde\":\"X\"}\r\n0\r\n\r\n").getBytes());
                    out.flush();
                    requests.add(readRequest(in));
                    out.write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n".getBytes());
                    out.flush();
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            t.start();
            try (HttpConnection http = new HttpConnection(URI.create("http://127.0.0.1:" + server.getLocalPort()),
                    5000)) {
                HttpConnection.Response first = http.post("/sales/api/sales/", "tok", "{\"x\":1}");
                assertThat(first.status()).isEqualTo(201);
                assertThat(first.text()).isEqualTo("{\"a\":1}");
                HttpConnection.Response second = http.get("/b/", null);
                assertThat(second.status()).isEqualTo(400);
                assertThat(second.text()).isEqualTo("{\"code\":\"X\"}");
                assertThat(http.send("DELETE", "/c/", "tok", null).status()).isEqualTo(204);
            }
            t.join(5000);
        }
        assertThat(requests.get(0)).startsWith("POST /sales/api/sales/ HTTP/1.1\r\n")
                .contains("Authorization: Token tok\r\n").contains("Content-Length: 7\r\n");
        assertThat(requests.get(1)).startsWith("GET /b/ HTTP/1.1\r\n").doesNotContain("Authorization");
    }
}
