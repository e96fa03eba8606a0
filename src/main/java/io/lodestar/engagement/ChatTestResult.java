package io.lodestar.engagement;

/** The outcome of a test message: sent, or the reason it was not (never containing the URL or secret). */
public record ChatTestResult(boolean sent, String error) {

}
