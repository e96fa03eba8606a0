package io.lodestar.engagement.web;

import io.lodestar.engagement.MessageText;

/** A reply in a thread (and the optional last word when a support request is resolved or closed). */
class MessageForm {

	@MessageText
	private String message;

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

}
