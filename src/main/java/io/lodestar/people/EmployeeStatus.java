package io.lodestar.people;

public enum EmployeeStatus {

	ACTIVE, LEFT

}
