package io.lodestar.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.privacy.DataKind;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.spreadsheet.CsvWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Download my data" (PIPL Art. 45): every data kind of {@link DataKind} that belongs to a person, as one
 * JSON file and one CSV file per kind in a zip. The queries are bound to the caller's own tenant, employee
 * and user ids from the principal, so nobody else's rows can appear.
 */
@Service
public class MyDataExport {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditTrail audit;

	MyDataExport(JdbcClient jdbc, JsonMapper json, AuditTrail audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
	}

	@Transactional
	public byte[] zip(CurrentUser user) {
		if (user.employeeId() == null) {
			throw new AccessDeniedException("privacy.my-data.no-employee");
		}
		Map<String, Object> counts = new LinkedHashMap<>();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (DataKind kind : DataKind.values()) {
				if (kind.exportSql().isEmpty()) {
					continue;
				}
				List<Map<String, Object>> rows = rows(user, kind.exportSql().get());
				counts.put(kind.key(), rows.size());
				entry(zip, kind.key() + ".json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(rows));
				entry(zip, kind.key() + ".csv", csv(rows));
			}
			Map<String, Object> manifest = new LinkedHashMap<>();
			manifest.put("exportedAt", Instant.now().toString());
			manifest.put("employeeId", user.employeeId());
			manifest.put("rows", counts);
			entry(zip, "manifest.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		audit.record("DOWNLOAD_MY_DATA", "employee", user.employeeId(), null, counts);
		return bytes.toByteArray();
	}

	private List<Map<String, Object>> rows(CurrentUser user, String sql) {
		return jdbc.sql(sql)
			.param("tenant", user.tenant())
			.param("employee", user.employeeId())
			.param("user", user.userId())
			.query((row, number) -> {
				Map<String, Object> values = new LinkedHashMap<>();
				var meta = row.getMetaData();
				for (int column = 1; column <= meta.getColumnCount(); column++) {
					Object value = row.getObject(column);
					values.put(meta.getColumnLabel(column).toLowerCase(), value == null || value instanceof Number
							|| value instanceof Boolean ? value : value.toString());
				}
				return values;
			})
			.list();
	}

	private static byte[] csv(List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return new byte[0];
		}
		List<String> headers = new ArrayList<>(rows.get(0).keySet());
		List<List<Object>> cells = rows.stream().map(row -> (List<Object>) new ArrayList<Object>(row.values())).toList();
		return CsvWriter.write(headers, cells);
	}

	private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

}
