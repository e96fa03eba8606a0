package io.lodestar.account.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * The new-account form. The employee and roles arrive as text and are checked by the controller and the
 * service, so a tampered value is refused with a readable message rather than a conversion error.
 */
class UserForm {

	private String employeeId;

	@Email(message = "{account.user.email.invalid}")
	@Size(max = 254, message = "{account.user.email.size}")
	private String email;

	@Size(max = 100, message = "{account.user.display-name.size}")
	private String displayName;

	private Set<String> roles = new LinkedHashSet<>();

	public String getEmployeeId() {
		return employeeId;
	}

	public void setEmployeeId(String employeeId) {
		this.employeeId = employeeId;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Set<String> getRoles() {
		return roles;
	}

	public void setRoles(Set<String> roles) {
		this.roles = roles == null ? new LinkedHashSet<>() : roles;
	}

}
