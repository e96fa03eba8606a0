package io.lodestar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import io.lodestar.company.CompanyManagement;
import io.lodestar.company.CompanySummary;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** On the shared test database, which holds real (fixture) companies: the loader never adds demo data. */
@IntegrationTest
class DemoLoaderGuardIntegrationTests {

	@Autowired
	DemoLoader loader;

	@Autowired
	CompanyManagement companies;

	@Autowired
	Fixtures fixtures;

	@Test
	void loadsNothingIntoADatabaseThatAlreadyHasACompany() {
		fixtures.company();
		long before = companies.all().size();

		assertThat(loader.loadIfEmpty()).isEmpty();
		loader.run(new DefaultApplicationArguments());

		assertThat(companies.all()).hasSize((int) before)
			.extracting(CompanySummary::code)
			.doesNotContain("huarui", "nebula");
	}

}
