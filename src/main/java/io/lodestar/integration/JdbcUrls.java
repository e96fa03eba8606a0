package io.lodestar.integration;

import java.util.Locale;
import java.util.Set;

import io.lodestar.platform.web.BusinessRuleException;

/**
 * Which databases a connector may connect to: PostgreSQL and H2 only (their drivers ship with Lodestar), and
 * only with connection settings that cannot load classes, read or write files on the Lodestar server or run
 * SQL at connect time. The password belongs in its own (encrypted) field, never in the URL.
 * <p>
 * An embedded H2 database ({@code jdbc:h2:mem:}, {@code jdbc:h2:file:}...) would run inside Lodestar's own
 * process, next to Lodestar's data and files, so it is refused unless {@code lodestar.integration.allow-embedded-h2}
 * is set (tests and demos); a remote H2 server ({@code jdbc:h2:tcp:}, {@code jdbc:h2:ssl:}) is fine.
 */
final class JdbcUrls {

	static final String POSTGRES = "jdbc:postgresql:";

	static final String H2 = "jdbc:h2:";

	/** Ordinary PostgreSQL connection parameters (lower case); anything else is refused. */
	private static final Set<String> POSTGRES_PARAMETERS = Set.of("user", "ssl", "sslmode", "currentschema",
			"applicationname", "connecttimeout", "sockettimeout", "logintimeout", "tcpkeepalive", "targetservertype",
			"loadbalancehosts", "gssencmode", "sslnegotiation", "channelbinding", "preparethreshold", "stringtype",
			"options", "readonly");

	/** Harmless H2 settings (upper case); INIT (runs SQL), AUTO_SERVER (opens a port) and the like are refused. */
	private static final Set<String> H2_SETTINGS = Set.of("MODE", "DB_CLOSE_DELAY", "DATABASE_TO_LOWER",
			"DATABASE_TO_UPPER", "CASE_INSENSITIVE_IDENTIFIERS", "DEFAULT_NULL_ORDERING", "NON_KEYWORDS", "IFEXISTS",
			"ACCESS_MODE_DATA", "SCHEMA", "USER");

	private JdbcUrls() {
	}

	static String check(String url, boolean allowEmbeddedH2) {
		if (url == null || url.isBlank()) {
			throw BusinessRuleException.invalid("integration.connector.url.required", "jdbcUrl");
		}
		String trimmed = url.strip();
		String lower = trimmed.toLowerCase(Locale.ROOT);
		if (lower.startsWith(POSTGRES)) {
			int query = trimmed.indexOf('?');
			if (query >= 0) {
				for (String pair : trimmed.substring(query + 1).split("&")) {
					String name = pair.split("=", 2)[0].strip().toLowerCase(Locale.ROOT);
					checkParameter(name, POSTGRES_PARAMETERS.contains(name));
				}
			}
			return trimmed;
		}
		if (lower.startsWith(H2)) {
			String[] parts = trimmed.split(";");
			for (int i = 1; i < parts.length; i++) {
				if (parts[i].isBlank()) {
					continue;
				}
				String name = parts[i].split("=", 2)[0].strip().toUpperCase(Locale.ROOT);
				checkParameter(name, H2_SETTINGS.contains(name));
			}
			boolean remote = lower.startsWith(H2 + "tcp:") || lower.startsWith(H2 + "ssl:");
			if (!remote && !allowEmbeddedH2) {
				throw BusinessRuleException.invalid("integration.connector.url.embedded-h2", "jdbcUrl");
			}
			return trimmed;
		}
		throw BusinessRuleException.invalid("integration.connector.url.unsupported", "jdbcUrl");
	}

	private static void checkParameter(String name, boolean allowed) {
		if (name.equalsIgnoreCase("password") || name.equalsIgnoreCase("sslpassword")) {
			throw BusinessRuleException.invalid("integration.connector.url.password", "jdbcUrl");
		}
		if (!allowed) {
			throw BusinessRuleException.invalid("integration.connector.url.parameter", "jdbcUrl", name);
		}
	}

	static boolean isPostgres(String url) {
		return url.strip().toLowerCase(Locale.ROOT).startsWith(POSTGRES);
	}

}
