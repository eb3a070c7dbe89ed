package se.rln.commons.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A fresh database per test run of a module: on the PostgreSQL at 127.0.0.1:5432 (user
 * postgres, trust) when it answers, otherwise on an embedded real PostgreSQL (zonky binaries).
 * Init arg {@code database} names it.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres embedded;
    private String database = "rln_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        String host = System.getenv().getOrDefault("RLN_TEST_PGHOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("RLN_TEST_PGPORT", "5432"));
        if (!answers(host, port)) {
            port = embedded().getPort();
            host = "127.0.0.1";
        }
        String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + database + " on " + admin, e);
        }
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + database;
        System.setProperty("rln.test.jdbc-url", url);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // The database stays for inspection after a failed run; the next run recreates it.
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static synchronized EmbeddedPostgres embedded() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new IllegalStateException("no PostgreSQL on 5432 and the embedded one did not start", e);
            }
        }
        return embedded;
    }
}
