package io.lodestar.people;

import java.util.UUID;

/** An active employee as offered in a picker: enough to tell two people with the same name apart. */
public record EmployeeChoice(UUID id, String employeeNo, String name, String orgUnitName) {

	/** "张伟 · E-001 · 销售部" */
	public String label() {
		return name + " · " + employeeNo + " · " + orgUnitName;
	}

}
