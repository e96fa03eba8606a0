package io.lodestar.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.company.CompanyManagement;
import io.lodestar.test.DatabaseExtension;

/**
 * The demo database shared by the demo tests: a database of its own that starts empty (H2 in memory, or a schema
 * of its own on PostgreSQL), with {@code lodestar.demo=false} as in every test, so start-up leaves it empty; the
 * first test of any subclass then loads the demo companies, once per JVM.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(DatabaseExtension.class)
abstract class DemoDatabaseTestBase {

	@DynamicPropertySource
	static void ownEmptyDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", EmptyDatabase::url);
	}

	/** Created once per JVM: the property supplier is asked more than once while the context starts. */
	static final class EmptyDatabase {

		private static String url;

		static synchronized String url() {
			if (url == null) {
				url = create();
			}
			return url;
		}

		private static String create() {
			if (!"postgres".equals(System.getProperty("lodestar.test.db"))) {
				return "jdbc:h2:mem:lodestar-demo-loader;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
			}
			String shared = System.getProperty("spring.datasource.url");
			String base = shared.contains("currentSchema=")
					? shared.replaceAll(".*currentSchema=([A-Za-z0-9_]+).*", "$1") : "public";
			String schema = base + "_demo_loader";
			String own = shared.contains("currentSchema=")
					? shared.replaceAll("currentSchema=[A-Za-z0-9_]+", "currentSchema=" + schema)
					: shared + (shared.contains("?") ? "&" : "?") + "currentSchema=" + schema;
			try (Connection connection = DriverManager.getConnection(shared,
					System.getProperty("spring.datasource.username"), System.getProperty("spring.datasource.password"));
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists " + schema + " cascade");
				statement.execute("create schema " + schema);
			}
			catch (SQLException unreachable) {
				throw new IllegalStateException("cannot prepare schema " + schema, unreachable);
			}
			return own;
		}

	}

	static DemoLoader.DemoLoad load;

	static boolean emptyAfterStartUp;

	@Autowired
	DemoLoader loader;

	@Autowired
	CompanyManagement companies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void loadOnce() {
		synchronized (DemoDatabaseTestBase.class) {
			if (load == null) {
				emptyAfterStartUp = companies.none();
				load = loader.loadIfEmpty().orElseThrow();
			}
		}
	}

	UUID tenant(String code) {
		return companies.all().stream().filter(company -> company.code().equals(code)).findFirst().orElseThrow().id();
	}

	long count(String sql, UUID tenant) {
		return jdbc.sql(sql).param("t", tenant).query(Long.class).single();
	}

}
