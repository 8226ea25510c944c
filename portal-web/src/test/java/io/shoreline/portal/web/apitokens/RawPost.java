package io.shoreline.portal.web.apitokens;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;

/**
 * A POST written on a plain socket, to see exactly how much of a body the server makes a client
 * send: HTTP clients send a whole body whatever the server answered meanwhile.
 */
final class RawPost {

  private final URL base;
  private final String path;
  private final String token;
  private long sent;

  RawPost(URL base, String path, String token) {
    this.base = base;
    this.path = path;
    this.token = token;
  }

  /** Announces a body of this length and sends none of it; the answer, as far as it came. */
  String announcing(long length) throws IOException {
    try (Socket socket = open()) {
      write(socket, "Content-Length: " + length + "\r\n");
      return read(socket.getInputStream());
    }
  }

  /**
   * Sends invalid CSV rows in chunks until the server answers (or {@code total} bytes went out).
   */
  String chunked(String header, long total) throws Exception {
    try (Socket socket = open()) {
      write(socket, "Transfer-Encoding: chunked\r\n");
      StringBuilder answer = new StringBuilder();
      Thread reader =
          new Thread(
              () -> {
                try {
                  answer.append(read(socket.getInputStream()));
                } catch (IOException e) {
                  answer.append("no answer: ").append(e);
                }
              });
      reader.start();
      OutputStream out = socket.getOutputStream();
      long line = 0;
      try {
        while (reader.isAlive() && sent < total) {
          StringBuilder rows = new StringBuilder(sent == 0 ? header : "");
          while (rows.length() < 16 * 1024) {
            // a month 13: each row is parsed and checked, none written, so the time goes into
            // reading the body (what the limit is about), not into the database
            rows.append("2030-13-01,Q").append(line++).append(",100,0.9\n");
          }
          byte[] chunk = rows.toString().getBytes(UTF_8);
          out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(ISO_8859_1));
          out.write(chunk);
          out.write("\r\n".getBytes(ISO_8859_1));
          sent += chunk.length;
        }
      } catch (IOException closedByTheServer) {
        // the server answered and closed: what matters is how far it let us get
      }
      reader.join(60_000);
      return answer.toString();
    }
  }

  long sent() {
    return sent;
  }

  private Socket open() throws IOException {
    Socket socket = new Socket(base.getHost(), base.getPort());
    socket.setSoTimeout(60_000);
    return socket;
  }

  private void write(Socket socket, String bodyHeader) throws IOException {
    String request =
        "POST /"
            + path
            + " HTTP/1.1\r\nHost: "
            + base.getHost()
            + ":"
            + base.getPort()
            + "\r\nAuthorization: Bearer "
            + token
            + "\r\nContent-Type: text/csv\r\nAccept: application/json\r\n"
            + bodyHeader
            + "\r\n";
    socket.getOutputStream().write(request.getBytes(ISO_8859_1));
    socket.getOutputStream().flush();
  }

  /** The status line, headers and as much of the body as arrives before a pause or the end. */
  private static String read(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      int n;
      while ((n = in.read(buffer)) > 0) {
        answer.write(buffer, 0, n);
        String text = answer.toString(UTF_8);
        int headersEnd = text.indexOf("\r\n\r\n");
        if (headersEnd > 0 && text.indexOf('}', headersEnd) > 0) {
          break; // the JSON body of the answer is complete
        }
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // what came is the answer
    }
    return answer.toString(UTF_8);
  }
}
