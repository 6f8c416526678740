// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.qmp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A QMP client over a Unix socket: greeting, {@code qmp_capabilities}, commands with ids and timeouts, asynchronous
 * events to listeners, reconnect. Every command passes the {@link QmpCommandPolicy} first, so a read-only client
 * cannot send anything that changes the guest. Thread-safe: commands may come from several threads; replies are
 * matched by id on one reader thread.
 */
public final class QmpClient implements AutoCloseable {
    private static final int READ_CHUNK = 64 * 1024;

    private final Path socket;
    private final QmpCommandPolicy policy;
    private final Duration handshakeTimeout;
    private final List<Consumer<QmpEvent>> eventListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> closeListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final Object writeLock = new Object();
    private volatile Connection connection;

    /** One socket connection and its reader; replaced as a whole on reconnect. */
    private final class Connection {
        final SocketChannel channel;
        final Map<String, Pending> pending = new ConcurrentHashMap<>();
        final CompletableFuture<JsonObject> greeting = new CompletableFuture<>();
        final Thread reader;
        volatile String closedBecause;
        final java.util.concurrent.atomic.AtomicBoolean notified = new java.util.concurrent.atomic.AtomicBoolean();

        Connection(SocketChannel channel) {
            this.channel = channel;
            this.reader = Thread.ofPlatform().daemon().name("qmp-reader " + socket.getFileName()).unstarted(this::read);
        }

        private void read() {
            ByteBuffer buf = ByteBuffer.allocate(READ_CHUNK);
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            String why = "QEMU closed the QMP connection (did the QEMU process exit?)";
            try {
                while (true) {
                    buf.clear();
                    int n = channel.read(buf);
                    if (n < 0) {
                        break;
                    }
                    byte[] a = buf.array();
                    int start = 0;
                    for (int i = 0; i < n; i++) {
                        if (a[i] == '\n') {
                            line.write(a, start, i - start);
                            dispatch(line.toString(StandardCharsets.UTF_8).trim());
                            line.reset();
                            start = i + 1;
                        }
                    }
                    line.write(a, start, n - start);
                }
            } catch (QmpException e) {
                why = e.getMessage();
            } catch (IOException e) {
                why = closedBecause != null ? closedBecause : "the QMP connection failed: " + e.getMessage();
            }
            shut(why);
        }

        private void dispatch(String text) throws QmpException {
            if (text.isEmpty()) {
                return;
            }
            JsonObject msg;
            try {
                JsonElement e = JsonParser.parseString(text);
                if (!e.isJsonObject()) {
                    throw new JsonParseException("not an object");
                }
                msg = e.getAsJsonObject();
            } catch (JsonParseException e) {
                throw new QmpException(QmpException.Reason.NOT_QMP, socket + " does not speak QMP: it sent '"
                        + shorten(text) + "', which is not a JSON object");
            }
            if (!greeting.isDone()) {
                if (!msg.has("QMP")) {
                    throw new QmpException(QmpException.Reason.NOT_QMP, socket + " does not speak QMP: its first "
                            + "message has no \"QMP\" greeting: " + shorten(text));
                }
                greeting.complete(msg);
                return;
            }
            if (msg.has("event")) {
                QmpEvent ev = new QmpEvent(msg.get("event").getAsString(),
                        msg.has("data") && msg.get("data").isJsonObject() ? msg.getAsJsonObject("data") : null,
                        timestamp(msg));
                for (Consumer<QmpEvent> l : eventListeners) {
                    try {
                        l.accept(ev);
                    } catch (RuntimeException ex) {
                        // A failing listener must not stop the reader, or every later reply would be lost.
                        Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(),
                                ex);
                    }
                }
                return;
            }
            JsonElement id = msg.get("id");
            Pending p = id == null || !id.isJsonPrimitive() ? null : pending.remove(id.getAsString());
            if (p == null) {
                unmatched.incrementAndGet();
                return;
            }
            p.reply.complete(msg);
        }

