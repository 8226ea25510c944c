package io.shoreline.portal.web.platform;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request really came from. Behind a load balancer every request comes from the
 * balancer, so X-Forwarded-For is believed, but only when the direct peer is a configured proxy.
 */
public final class ClientAddress {

  private final Set<String> trustedProxies;

  public ClientAddress(String trustedProxiesCommaSeparated) {
    this.trustedProxies =
        Arrays.stream(trustedProxiesCommaSeparated.split(","))
            .map(String::strip)
            .filter(proxy -> !proxy.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * @param remoteAddress the TCP peer
   * @param forwardedFor the X-Forwarded-For header, or null
   */
  public String of(String remoteAddress, String forwardedFor) {
    if (forwardedFor == null || !trustedProxies.contains(remoteAddress)) {
      return remoteAddress;
    }
    // the proxy appends the peer it saw: the last entry is the one our proxy vouches for
    String[] hops = forwardedFor.split(",");
    String last = hops[hops.length - 1].strip();
    return last.isEmpty() ? remoteAddress : last;
  }
}
