package io.lodestar.demo;

import java.util.List;

import io.lodestar.company.NewCompany;

/**
 * One demo company: what it is and how it is built. Scripts call only the {@link DemoCompanyBuilder}, which
 * goes through the real services, so a script reads like an HR admin setting the company up.
 */
interface DemoScript {

	NewCompany company();

	/** Employee numbers are this prefix and four digits (HR0001). */
	String employeeNumberPrefix();

	/** E-mail addresses are {@code given.surname@} this domain. */
	String emailDomain();

	/** Seeds names, dates and phone numbers, so every load gives the same people. */
	long seed();

	/** Builds the organisation and returns the sign-ins to print. */
	List<DemoSignIn> build(DemoCompanyBuilder company);

	/** Builds the company's goals, KPIs and actuals once the organisation exists. */
	default void goals(DemoGoals goals) {
	}

}
