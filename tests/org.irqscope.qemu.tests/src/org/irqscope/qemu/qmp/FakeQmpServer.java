// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.qmp;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * An in-process QMP server on a temporary Unix socket that records every command it receives and answers through a
 * script: the script maps a command to the reply line, or to null to stay silent, or to "CLOSE" to drop the
 * connection (QEMU killed mid-command).
 */
public final class FakeQmpServer implements AutoCloseable {
    static final String GREETING = "{\"QMP\": {\"version\": {\"qemu\": {\"micro\": 22, \"minor\": 2, \"major\": 7},"
            + " \"package\": \"Debian 1:7.2+dfsg-7+deb12u18+b3\"}, \"capabilities\": [\"oob\"]}}";

    public final Path path;
    public final List<JsonObject> received = new CopyOnWriteArrayList<>();
    final List<SocketChannel> clients = new CopyOnWriteArrayList<>();
    private final ServerSocketChannel server;
    private volatile String greeting = GREETING;
    private volatile Function<JsonObject, String> script = FakeQmpServer::ok;

    public FakeQmpServer(Path dir) throws IOException {
        path = dir.resolve("qmp.sock");
        Files.deleteIfExists(path);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        Thread.ofPlatform().name("fake-qmp-acceptor").daemon().start(this::accept);
    }

    /** The first line the server sends; null sends nothing. */
    FakeQmpServer greeting(String line) {
        greeting = line;
        return this;
    }

    public FakeQmpServer script(Function<JsonObject, String> s) {
        script = s;
        return this;
    }

    public static String ok(JsonObject cmd) {
        return reply(cmd, cmd.get("execute").getAsString().equals("human-monitor-command") ? "\"\"" : "{}");
    }

    public static String reply(JsonObject cmd, String returnJson) {
        return "{\"return\": " + returnJson + (cmd.has("id") ? ", \"id\": " + cmd.get("id") : "") + "}";
    }

    public List<String> commands() {
        return received.stream().map(o -> o.get("execute").getAsString()).toList();
    }

    void send(SocketChannel ch, String line) throws IOException {
        ByteBuffer b = ByteBuffer.wrap((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        synchronized (ch) {
            while (b.hasRemaining()) {
                ch.write(b);
            }
        }
    }

    /** Closes every client connection, as a QEMU that exits (or restarts on the same socket) does. */
    public void dropClients() throws IOException {
        for (SocketChannel ch : clients) {
            ch.close();
        }
    }

    /** Sends a line to every connected client (events). */
    public void broadcast(String line) throws IOException {
        for (SocketChannel ch : clients) {
            if (ch.isOpen()) {
                send(ch, line);
            }
        }
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel ch = server.accept();
                clients.add(ch);
                Thread.ofPlatform().daemon().start(() -> serve(ch));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(SocketChannel ch) {
        try {
            if (greeting != null) {
                send(ch, greeting);
            }
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            StringBuilder line = new StringBuilder();
            while (ch.read(buf) >= 0) {
                buf.flip();
                line.append(StandardCharsets.UTF_8.decode(buf));
                buf.clear();
                int nl;
                while ((nl = line.indexOf("\n")) >= 0) {
                    JsonObject cmd = JsonParser.parseString(line.substring(0, nl)).getAsJsonObject();
                    line.delete(0, nl + 1);
                    received.add(cmd);
                    String r = script.apply(cmd);
                    if ("CLOSE".equals(r)) {
                        ch.close();
                        return;
                    }
                    if (r != null) {
                        send(ch, r);
                    }
                }
            }
        } catch (IOException e) {
            // The client went away; the test asserts on what was received.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (SocketChannel ch : clients) {
            ch.close();
        }
        Files.deleteIfExists(path);
    }
}
