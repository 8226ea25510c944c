package io.shoreline.portal.twofactor;

import jakarta.persistence.EntityManager;

/**
 * Removes an account's recovery codes in one statement (a global table, never a tenant's): when its
 * authenticator goes, or new codes replace the old. The authenticator's own removal is what the
 * audit trail records.
 */
final class SecondFactorRemoval {

  private SecondFactorRemoval() {}

  static void removeRecoveryCodes(EntityManager em, long accountId) {
    em.createNamedQuery(RecoveryCode.DELETE_OF_ACCOUNT)
        .setParameter("account", accountId)
        .executeUpdate();
  }
}
