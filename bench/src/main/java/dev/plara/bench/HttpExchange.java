package dev.plara.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection of the load generator: writes a request it is given byte for byte and reads the
 * whole answer (fixed length or chunked), reconnecting when the server closed the connection.
 */
final class HttpExchange implements AutoCloseable {

    private final InetSocketAddress address;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    HttpExchange(InetSocketAddress address) {
        this.address = address;
    }

    /** Sends {@code request} and returns the answer's status once its body has been read. */
    int send(byte[] request) throws IOException {
        if (socket == null) {
            connect();
        }
        out.write(request);
        out.flush();
        var status = statusLine();
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (var header = line(); !header.isEmpty(); header = line()) {
            var lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        if (chunked) {
            skipChunks();
        } else {
            skip(Math.max(length, 0));
        }
        if (close) {
            close();
        }
        return status;
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(address, 5_000);
        socket.setSoTimeout(30_000);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
    }

    private int statusLine() throws IOException {
        var line = line();
        if (!line.startsWith("HTTP/1.1 ") && !line.startsWith("HTTP/1.0 ")) {
            throw new IOException("not an HTTP answer: " + line);
        }
        return Integer.parseInt(line.substring(9, 12));
    }

    private void skipChunks() throws IOException {
        for (long size = chunkSize(); size > 0; size = chunkSize()) {
            skip(size + 2);
        }
        String trailer;
        do {
            trailer = line();
        } while (!trailer.isEmpty());
    }

    private long chunkSize() throws IOException {
        var line = line();
        int extension = line.indexOf(';');
        return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).strip(), 16);
    }

    private void skip(long bytes) throws IOException {
        in.skipNBytes(bytes);
    }

    private String line() throws IOException {
        var text = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the connection closed mid-answer");
            }
            if (b != '\r') {
                text.append((char) b);
            }
        }
        return text.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the connection is being thrown away either way
            }
            socket = null;
        }
    }
}
