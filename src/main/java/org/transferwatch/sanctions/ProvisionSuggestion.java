package org.transferwatch.sanctions;

/**
 * A provision whose scope covers a transfer, with how well it fits (higher first) and why, in a sentence an
 * analyst can check: "Exports from North Korea of coal: the provision names these goods and lists category
 * HS27; it binds every state; in force throughout the period."
 */
public record ProvisionSuggestion(Provision provision, int fit, String reason) {
}
