package io.lodestar.people;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.company.CompanyManagement;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.spreadsheet.XlsxWriter;
import io.lodestar.platform.privacy.PrivacyProperties;
import io.lodestar.platform.web.Messages;

/**
 * Employees and org units to .xlsx, with the import's column names and values, so an export can be edited
 * and imported back. Restricted employee columns (phone, hire date, last day) are included only for callers
 * who may see them for everyone ({@link EmployeeVisibility}); every export is audited.
 */
@Service
@Transactional // not read-only: the audit record is written in the same transaction
public class PeopleExport {

	private final EmployeeManagement employees;

	private final OrgUnitManagement units;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Messages messages;

	private final CompanyManagement companies;

	private final PrivacyProperties privacy;

	PeopleExport(EmployeeManagement employees, OrgUnitManagement units, JdbcClient jdbc, AuditTrail audit,
			Messages messages, CompanyManagement companies, PrivacyProperties privacy) {
		this.privacy = privacy;
		this.employees = employees;
		this.units = units;
		this.jdbc = jdbc;
		this.audit = audit;
		this.messages = messages;
		this.companies = companies;
	}

	/** {@code Lodestar 员工 2026-05-01.xlsx}: what, and the company's date of the export. */
	@Transactional(readOnly = true)
	public String fileName(CurrentUser user, String kind, Locale locale) {
		return messages.get(locale, "people-import.export.file-name", messages.get(locale, "people-import.kind." + kind),
				companies.today(user.tenant()).toString()) + ".xlsx";
	}

	public byte[] employees(CurrentUser user, Locale locale) {
		// with four-eyes exports, even HR gets the restricted columns only through an approved request
		return employees(user, locale,
				employees.visibilityFor(user).seesRestrictedFieldsOfEveryone() && privacy.directBulkExportAllowed());
	}

	/** The directory with the restricted columns, for an export request an HR administrator approved. */
	public byte[] employeesApproved(CurrentUser requester, Locale locale) {
		return employees(requester, locale, true);
	}

	private byte[] employees(CurrentUser user, Locale locale, boolean restricted) {
		UUID tenant = user.tenant();
		List<String> keys = new ArrayList<>(List.of("employee-no", "name", "email"));
		if (restricted) {
			keys.addAll(List.of("phone", "hire-date"));
		}
		keys.addAll(List.of("org-unit-code", "org-unit", "position-code", "position", "manager-no", "manager", "status"));
		if (restricted) {
			keys.add("last-day");
		}
		List<Map<String, Object>> rows = jdbc.sql("""
				select e.employee_no, e.name, e.email, e.phone, e.hire_date, e.status, e.left_on,
				       u.code unit_code, u.name unit_name, p.code position_code, p.name position_name,
				       m.employee_no manager_no, m.name manager_name
				from people_employee e
				join people_org_unit u on u.tenant_id = e.tenant_id and u.id = e.org_unit_id
				left join people_position p on p.tenant_id = e.tenant_id and p.id = e.position_id
				left join people_employee m on m.tenant_id = e.tenant_id and m.id = e.manager_id
				where e.tenant_id = :tenant
				order by u.code, e.employee_no
				""").param("tenant", tenant).query((row, number) -> {
			Map<String, Object> values = new HashMap<>();
			values.put("employee-no", row.getString("employee_no"));
			values.put("name", row.getString("name"));
			values.put("email", row.getString("email"));
			values.put("phone", row.getString("phone"));
			values.put("hire-date", date(row.getDate("hire_date")));
			values.put("org-unit-code", row.getString("unit_code"));
			values.put("org-unit", row.getString("unit_name"));
			values.put("position-code", row.getString("position_code"));
			values.put("position", row.getString("position_name"));
			values.put("manager-no", row.getString("manager_no"));
			values.put("manager", row.getString("manager_name"));
			values.put("status", messages.get(locale, "people-import.value.status." + row.getString("status")));
			values.put("last-day", date(row.getDate("left_on")));
			return values;
		}).list();
		byte[] file = write(ImportColumns.EMPLOYEES, keys, rows, locale);
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("rows", rows.size());
		summary.put("restrictedColumns", restricted);
		audit.record("EXPORT", "employee", null, null, summary);
		return file;
	}

	public byte[] orgUnits(CurrentUser user, Locale locale) {
		OrgUnitManagement.requireAdministrator(user);
		UUID tenant = user.tenant();
		Map<UUID, Map<String, Object>> byId = new HashMap<>();
		jdbc.sql("""
				select u.id, u.code, u.name, u.kind, p.code parent_code, p.name parent_name,
				       h.employee_no head_no, h.name head_name
				from people_org_unit u
				left join people_org_unit p on p.tenant_id = u.tenant_id and p.id = u.parent_id
				left join people_employee h on h.tenant_id = u.tenant_id and h.id = u.head_employee_id
				where u.tenant_id = :tenant
				""").param("tenant", tenant).query((row, number) -> {
			Map<String, Object> values = new HashMap<>();
			values.put("code", row.getString("code"));
			values.put("name", row.getString("name"));
			values.put("parent-code", row.getString("parent_code"));
			values.put("parent-name", row.getString("parent_name"));
			values.put("kind", messages.get(locale, "people-import.value.kind." + row.getString("kind")));
			values.put("head-no", row.getString("head_no"));
			values.put("head-name", row.getString("head_name"));
			byId.put(row.getObject("id", UUID.class), values);
			return null;
		}).list();
		// in the order of the org chart, parents before their children
		List<Map<String, Object>> rows = units.tree(user)
			.stream()
			.flatMap(root -> root.flatten().stream())
			.map(node -> byId.get(node.id()))
			.filter(java.util.Objects::nonNull)
			.toList();
		List<String> keys = List.of("code", "name", "parent-code", "parent-name", "kind", "head-no", "head-name");
		byte[] file = write(ImportColumns.ORG_UNITS, keys, rows, locale);
		audit.record("EXPORT", "org-unit", null, null, Map.of("rows", rows.size()));
		return file;
	}

	private byte[] write(String kind, List<String> keys, List<Map<String, Object>> rows, Locale locale) {
		List<XlsxWriter.Column> columns = keys.stream().map(key -> {
			String header = messages.get(locale, ImportColumns.labelKey(kind, key));
			return key.endsWith("date") || key.equals("last-day") ? XlsxWriter.Column.date(header)
					: XlsxWriter.Column.text(header);
		}).toList();
		try (XlsxWriter writer = new XlsxWriter()) {
			XlsxWriter.SheetWriter sheet = writer.sheet(messages.get(locale, "people-import.kind." + kind), columns);
			for (Map<String, Object> row : rows) {
				sheet.row(keys.stream().map(row::get).toList());
			}
			return writer.toBytes();
		}
	}

	private static java.time.LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
