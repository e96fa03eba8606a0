package io.lodestar.people;

import java.util.ArrayList;
import java.util.List;

import io.lodestar.platform.spreadsheet.ColumnSpec;
import io.lodestar.platform.spreadsheet.XlsxWriter;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.SupportedLocales;

/**
 * The columns of the org unit and employee files. Each is recognised by its name in both languages (from
 * the message bundle, so template and importer always agree) and by common synonyms HR systems and people
 * use. Informational columns (names next to codes, as in an export) are accepted and ignored.
 */
final class ImportColumns {

	static final String PREFIX = "people-import";

	static final String ORG_UNITS = "org-units";

	static final String EMPLOYEES = "employees";

	/** @param date whether the template formats the column as a date (else as text) */
	record Column(String key, boolean required, boolean informational, boolean date, List<String> synonyms) {

		static Column required(String key, String... synonyms) {
			return new Column(key, true, false, false, List.of(synonyms));
		}

		static Column optional(String key, String... synonyms) {
			return new Column(key, false, false, false, List.of(synonyms));
		}

		static Column date(String key, String... synonyms) {
			return new Column(key, false, false, true, List.of(synonyms));
		}

		static Column informational(String key, String... synonyms) {
			return new Column(key, false, true, false, List.of(synonyms));
		}

	}

	static final List<Column> ORG_UNIT_COLUMNS = List.of(
			Column.required("code", "unit code", "org unit code", "department code", "dept code", "部门编码", "组织编码",
					"单元编码", "组织单元编码", "代码"),
			Column.required("name", "unit name", "org unit name", "department name", "部门名称", "组织名称", "单元名称",
					"组织单元名称"),
			Column.optional("parent-code", "parent", "parent unit code", "parent code", "上级部门编码", "上级组织编码",
					"上级单元编码", "上级代码"),
			Column.optional("kind", "type", "unit type", "unit kind", "组织类型", "单元类型", "部门类型"),
			Column.optional("head-no", "head employee number", "head no", "部门负责人工号", "负责人编号"),
			Column.informational("parent-name", "parent name", "parent unit", "上级部门", "上级名称", "上级组织"),
			Column.informational("head-name", "head name", "负责人姓名", "部门负责人"));

	static final List<Column> EMPLOYEE_COLUMNS = List.of(
			Column.required("employee-no", "employee number", "employee id", "staff no", "staff number", "emp no",
					"员工编号", "员工工号", "职工号", "编号"),
			Column.required("name", "full name", "employee name", "员工姓名", "名字"),
			Column.optional("email", "email", "email address", "work email", "mail", "电子邮箱", "电子邮件", "工作邮箱",
					"邮件", "邮件地址"),
			Column.optional("phone", "mobile", "mobile phone", "phone number", "mobile number", "telephone", "手机",
					"手机号码", "电话", "联系电话", "移动电话"),
			Column.date("hire-date", "start date", "joining date", "date of joining", "date joined", "入职时间",
					"入司日期", "入职日"),
			Column.required("org-unit-code", "unit code", "department code", "dept code", "组织编码", "组织单元编码",
					"部门代码", "所属部门编码"),
			Column.optional("position-code", "job code", "title code", "岗位代码", "职位编码", "职位代码"),
			Column.optional("manager-no", "manager no", "manager number", "manager employee number", "manager id",
					"上级工号", "直属领导工号", "汇报对象工号", "直接上级工号"),
			Column.optional("status", "employment status", "在职状态", "员工状态", "任职状态"),
			Column.date("last-day", "last working day", "leaving date", "termination date", "离职日期", "离职时间"),
			Column.informational("org-unit", "org unit name", "department", "unit name", "部门名称", "所属部门",
					"组织单元", "部门"),
			Column.informational("position", "position name", "job title", "title", "岗位名称", "职位", "岗位"),
			Column.informational("manager", "manager name", "直属上级姓名", "上级姓名", "直属上级"));

	private ImportColumns() {
	}

	static List<Column> of(String kind) {
		return ORG_UNITS.equals(kind) ? ORG_UNIT_COLUMNS : EMPLOYEE_COLUMNS;
	}

	static String labelKey(String kind, String column) {
		return PREFIX + ".column." + kind + "." + column;
	}

	static String hintKey(String kind, String column) {
		return PREFIX + ".column-hint." + kind + "." + column;
	}

	/** What the importer accepts: the names in every language plus synonyms. */
	static List<ColumnSpec> specs(String kind, Messages messages) {
		List<ColumnSpec> specs = new ArrayList<>();
		for (Column column : of(kind)) {
			List<String> names = new ArrayList<>(column.synonyms());
			SupportedLocales.ALL.forEach(locale -> names.add(messages.get(locale, labelKey(kind, column.key()))));
			String label = labelKey(kind, column.key());
			specs.add(column.informational() ? ColumnSpec.informational(column.key(), label, names)
					: column.required() ? ColumnSpec.required(column.key(), label, names)
							: ColumnSpec.optional(column.key(), label, names));
		}
		return specs;
	}

	/** The template's columns: the importable ones, named in the user's language. */
	static List<XlsxWriter.Column> template(String kind, java.util.Locale locale, Messages messages) {
		return of(kind).stream()
			.filter(column -> !column.informational())
			.map(column -> {
				String header = messages.get(locale, labelKey(kind, column.key()));
				return column.date() ? XlsxWriter.Column.date(header) : XlsxWriter.Column.text(header);
			})
			.toList();
	}

}
