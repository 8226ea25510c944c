package io.shoreline.portal.twofactor;

/** An organization's two-factor policy and the version it is stored at (0: never set). */
public record PolicySetting(TwoFactorPolicy policy, long version) {}
