package io.lodestar.people;

import java.time.LocalDate;

/** The facts about a person that are corrected in place (no history beyond the audit trail). */
public record EmployeeDetails(String employeeNo, String name, String email, String phone, LocalDate hireDate) {

	/** Trims text, turns blanks into nulls and lower-cases the e-mail address. */
	public EmployeeDetails normalised() {
		return new EmployeeDetails(trim(employeeNo), trim(name),
				trim(email) == null ? null : trim(email).toLowerCase(java.util.Locale.ROOT), trim(phone), hireDate);
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
