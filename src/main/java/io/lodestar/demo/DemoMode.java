package io.lodestar.demo;

import java.util.Locale;

/**
 * Whether demo data may be loaded: forced by {@code LODESTAR_DEMO=true|false}, otherwise only for the
 * embedded H2 database (trying Lodestar out), never by default for PostgreSQL (a real installation).
 * Whether the database is empty is checked separately, by the loader.
 */
final class DemoMode {

	private DemoMode() {
	}

	static boolean shouldLoad(String setting, String jdbcUrl) {
		if (setting == null || setting.isBlank()) {
			return jdbcUrl != null && jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
		}
		return switch (setting.strip().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new IllegalStateException(
					"LODESTAR_DEMO must be true, false or empty (empty: demo data only for the embedded H2 database), not: "
							+ setting);
		};
	}

}
