package io.lodestar.demo;

/** A demo account worth trying, listed in the start-up log: what it shows, who it is and how to sign in. */
record DemoSignIn(String role, String name, String position, String unit, String email) {

	static final String HR_ADMIN = "HR admin";

	static final String EXECUTIVE = "Executive";

	static final String MANAGER = "Manager";

	static final String EMPLOYEE = "Employee";

}
