package io.lodestar.account.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import io.lodestar.platform.security.TokenScope;

/**
 * The new-token form. The expiry date stays text here so that a malformed value gets our own message
 * instead of a conversion error.
 */
class TokenForm {

	@NotBlank(message = "{account.token.name.required}")
	@Size(max = 100, message = "{account.token.name.size}")
	private String name;

	@NotEmpty(message = "{account.token.scopes.required}")
	private Set<TokenScope> scopes = EnumSet.of(TokenScope.READ);

	private String expiresOn;

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

}
