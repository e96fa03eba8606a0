package io.lodestar.account;

public enum AccountStatus {

	ACTIVE, DISABLED

}
