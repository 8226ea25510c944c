package io.shoreline.portal.twofactor;

import jakarta.persistence.EntityManager;

/**
 * The bulk statements of two-factor sign-in, all on its global tables (never a tenant's, so
 * TenantSqlRuleTest lists this class with the two entities whose named queries they run).
 */
final class SecondFactorStatements {

  private SecondFactorStatements() {}

  /**
   * Records a code's step as the account's last accepted one if it is later than the stored one;
   * whether it was. Of two requests with the same code at once, only one updates the row.
   */
  static boolean acceptStep(EntityManager em, long accountId, long step) {
    return em.createNamedQuery(SecondFactor.ACCEPT_STEP)
            .setParameter("step", step)
            .setParameter("account", accountId)
            .executeUpdate()
        == 1;
  }

  /**
   * Removes an account's recovery codes in one statement: when its authenticator goes, or new codes
   * replace the old. The authenticator's own removal is what the audit trail records.
   */
  static void removeRecoveryCodes(EntityManager em, long accountId) {
    em.createNamedQuery(RecoveryCode.DELETE_OF_ACCOUNT)
        .setParameter("account", accountId)
        .executeUpdate();
  }
}
