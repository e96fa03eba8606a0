package io.lodestar.integration.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import io.lodestar.platform.security.TokenScope;

/** The new-key form; the last day stays text so that a malformed value gets our own message. */
class ApiKeyForm {

	@NotBlank(message = "{integration.key.name.required}")
	@Size(max = 100, message = "{integration.key.name.size}")
	private String name;

	@NotEmpty(message = "{integration.key.scopes.required}")
	private Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);

	private String expiresOn;

	@Size(max = 1000, message = "{integration.key.addresses.size}")
	private String allowedAddresses;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Set<TokenScope> getScopes() {
		return scopes;
	}

	public void setScopes(Set<TokenScope> scopes) {
		this.scopes = scopes;
	}

	public String getExpiresOn() {
		return expiresOn;
	}

	public void setExpiresOn(String expiresOn) {
		this.expiresOn = expiresOn;
	}

	public String getAllowedAddresses() {
		return allowedAddresses;
	}

	public void setAllowedAddresses(String allowedAddresses) {
		this.allowedAddresses = allowedAddresses;
	}

}
