package io.lodestar.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row count and an order-independent checksum of every table that carries a {@code tenant_id}, for one company.
 * Tables are found in the information schema, so a table added later is covered without touching this class; the
 * same query works on H2 and PostgreSQL.
 */
final class CompanySnapshot {

	/**
	 * Tables a refused call is meant to write to: the audit trail records refusals of API keys ({@code
	 * API_KEY_REFUSED}) and every use of a key, and a key's {@code last_used_at} is stamped on use.
	 */
	static final Set<String> EXPECTED_TO_CHANGE = Set.of("platform_audit_event", "integration_api_key");

	private CompanySnapshot() {
	}

	/** Table name → "rows=n sum=checksum". */
	static Map<String, String> of(JdbcClient jdbc, UUID tenant) {
		List<String> tables = jdbc.sql("select lower(table_name) from information_schema.columns "
				+ "where lower(column_name) = 'tenant_id' and lower(table_schema) = lower(current_schema())")
			.query(String.class)
			.list();
		Map<String, String> snapshot = new TreeMap<>();
		for (String table : tables) {
			if (EXPECTED_TO_CHANGE.contains(table)) {
				continue;
			}
			long[] sums = new long[2];
			jdbc.sql("select * from " + table + " where tenant_id = :tenant").param("tenant", tenant).query(rs -> {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					row.append(rs.getString(i)).append('\u0001');
				}
				sums[0]++;
				// a sum of row hashes does not depend on the order rows come back in
				sums[1] += row.toString().hashCode() * 31L + row.length();
			});
			snapshot.put(table, "rows=" + sums[0] + " sum=" + sums[1]);
		}
		return snapshot;
	}

}
