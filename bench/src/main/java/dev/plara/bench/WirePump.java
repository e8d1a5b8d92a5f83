package dev.plara.bench;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Consumer;

/** Copies whole MongoDB wire messages one way between two sockets on a daemon thread, showing each on the way. */
final class WirePump {

    private WirePump() {
    }

    /** Starts copying from {@code from} to {@code to}; when either side closes, both are closed. */
    static void start(Socket from, Socket to, Consumer<byte[]> seen) throws IOException {
        var in = new DataInputStream(from.getInputStream());
        var out = to.getOutputStream();
        var thread = new Thread(() -> {
            try (from; to) {
                while (true) {
                    var message = readMessage(in);
                    seen.accept(message);
                    out.write(message);
                    out.flush();
                }
            } catch (IOException ended) {
                // one side closed the connection: both are closed
            }
        }, "wire-tap-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static byte[] readMessage(DataInputStream in) throws IOException {
        var header = new byte[WireMessages.HEADER];
        in.readFully(header);
        int length = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        if (length < WireMessages.HEADER) {
            throw new EOFException("not a MongoDB message");
        }
        var message = new byte[length];
        System.arraycopy(header, 0, message, 0, WireMessages.HEADER);
        in.readFully(message, WireMessages.HEADER, length - WireMessages.HEADER);
        return message;
    }
}
