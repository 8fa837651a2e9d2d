package org.transferwatch.sanctions;

/** A sanctions regime: the programme under which an issuer adopts measures and lists persons (the UN's DPRK regime). */
public record Regime(String code, String issuerCode, String name) {
}
