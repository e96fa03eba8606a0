package io.lodestar.attendance.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the device pages (mutable beans, as Thymeleaf binds them). */
final class DeviceForms {

	private DeviceForms() {
	}

	static class Approve {

		private String serialNumber;

		private String name;

		private String utcOffset = "+08:00";

		public String getSerialNumber() {
			return serialNumber;
		}

		public void setSerialNumber(String serialNumber) {
			this.serialNumber = serialNumber;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getUtcOffset() {
			return utcOffset;
		}

		public void setUtcOffset(String utcOffset) {
			this.utcOffset = utcOffset;
		}

	}

	static class PushUser {

		private String pin;

		private String name;

		public String getPin() {
			return pin;
		}

		public void setPin(String pin) {
			this.pin = pin;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

	static class Reupload {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate from;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate to;

		public LocalDate getFrom() {
			return from;
		}

		public void setFrom(LocalDate from) {
			this.from = from;
		}

		public LocalDate getTo() {
			return to;
		}

		public void setTo(LocalDate to) {
			this.to = to;
		}

	}

	static class Security {

		private String secret;

		private boolean clearSecret;

		private String allowedNetworks;

		public String getSecret() {
			return secret;
		}

		public void setSecret(String secret) {
			this.secret = secret;
		}

		public boolean isClearSecret() {
			return clearSecret;
		}

		public void setClearSecret(boolean clearSecret) {
			this.clearSecret = clearSecret;
		}

		public String getAllowedNetworks() {
			return allowedNetworks;
		}

		public void setAllowedNetworks(String allowedNetworks) {
			this.allowedNetworks = allowedNetworks;
		}

	}

}