        void shut(String why) {
            if (closedBecause == null) {
                closedBecause = why;
            }
            try {
                channel.close();
            } catch (IOException e) {
                // Closing a socket that already failed; the reason recorded above is what users need.
            }
            // Listeners hear of the loss before any waiting caller wakes up, so callers see a consistent client.
            if (connection == this && notified.compareAndSet(false, true)) {
                for (Consumer<String> l : closeListeners) {
                    l.accept(closedBecause);
                }
            }
            QmpException ex = new QmpException(
                    greeting.isDone() ? QmpException.Reason.CLOSED : QmpException.Reason.NOT_QMP, closedBecause);
            greeting.completeExceptionally(ex);
            for (Pending p : pending.values()) {
                p.reply.completeExceptionally(new QmpException(QmpException.Reason.CLOSED, closedBecause
                        + " while '" + p.command + "' was waiting for its reply"));
            }
            pending.clear();
        }
    }

    private record Pending(String command, CompletableFuture<JsonObject> reply) {
    }

    private final AtomicLong unmatched = new AtomicLong();

    private QmpClient(Path socket, QmpCommandPolicy policy, Duration handshakeTimeout) {
        this.socket = socket;
        this.policy = policy;
        this.handshakeTimeout = handshakeTimeout;
    }

    /** Connects, reads the greeting and enters command mode. */
    public static QmpClient connect(Path socket, QmpCommandPolicy policy, Duration timeout) throws QmpException {
        QmpClient c = new QmpClient(socket, policy, timeout);
        c.open();
        return c;
    }

    private void open() throws QmpException {
        if (!Files.exists(socket)) {
            throw new QmpException(QmpException.Reason.UNREACHABLE, "QMP socket " + socket + " does not exist");
        }
        SocketChannel ch;
        try {
            ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            ch.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            throw new QmpException(QmpException.Reason.UNREACHABLE, "cannot connect to QMP socket " + socket + ": "
                    + e.getMessage(), e);
        }
        Connection c = new Connection(ch);
        connection = c;
        c.reader.start();
        try {
            c.greeting.get(handshakeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            c.shut("no QMP greeting from " + socket + " within " + handshakeTimeout.toMillis()
                    + " ms: is this a QMP socket (QEMU -qmp unix:PATH,server=on)?");
            throw new QmpException(QmpException.Reason.NOT_QMP, c.closedBecause);
        } catch (ExecutionException e) {
            throw unwrap(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            c.shut("interrupted while waiting for the QMP greeting");
            throw new QmpException(QmpException.Reason.CLOSED, c.closedBecause);
        }
        execute("qmp_capabilities", null, handshakeTimeout);
    }

    /** Closes the current connection (if any) and connects again, keeping listeners. */
    public void reconnect() throws QmpException {
        Connection old = connection;
        if (old != null) {
            old.shut("reconnecting");
        }
        open();
    }

    /** The greeting QEMU sent: {@code {"QMP": {"version": ..., "capabilities": [...]}}}. */
    public JsonObject greeting() throws QmpException {
        try {
            return connection.greeting.getNow(new JsonObject()).deepCopy();
        } catch (RuntimeException e) {
            throw new QmpException(QmpException.Reason.CLOSED, "the QMP connection to " + socket + " is closed");
        }
    }

    /** "7.2.22" from the greeting. */
    public String qemuVersion() throws QmpException {
        JsonObject q = greeting().getAsJsonObject("QMP").getAsJsonObject("version").getAsJsonObject("qemu");
        return q.get("major").getAsInt() + "." + q.get("minor").getAsInt() + "." + q.get("micro").getAsInt();
    }

    public QmpCommandPolicy policy() {
        return policy;
    }

    public Path socket() {
        return socket;
    }

    public boolean isOpen() {
        Connection c = connection;
        return c != null && c.closedBecause == null;
    }

    /** Replies that carried no id this client was waiting for (late replies after a timeout). */
    public long unmatchedReplies() {
        return unmatched.get();
    }

    /** Runs a command and returns its {@code return} value. */
    public JsonElement execute(String command, JsonObject arguments, Duration timeout) throws QmpException {
        policy.check(command, arguments);
        Connection c = connection;
        if (c == null || c.closedBecause != null) {
            throw new QmpException(QmpException.Reason.CLOSED, "cannot send '" + command + "': "
                    + (c == null ? "not connected" : c.closedBecause));
        }
        String id = "irqscope-" + ids.incrementAndGet();
        JsonObject msg = new JsonObject();
        msg.addProperty("execute", command);
        if (arguments != null) {
            msg.add("arguments", arguments.deepCopy());
        }
        msg.addProperty("id", id);
        Pending p = new Pending(command, new CompletableFuture<>());
        c.pending.put(id, p);
        byte[] bytes = (msg + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            synchronized (writeLock) {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) {
                    c.channel.write(b);
                }
            }
        } catch (IOException e) {
            c.pending.remove(id);
            c.shut("the QMP connection failed while sending '" + command + "': " + e.getMessage());
            throw new QmpException(QmpException.Reason.CLOSED, c.closedBecause, e);
        }
        JsonObject reply;
        try {
            reply = p.reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            c.pending.remove(id);
            throw new QmpException(QmpException.Reason.TIMEOUT, "'" + command + "' got no reply from " + socket
                    + " within " + timeout.toMillis() + " ms (is the guest's QEMU stopped with SIGSTOP or hung?)");
        } catch (ExecutionException e) {
            throw unwrap(e);
        } catch (InterruptedException e) {
            c.pending.remove(id);
            Thread.currentThread().interrupt();
            throw new QmpException(QmpException.Reason.CLOSED, "interrupted while waiting for '" + command + "'");
        }
        if (reply.has("error")) {
            JsonObject err = reply.getAsJsonObject("error");
            throw new QmpException(QmpException.Reason.COMMAND_FAILED, "QEMU refused '" + command + "': "
                    + text(err, "class") + ": " + text(err, "desc"));
        }
        JsonElement ret = reply.get("return");
        if (ret == null) {
            throw new QmpException(QmpException.Reason.NOT_QMP, "the reply to '" + command + "' has neither "
                    + "\"return\" nor \"error\": " + shorten(reply.toString()));
        }
        return ret;
    }

    /** {@code human-monitor-command}: the text an HMP command prints. */
    public String hmp(String commandLine, Duration timeout) throws QmpException {
        JsonObject args = new JsonObject();
        args.addProperty("command-line", commandLine);
        JsonElement r = execute("human-monitor-command", args, timeout);
        if (!r.isJsonPrimitive()) {
            throw new QmpException(QmpException.Reason.NOT_QMP, "human-monitor-command '" + commandLine
                    + "' returned " + shorten(r.toString()) + " instead of text");
        }
        return r.getAsString();
    }

    /** Subscribes to asynchronous events; returns a handle that unsubscribes. */
    public AutoCloseable addEventListener(Consumer<QmpEvent> listener) {
        eventListeners.add(listener);
        return () -> eventListeners.remove(listener);
    }

    /** Called once per connection loss with the reason (QEMU exited, socket error). */
    public AutoCloseable addCloseListener(Consumer<String> listener) {
        closeListeners.add(listener);
        return () -> closeListeners.remove(listener);
    }

    @Override
    public void close() {
        Connection c = connection;
        if (c != null) {
            c.shut("the QMP client was closed");
            try {
                c.reader.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static QmpException unwrap(ExecutionException e) {
        if (e.getCause() instanceof QmpException q) {
            return q;
        }
        return new QmpException(QmpException.Reason.CLOSED, String.valueOf(e.getCause()), e.getCause());
    }

    private static long timestamp(JsonObject msg) {
        JsonElement t = msg.get("timestamp");
        if (t == null || !t.isJsonObject()) {
            return -1;
        }
        JsonObject o = t.getAsJsonObject();
        return o.get("seconds").getAsLong() * 1_000_000L + o.get("microseconds").getAsLong();
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null ? "?" : e.getAsString();
    }

    private static String shorten(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "...";
    }
}
