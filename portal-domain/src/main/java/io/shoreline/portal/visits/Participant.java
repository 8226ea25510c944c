package io.shoreline.portal.visits;

import io.shoreline.portal.tenancy.Membership;

/** A visitor or host with the name to show; a former member keeps a neutral label. */
public record Participant(long accountId, String name, ParticipantRole role) {

  static Participant of(VisitParticipant stored, Membership membership) {
    String name =
        membership == null ? "#" + stored.getAccountId() : membership.getAccount().getDisplayName();
    return new Participant(stored.getAccountId(), name, stored.getRole());
  }

  public long getAccountId() {
    return accountId;
  }

  public String getName() {
    return name;
  }

  public ParticipantRole getRole() {
    return role;
  }
}
