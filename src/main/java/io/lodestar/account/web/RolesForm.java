package io.lodestar.account.web;

import java.util.LinkedHashSet;
import java.util.Set;

/** The granted roles of one account, with the version the administrator saw (lost-update check). */
class RolesForm {

	private Set<String> roles = new LinkedHashSet<>();

	private Long version;

	public Set<String> getRoles() {
		return roles;
	}

	public void setRoles(Set<String> roles) {
		this.roles = roles == null ? new LinkedHashSet<>() : roles;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
