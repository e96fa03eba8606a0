package io.lodestar.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ImportValuesTests {

	@Test
	void readsTheDateFormatsPeopleTypeAndExcelDateNumbers() {
		LocalDate march = LocalDate.of(2024, 3, 1);
		for (String text : new String[] { "2024-03-01", "2024-3-1", "2024/3/1", "2024/03/01", "2024.3.1", "2024年3月1日",
				"20240301", "45352", "2024-03-01 00:00:00", "2024-03-01T08:30" }) {
			assertThat(ImportValues.date(text)).as(text).contains(march);
		}
		for (String text : new String[] { "2024-02-30", "01/03/2024", "March 1", "2024-13-01", "1.5", "" }) {
			assertThat(ImportValues.date(text)).as(text).isEmpty();
		}
	}

	@Test
	void readsKindsAndStatusesInChineseEnglishAndAsEnumNames() {
		assertThat(ImportValues.kind("事业部")).contains(OrgUnitKind.DIVISION);
		assertThat(ImportValues.kind("班组/小组")).contains(OrgUnitKind.TEAM);
		assertThat(ImportValues.kind("TEAM")).contains(OrgUnitKind.TEAM);
		assertThat(ImportValues.kind(" Department ")).contains(OrgUnitKind.DEPARTMENT);
		assertThat(ImportValues.kind("公司")).contains(OrgUnitKind.COMPANY);
		assertThat(ImportValues.kind("其它")).contains(OrgUnitKind.OTHER);
		assertThat(ImportValues.kind("Squad")).isEmpty();
		assertThat(ImportValues.status("在职")).contains(EmployeeStatus.ACTIVE);
		assertThat(ImportValues.status("active")).contains(EmployeeStatus.ACTIVE);
		assertThat(ImportValues.status("离职")).contains(EmployeeStatus.LEFT);
		assertThat(ImportValues.status("LEFT")).contains(EmployeeStatus.LEFT);
		assertThat(ImportValues.status("休假")).isEmpty();
	}

	@Test
	void checksCodesPhonesAndEmailsLikeTheForms() {
		assertThat(ImportValues.validCode("SALES-EAST_1.a")).isTrue();
		assertThat(ImportValues.validCode("销售一部")).isTrue();
		assertThat(ImportValues.validCode("-X")).isFalse();
		assertThat(ImportValues.validCode("A B")).isFalse();
		assertThat(ImportValues.PHONE.matcher("+86 (138) 0013-8000").matches()).isTrue();
		assertThat(ImportValues.PHONE.matcher("138").matches()).isFalse();
		assertThat(ImportValues.EMAIL.matcher("zhang.san@example.com.cn").matches()).isTrue();
		assertThat(ImportValues.EMAIL.matcher("zhang san@example.com").matches()).isFalse();
		assertThat(ImportValues.EMAIL.matcher("zhang@localhost").matches()).isFalse();
	}

}
