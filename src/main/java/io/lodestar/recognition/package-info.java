/**
 * Recognition: award types per company, awards (HR to anyone, managers to people below them) with an optional
 * reward — a bonus, a training opportunity or project ownership — managers' yearly award budgets, and praise
 * posts between colleagues, optionally tied to a goal. Shown in a team feed and on people's profiles (through
 * {@link io.lodestar.people.ProfileSection}). Bonus amounts are pay figures: only {@code canSeePay()} users and the
 * recipient see them. Depends on people, goals, engagement (notifications) and platform; nothing depends on it
 * but the demo.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recognition")
package io.lodestar.recognition;
