package io.lodestar.account.web;

import jakarta.validation.constraints.NotBlank;

/** The change-password form. Passwords are never echoed back into the page. */
class PasswordForm {

	@NotBlank(message = "{account.password.current-required}")
	private String currentPassword;

	@NotBlank(message = "{account.password.new-required}")
	private String newPassword;

	@NotBlank(message = "{account.password.repeat-required}")
	private String repeatPassword;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getRepeatPassword() {
		return repeatPassword;
	}

	public void setRepeatPassword(String repeatPassword) {
		this.repeatPassword = repeatPassword;
	}

}
