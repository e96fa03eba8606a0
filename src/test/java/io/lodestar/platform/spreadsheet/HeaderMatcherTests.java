package io.lodestar.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HeaderMatcherTests {

	static final List<ColumnSpec> SPECS = List.of(
			ColumnSpec.required("no", "label.no", List.of("工号", "Employee no.", "Staff number")),
			ColumnSpec.optional("email", "label.email", List.of("邮箱", "E-mail")),
			ColumnSpec.informational("unit", "label.unit", List.of("部门", "Org unit")));

	@Test
	void ignoresWidthCaseSpacesPunctuationAndBracketedHints() {
		assertThat(HeaderMatcher.normalise(" Employee  No. ")).isEqualTo("employeeno");
		assertThat(HeaderMatcher.normalise("ＥＭＡＩＬ")).isEqualTo("email");
		assertThat(HeaderMatcher.normalise("工号（必填）*")).isEqualTo("工号");
		assertThat(HeaderMatcher.normalise("入职日期 [yyyy-MM-dd]")).isEqualTo("入职日期");
	}

	@Test
	void findsColumnsInAnyOrderAndLanguage() {
		Table table = new Table(List.of("部门", "e-mail", "STAFF NUMBER"), 1,
				List.of(new Table.Row(2, List.of("Sales", "a@b.c", "E1"))));

		var columns = HeaderMatcher.match(table, SPECS, "x");

		assertThat(columns.issues()).isEmpty();
		assertThat(columns.cell(table.rows().get(0), "no")).isEqualTo("E1");
		assertThat(columns.cell(table.rows().get(0), "email")).isEqualTo("a@b.c");
		assertThat(columns.header("no")).isEqualTo("STAFF NUMBER");
		assertThat(columns.has("unit")).isFalse();
	}

	@Test
	void reportsUnknownDuplicateMissingAndHeaderlessColumns() {
		Table table = new Table(List.of("邮箱", "Salary", "E-mail"), 1,
				List.of(new Table.Row(2, List.of("a@b.c", "100", "c@d.e", "stray"))));

		var issues = HeaderMatcher.match(table, SPECS, "x").issues();

		assertThat(issues).extracting(ImportIssue::code, ImportIssue::column, ImportIssue::row)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("x.header.unknown", "Salary", 1),
					org.assertj.core.groups.Tuple.tuple("x.header.duplicate", "E-mail", 1),
					org.assertj.core.groups.Tuple.tuple("x.header.missing", null, 1),
					org.assertj.core.groups.Tuple.tuple("x.header.blank", "D", 2));
		assertThat(issues).filteredOn(issue -> issue.code().endsWith("missing"))
			.singleElement()
			.satisfies(issue -> assertThat(issue.arguments()).containsExactly("msg:label.no"));
	}

}
