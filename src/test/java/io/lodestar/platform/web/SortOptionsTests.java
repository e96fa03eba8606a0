package io.lodestar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SortOptionsTests {

	SortOptions options = SortOptions.of("name", "e.name", "hireDate", "e.hire_date");

	@Test
	void sortsByTheDefaultFieldWhenNoneIsGiven() {
		assertThat(options.orderBy(null)).isEqualTo("e.name asc");
		assertThat(options.orderBy(" ")).isEqualTo("e.name asc");
	}

	@Test
	void mapsAllowedFieldsAndDirectionsToSql() {
		assertThat(options.orderBy("hireDate,desc")).isEqualTo("e.hire_date desc");
		assertThat(options.orderBy("name,ASC")).isEqualTo("e.name asc");
	}

	@Test
	void refusesAnythingElseSoNoUserTextReachesSql() {
		assertThatThrownBy(() -> options.orderBy("salary")).isInstanceOf(InvalidSortException.class)
			.hasMessageContaining("salary");
		assertThatThrownBy(() -> options.orderBy("name; drop table x")).isInstanceOf(InvalidSortException.class);
		assertThatThrownBy(() -> options.orderBy("name,sideways")).isInstanceOf(InvalidSortException.class);
		assertThat(new InvalidSortException("x", options.allowed()).allowed()).isEqualTo("name, hireDate");
	}

	@Test
	void pageQueryRejectsNegativePagesAndOversizedPages() {
		assertThatThrownBy(() -> PageQuery.of(-1, 20, null)).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> PageQuery.of(0, 201, null)).isInstanceOf(BusinessRuleException.class)
			.extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("size");
		assertThat(PageQuery.of(null, null, null).size()).isEqualTo(PageQuery.DEFAULT_SIZE);
		assertThat(PageQuery.of(3, 50, null).offset()).isEqualTo(150);
	}

	@Test
	void pageResultCountsPages() {
		var page = new PageResult<>(java.util.List.of("a"), 0, 20, 41);
		assertThat(page.totalPages()).isEqualTo(3);
		assertThat(page.hasNext()).isTrue();
		assertThat(page.hasPrevious()).isFalse();
		assertThat(new PageResult<>(java.util.List.of(), 0, 20, 0).totalPages()).isZero();
	}

	@Test
	void languageTagsMapToTheTwoSupportedLocales() {
		assertThat(SupportedLocales.closest("zh-TW")).isEqualTo(SupportedLocales.CHINESE);
		assertThat(SupportedLocales.closest("zh_CN")).isEqualTo(SupportedLocales.CHINESE);
		assertThat(SupportedLocales.closest("en-GB")).isEqualTo(SupportedLocales.ENGLISH);
		assertThat(SupportedLocales.closest("fr")).isNull();
		assertThat(SupportedLocales.tag(SupportedLocales.CHINESE)).isEqualTo("zh-CN");
	}

}
