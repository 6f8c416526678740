// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.qmp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A QMP client over a Unix socket: greeting, {@code qmp_capabilities}, commands with timeouts, asynchronous
 * events to listeners, reconnect. Every command passes the {@link QmpCommandPolicy} first, so a read-only client
 * cannot send anything that changes the guest. Thread-safe: commands may come from several threads; replies are
 * matched to commands by their order. The caller waiting for a reply reads the socket itself; events are delivered to listeners outside
 * any lock, on the event reader or on the caller that read them.
 */
public final class QmpClient implements AutoCloseable {
    private static final int READ_CHUNK = 64 * 1024;
    /** How often events are looked for while no command waits: QEMU's events are rare and never urgent. */
    private static final long EVENT_POLL_MILLIS = 50;

    private final Path socket;
    private final QmpCommandPolicy policy;
    private final Duration handshakeTimeout;
    private final List<Consumer<QmpEvent>> eventListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> closeListeners = new CopyOnWriteArrayList<>();
    private final Object writeLock = new Object();
    private volatile Connection connection;

    /**
     * One socket connection; replaced as a whole on reconnect. Whoever holds {@link #readLock} reads the socket: a
     * caller waiting for its reply reads it itself (leader/follower), so a reply reaches its caller without a thread
     * handoff; the event reader holds the socket only while no caller waits, so events arrive between commands too.
     */
    private final class Connection {
        final SocketChannel channel;
        final Selector selector;
        /**
         * Commands sent and not yet answered, in the order they went out. QMP answers in that order (irqscope never
         * enables out-of-band execution), so replies are matched by position, not by an "id": QEMU 7.2 takes about
         * 80 µs longer to answer a command that carries an id (measured: info pic 0.62 vs 0.70 ms).
         */
        final Queue<Pending> inFlight = new ConcurrentLinkedQueue<>();
        final CompletableFuture<JsonObject> greeting = new CompletableFuture<>();
        final ReentrantLock readLock = new ReentrantLock();
        final AtomicInteger callersWaiting = new AtomicInteger();
        final Thread eventReader;
        final ByteBuffer buf = ByteBuffer.allocate(READ_CHUNK);
        final ByteArrayOutputStream line = new ByteArrayOutputStream();
        // Events are delivered outside the read lock, so a listener may itself send commands.
        final Queue<QmpEvent> events = new ConcurrentLinkedQueue<>();
        final ReentrantLock deliverLock = new ReentrantLock();
        volatile String closedBecause;
        final AtomicBoolean notified = new AtomicBoolean();

        Connection(SocketChannel channel) throws IOException {
            this.channel = channel;
            channel.configureBlocking(false);
            this.selector = Selector.open();
            channel.register(selector, SelectionKey.OP_READ);
            this.eventReader = Thread.ofPlatform().daemon().name("qmp-events " + socket.getFileName())
                    .unstarted(this::readEvents);
        }

