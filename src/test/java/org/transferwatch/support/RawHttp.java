package org.transferwatch.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for tests of what the running server answers to requests no HTTP client
 * library would send (invalid percent-encoding, oversized headers, a foreign Host).
 */
public final class RawHttp {

    /** The status, the header lines as sent, and the body (de-chunked). */
    public record Answer(int status, String headers, String body) {
    }

    private RawHttp() {
    }

    /** Sends a GET with the request line and headers as given, byte for byte, and reads the whole answer. */
    public static Answer get(int port, String target, String... headers) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
            var request = new StringBuilder("GET " + target + " HTTP/1.1\r\n");
            if (Arrays.stream(headers).noneMatch(header -> header.toLowerCase(Locale.ROOT).startsWith("host:"))) {
                request.append("Host: localhost\r\n");
            }
            request.append("Connection: close\r\n");
            for (var header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            var bytes = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(bytes);
            var text = bytes.toString(StandardCharsets.UTF_8);
            var end = text.indexOf("\r\n\r\n");
            var head = end < 0 ? text : text.substring(0, end);
            var body = end < 0 ? "" : text.substring(end + 4);
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = unchunked(body);
            }
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, body);
        }
    }

    private static String unchunked(String body) {
        var out = new StringBuilder();
        var at = 0;
        while (at < body.length()) {
            var lineEnd = body.indexOf("\r\n", at);
            var size = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }

}
