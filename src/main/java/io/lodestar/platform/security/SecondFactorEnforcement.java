package io.lodestar.platform.security;

/** Whether a user must set up two-factor sign-in before using Lodestar. Implemented by the account module. */
public interface SecondFactorEnforcement {

	boolean mustEnrol(CurrentUser user);

}