        /**
         * Looks for events while no caller reads: every {@link #EVENT_POLL_MILLIS}, without waiting. Polling, not a
         * blocked reader, because a blocked reader would have to be woken for each command (a thread handoff costs
         * more than the whole exchange with QEMU).
         */
        private void readEvents() {
            while (closedBecause == null) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(EVENT_POLL_MILLIS));
                if (callersWaiting.get() == 0 && readLock.tryLock()) {
                    try {
                        if (closedBecause == null) {
                            readOnce(-1);
                        }
                    } finally {
                        readLock.unlock();
                    }
                }
                deliverEvents();
            }
        }

        /**
         * Waits for input (up to {@code millis}; negative = not at all) and dispatches every complete line. The read
         * lock must be held. A failure or end of stream shuts the connection with its reason.
         */
        void readOnce(long millis) {
            try {
                if ((millis < 0 ? selector.selectNow() : selector.select(millis)) == 0) {
                    return;
                }
                selector.selectedKeys().clear();
                int n;
                do {
                    buf.clear();
                    n = channel.read(buf);
                    if (n < 0) {
                        shut("QEMU closed the QMP connection (did the QEMU process exit?)");
                        return;
                    }
                    split(n);
                } while (n == buf.capacity());
            } catch (QmpException e) {
                shut(e.getMessage());
            } catch (IOException | ClosedSelectorException e) {
                shut(closedBecause != null ? closedBecause : "the QMP connection failed: " + e.getMessage());
            }
        }

        private void split(int n) throws QmpException {
            byte[] a = buf.array();
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (a[i] == '\n') {
                    line.write(a, start, i - start);
                    String text = line.toString(StandardCharsets.UTF_8).trim();
                    line.reset();
                    start = i + 1;
                    dispatch(text);
                }
            }
            line.write(a, start, n - start);
        }

        /** Reads (as leader) or waits (as follower) until {@code reply} is done or the deadline passes. */
        void await(CompletableFuture<JsonObject> reply, long deadline) throws InterruptedException {
            while (!reply.isDone() && closedBecause == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                if (readLock.tryLock(left, TimeUnit.NANOSECONDS)) {
                    try {
                        while (!reply.isDone() && closedBecause == null) {
                            left = deadline - System.nanoTime();
                            if (left <= 0) {
                                return;
                            }
                            readOnce(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                        }
                    } finally {
                        readLock.unlock();
                    }
                }
            }
        }

        void callerArrives() {
            callersWaiting.incrementAndGet();
        }

        void callerLeaves() {
            callersWaiting.decrementAndGet();
            deliverEvents();
        }

        void deliverEvents() {
            while (!events.isEmpty() && deliverLock.tryLock()) {
                try {
                    QmpEvent ev;
                    while ((ev = events.poll()) != null) {
                        for (Consumer<QmpEvent> l : eventListeners) {
                            try {
                                l.accept(ev);
                            } catch (RuntimeException ex) {
                                // A failing listener must not stop the others or the reader.
                                Thread.currentThread().getUncaughtExceptionHandler()
                                        .uncaughtException(Thread.currentThread(), ex);
                            }
                        }
                    }
                } finally {
                    deliverLock.unlock();
                }
            }
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
                events.add(new QmpEvent(msg.get("event").getAsString(),
                        msg.has("data") && msg.get("data").isJsonObject() ? msg.getAsJsonObject("data") : null,
                        timestamp(msg)));
                return;
            }
            Pending p = inFlight.poll();
            if (p == null || p.abandoned) {
                // the reply to a command that timed out (or one this client never sent)
                unmatched.incrementAndGet();
                return;
            }
            p.reply.complete(msg);
        }

        void shut(String why) {
            synchronized (this) {
                if (closedBecause == null) {
                    closedBecause = why;
                }
            }
            try {
                channel.close();
                selector.close();
            } catch (IOException e) {
                // Closing a socket that already failed; the reason recorded above is what users need.
            }
            LockSupport.unpark(eventReader);
            // Listeners hear of the loss before any waiting caller wakes up, so callers see a consistent client.
            if (connection == this && notified.compareAndSet(false, true)) {
                for (Consumer<String> l : closeListeners) {
                    l.accept(closedBecause);
                }
            }
            QmpException ex = new QmpException(
                    greeting.isDone() ? QmpException.Reason.CLOSED : QmpException.Reason.NOT_QMP, closedBecause);
            greeting.completeExceptionally(ex);
            Pending p;
            while ((p = inFlight.poll()) != null) {
                p.reply.completeExceptionally(new QmpException(QmpException.Reason.CLOSED, closedBecause
                        + " while '" + p.command + "' was waiting for its reply"));
            }
        }
    }

    private static final class Pending {
        final String command;
        final CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        /** Its caller gave up waiting; the reply, when it comes, is dropped. */
        volatile boolean abandoned;

        Pending(String command) {
            this.command = command;
        }
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
        Connection c;
        try {
            c = new Connection(ch);
        } catch (IOException e) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // The failure to set the socket up is what users need to see.
            }
            throw new QmpException(QmpException.Reason.UNREACHABLE, "cannot watch QMP socket " + socket + ": "
                    + e.getMessage(), e);
        }
        connection = c;
        c.eventReader.start();
        c.callerArrives();
        try {
            c.await(c.greeting, System.nanoTime() + handshakeTimeout.toNanos());
            c.greeting.get(0, TimeUnit.MILLISECONDS);
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
        } finally {
            c.callerLeaves();
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

    /** Replies no caller was waiting for any more (late replies after a timeout). */
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
        JsonObject msg = new JsonObject();
        msg.addProperty("execute", command);
        if (arguments != null) {
            msg.add("arguments", arguments.deepCopy());
        }
        Pending p = new Pending(command);
        ByteBuffer bytes = ByteBuffer.wrap((msg + "\n").getBytes(StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonObject reply;
        c.callerArrives();
        try {
            send(c, p, bytes, deadline);
            c.await(p.reply, deadline);
            if (!p.reply.isDone()) {
                p.abandoned = true;
                if (c.closedBecause != null) {
                    throw new QmpException(QmpException.Reason.CLOSED, c.closedBecause + " while '" + command
                            + "' was waiting for its reply");
                }
                throw timeout(command, timeout);
            }
            reply = p.reply.get();
        } catch (ExecutionException e) {
            throw unwrap(e);
        } catch (InterruptedException e) {
            p.abandoned = true;
            Thread.currentThread().interrupt();
            throw new QmpException(QmpException.Reason.CLOSED, "interrupted while waiting for '" + command + "'");
        } finally {
            c.callerLeaves();
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

    /** Writes a whole command; the socket is non-blocking, so a QEMU that stopped reading ends in a timeout. */
    private void send(Connection c, Pending p, ByteBuffer bytes, long deadline) throws QmpException {
        String command = p.command;
        try {
            synchronized (writeLock) {
                // queued in the order the commands go out: that is the order of the replies
                c.inFlight.add(p);
                while (bytes.hasRemaining()) {
                    if (c.channel.write(bytes) == 0) {
                        if (System.nanoTime() > deadline) {
                            throw new QmpException(QmpException.Reason.TIMEOUT, "'" + command + "' could not be "
                                    + "sent to " + socket + ": QEMU stopped reading its QMP socket");
                        }
                        // the socket buffer is full: QEMU is behind; wait a little rather than spin a core
                        LockSupport.parkNanos(100_000);
                    }
                }
            }
        } catch (IOException e) {
            c.shut("the QMP connection failed while sending '" + command + "': " + e.getMessage());
            throw new QmpException(QmpException.Reason.CLOSED, c.closedBecause, e);
        }
    }

    private QmpException timeout(String command, Duration timeout) {
        return new QmpException(QmpException.Reason.TIMEOUT, "'" + command + "' got no reply from " + socket
                + " within " + timeout.toMillis() + " ms (is the guest's QEMU stopped with SIGSTOP or hung?)");
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
                c.eventReader.join(1000);
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
