package io.shoreline.portal.visits;

import io.shoreline.portal.identity.Account;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Display names of the people a page mentions, in one query whatever their number. */
@Stateless
public class AccountNames {

  @PersistenceContext EntityManager em;

  public Map<Long, String> of(Collection<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
        .setParameter("ids", accountIds.stream().distinct().toList())
        .getResultStream()
        .collect(Collectors.toMap(Account::getId, Account::getDisplayName));
  }
}
