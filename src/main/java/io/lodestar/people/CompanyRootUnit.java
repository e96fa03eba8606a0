package io.lodestar.people;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.lodestar.company.CompanyCreated;

/** Every company's org tree starts with a root unit named after the company, created with it. */
@Component
class CompanyRootUnit {

	private final OrgUnitManagement units;

	CompanyRootUnit(OrgUnitManagement units) {
		this.units = units;
	}

	// synchronous on purpose: the company and its root unit are created in one transaction
	@EventListener
	void on(CompanyCreated event) {
		units.createRoot(event.companyId(), event.code(), event.name());
	}

}
