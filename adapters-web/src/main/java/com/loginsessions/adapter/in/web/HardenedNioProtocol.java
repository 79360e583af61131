package com.loginsessions.adapter.in.web;

import com.loginsessions.domain.IpAddress;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.Constants;
import org.apache.coyote.Request;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioEndpoint;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's NIO connector, hardened against clients that hold connections instead of using them:
 * <ul>
 *   <li><b>slow headers</b>: Tomcat times out each read (connection-timeout), but a client that sends one header
 *   byte every few seconds never trips that and keeps its connection for as long as it likes. A request's line and
 *   headers must be complete {@code headerDeadlineMillis} after their first byte;</li>
 *   <li><b>one client holding every connection</b>: each client network holds at most a bounded number of open
 *   connections ({@link ClientLimitingEndpoint});</li>
 *   <li><b>idle connections under pressure</b>: past three quarters of the connector's limit, connections idle
 *   between requests for over a second are closed (a shorter keep-alive while the connector is crowded); a request
 *   in progress is never cut.</li>
 * </ul>
 * While headers are incomplete, or a connection is idle, no thread is held (Tomcat parses without blocking), so
 * this only has to find such connections and close them: once a second it looks at every open connection, as
 * Tomcat's own async-timeout task does on the same utility executor. Request bodies are read by the application
 * and have their own deadline ({@link RequestBodyLimitFilter}).
 */
public class HardenedNioProtocol extends Http11NioProtocol {

    private static final long IDLE_UNDER_PRESSURE_MILLIS = 1_000;

    private final ClientLimitingEndpoint endpoint;
    private volatile long headerDeadlineMillis = 5_000;
    private ScheduledFuture<?> sweep;

    public HardenedNioProtocol() {
        this(new ClientLimitingEndpoint());
    }

    private HardenedNioProtocol(ClientLimitingEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    /** Set by Tomcat from the connector property {@code headerDeadlineMillis}. */
    public void setHeaderDeadlineMillis(long headerDeadlineMillis) {
        if (headerDeadlineMillis < 1) {
            throw new IllegalArgumentException("the header deadline must be positive");
        }
        this.headerDeadlineMillis = headerDeadlineMillis;
    }

    public long getHeaderDeadlineMillis() {
        return headerDeadlineMillis;
    }

    /** At most {@code maxConnections} open connections per client network, except for {@code unboundedPeers}. */
    void limitConnectionsPerClient(int maxConnections, Predicate<IpAddress> unboundedPeers) {
        endpoint.limitPerClient(maxConnections, unboundedPeers);
    }

    @Override
    public void start() throws Exception {
        super.start();
        sweep = getUtilityExecutor().scheduleWithFixedDelay(this::closeHeldConnections, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void stop() throws Exception {
        if (sweep != null) {
            sweep.cancel(false);
            sweep = null;
        }
        super.stop();
    }

    private void closeHeldConnections() {
        long now = System.nanoTime();
        long nowMillis = System.currentTimeMillis();
        long deadlineNanos = TimeUnit.MILLISECONDS.toNanos(headerDeadlineMillis);
        int limit = getMaxConnections();
        boolean crowded = limit > 0 && endpoint.getConnectionCount() > limit / 4L * 3;
        for (SocketWrapperBase<?> connection : endpoint.getConnections()) {
            Object processor = connection.getCurrentProcessor();
            if (processor instanceof AbstractProcessor parsing && headersOverdue(parsing.getRequest(), now, deadlineNanos)) {
                connection.close();
            } else if (crowded && processor == null) {
                closeIfIdle(connection, nowMillis);
            }
        }
    }

    /**
     * A connection whose lock is free is not being served (Tomcat holds it while it processes the connection); held
     * here, no request can start on it before it is closed.
     */
    private static void closeIfIdle(SocketWrapperBase<?> connection, long nowMillis) {
        if (!connection.getLock().tryLock()) {
            return;
        }
        try {
            long lastUsed = connection instanceof NioEndpoint.NioSocketWrapper nio
                    ? Math.max(nio.getLastRead(), nio.getLastWrite()) : nowMillis;
            if (connection.getCurrentProcessor() == null && nowMillis - lastUsed > IDLE_UNDER_PRESSURE_MILLIS) {
                connection.close();
            }
        } finally {
            connection.getLock().unlock();
        }
    }

    /**
     * A processor waits in the poller, attached to its connection, only while its request line or headers are
     * incomplete (a request being served is off the connection, on its thread; between keep-alive requests the
     * processor is released; this service uses neither async requests nor upgrades, which also park it there).
     * Its start time is set when the first byte of the request line arrives.
     */
    private static boolean headersOverdue(Request request, long now, long deadlineNanos) {
        long started = request.getStartTimeNanos();
        return started != -1 && now - started > deadlineNanos
                && request.getRequestProcessor().getStage() != Constants.STAGE_SERVICE;
    }
}
