package io.shoreline.portal.tenancy.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.audit.AuditAction;
import io.shoreline.portal.audit.AuditEvent;
import io.shoreline.portal.audit.AuditTrail;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.sites.Site;
import io.shoreline.portal.sites.SiteDetails;
import io.shoreline.portal.sites.Sites;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.SqlCapture;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.QueryHints;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Isolation as a property, inside the server: client A and client B both work with vendor V in
 * workspaces A–V and B–V; nothing of one workspace or organization reaches another.
 */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {

  @Inject ClientsAndVendor clientsAndVendor;
  @Inject Memberships memberships;
  @Inject Accounts accounts;
  @Inject TenantAccess access;
  @Inject AuditTrail audit;
  @Inject Sites sites;
  @PersistenceUnit EntityManagerFactory persistenceUnit;

  private String alice; // client A
  private String bob; // client B
  private String victor; // vendor V, in both workspaces
  private Partnership av;
  private Partnership bv;

  @BeforeEach
  void clientsAAndBWithVendorV() {
    ClientsAndVendor.Fixture tenants = clientsAndVendor.create(WorkspaceRole.CONTRIBUTOR);
    alice = tenants.alice();
    bob = tenants.bob();
    victor = tenants.victor();
    av = tenants.av();
    bv = tenants.bv();
  }

  @Test
  void eachWorkspaceSeesOnlyItsOwnAuditTrail() {
    access.openWorkspace(av.getId(), victor);
    assertThat(audit.recent(0, 50))
        .extracting(AuditEvent::getSummary)
        .contains("Workspace " + av.getName() + " (ACTIVE)")
        .noneMatch(summary -> summary.contains("B–V") || summary.contains(bob));
    access.openWorkspace(bv.getId(), victor);
    assertThat(audit.recent(0, 50))
        .extracting(AuditEvent::getSummary)
        .contains("Workspace " + bv.getName() + " (ACTIVE)")
        .noneMatch(summary -> summary.contains("A–V") || summary.contains(alice));
  }

  @Test
  void theAuditTrailNamesWhoDidItWhatItWasBeforeAndForWhichOrganization() {
    Account aliceAccount = accounts.findByEmail(alice).orElseThrow();
    access.openWorkspaceAsAdmin(av.getId(), alice);
    long seen = memberships.find(av.getId(), aliceAccount.getId()).orElseThrow().getVersion();
    memberships.changeOwnRole(aliceAccount.getId(), WorkspaceRole.VIEWER, seen);

    access.openWorkspace(av.getId(), victor);
    AuditEvent event = audit.recent(0, 1).get(0);
    assertThat(event.getAction()).isEqualTo(AuditAction.UPDATED);
    assertThat(event.getSubjectType()).isEqualTo("Membership");
    assertThat(event.getSummary()).endsWith("as VIEWER");
    assertThat(event.getBeforeSummary()).endsWith("as COORDINATOR");
    assertThat(event.getActorAccountId()).isEqualTo(aliceAccount.getId());
    assertThat(event.getActorOrganizationId()).isEqualTo(av.getClient().getId());
  }

  @Test
  void aClientCannotEnterAnotherClientsWorkspaceWithTheSameVendor() {
    assertThatThrownBy(() -> access.openWorkspace(bv.getId(), alice))
        .isInstanceOf(NoSuchWorkspaceException.class);
    assertThatThrownBy(() -> access.openWorkspace(av.getId(), bob))
        .isInstanceOf(NoSuchWorkspaceException.class);
  }

  @Test
  void aWorkspaceThatDoesNotExistLooksLikeOneThatIsNotYours() {
    assertThatThrownBy(() -> access.openWorkspace(Long.MAX_VALUE, alice))
        .isInstanceOf(NoSuchWorkspaceException.class)
        .hasMessage("No workspace " + Long.MAX_VALUE + " for this account");
  }

  @Test
  void withoutATenantAQueryFailsInsteadOfSeeingEverything() {
    assertThatThrownBy(() -> audit.recent(0, 50))
        .isInstanceOf(EJBException.class)
        .rootCause()
        .hasMessageContaining(TenantProperties.WORKSPACE);
    assertThatThrownBy(() -> sites.all())
        .rootCause()
        .hasMessageContaining(TenantProperties.ORGANIZATION);
  }

  @Test
  void sitesArePrivateToTheirOrganization() {
    access.openOrganization(victor);
    Site casablanca =
        sites.add(new SiteDetails("Casablanca", "Casablanca", "MA", "Africa/Casablanca", 120));

    access.openOrganization(alice);
    assertThat(sites.all()).isEmpty();
    assertThatThrownBy(() -> sites.find(casablanca.getId()))
        .isInstanceOf(NoSuchRecordException.class);

    access.openOrganization(victor);
    assertThat(sites.all()).extracting(Site::getName).containsExactly("Casablanca");
  }

  @Test
  void everyStatementOnATenantTableCarriesItsTenant() {
    List<String> statements;
    try (SqlCapture capture = SqlCapture.start(persistenceUnit)) {
      access.openWorkspace(av.getId(), alice);
      audit.recent(0, 10);
      access.openOrganization(victor);
      Site site = sites.add(new SiteDetails("Manila", "Manila", "PH", "Asia/Manila", 200));
      sites.all();
      sites.find(site.getId());
      statements = capture.statements();
    }

    List<TenantTable> tenantTables = tenantTables();
    assertThat(tenantTables).extracting(TenantTable::table).contains("audit_event", "site");
    List<String> onTenantTables =
        statements.stream()
            .filter(sql -> tenantTables.stream().anyMatch(table -> table.isIn(sql)))
            .toList();
    assertThat(onTenantTables).hasSizeGreaterThanOrEqualTo(5);
    for (String sql : onTenantTables) {
      for (TenantTable table : tenantTables) {
        if (table.isIn(sql)) {
          assertThat(table.isBoundIn(sql)).as(sql).isTrue();
        }
      }
    }
  }

  @Test
  void aSaveBasedOnAnOlderVersionIsRefusedAndOverwritesNothing() {
    access.openOrganization(victor);
    Site lisbon = sites.add(new SiteDetails("Lisbon", "Lisbon", "PT", "Europe/Lisbon", 80));
    long seenByBoth = lisbon.getVersion();
    sites.change(
        lisbon.getId(), seenByBoth, new SiteDetails("Lisbon", "Lisbon", "PT", "Europe/Lisbon", 90));

    assertThatThrownBy(
            () ->
                sites.change(
                    lisbon.getId(),
                    seenByBoth,
                    new SiteDetails("Lisbon", "Lisbon", "PT", "Europe/Lisbon", 70)))
        .isInstanceOf(ChangedMeanwhileException.class);
    assertThat(sites.find(lisbon.getId()).getSeatCapacity()).isEqualTo(90);
  }

  @Test
  void badInputChangesNothing() {
    access.openOrganization(victor);
    sites.add(new SiteDetails("Manila", "Manila", "PH", "Asia/Manila", 200));

    assertThatThrownBy(
            () -> sites.add(new SiteDetails("Manila", "Quezon City", "PH", "Asia/Manila", 10)))
        .isInstanceOf(RuleViolation.class)
        .hasMessage("sites.duplicate");
    assertThat(sites.all()).extracting(Site::getCity).containsExactly("Manila");
  }

  @Test
  void theSuiteWideGuardRefusesAStatementOnATenantTableWithoutItsTenant() {
    EntityManager unbound = persistenceUnit.createEntityManager();
    try {
      assertThatThrownBy(
              () ->
                  unbound
                      .createNativeQuery("SELECT COUNT(*) FROM site")
                      .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                      .getSingleResult())
          .hasStackTraceContaining("Statement on tenant table without its tenant");
    } finally {
      unbound.close();
    }
  }

  /** A table of a @Multitenant entity and its tenant column. */
  record TenantTable(String table, String column) {

    boolean isIn(String sql) {
      return Pattern.compile("\\b" + table + "\\b", Pattern.CASE_INSENSITIVE).matcher(sql).find();
    }

    /** INSERT names the column; everything else restricts it: "column = ?". */
    boolean isBoundIn(String sql) {
      String upper = sql.toUpperCase(Locale.ROOT);
      String tenantColumn = column.toUpperCase(Locale.ROOT);
      return upper.startsWith("INSERT")
          ? upper.contains(tenantColumn)
          : upper.matches("(?s).*\\b" + tenantColumn + " = \\?.*");
    }
  }

  private List<TenantTable> tenantTables() {
    return persistenceUnit.getMetamodel().getEntities().stream()
        .map(EntityType::getJavaType)
        .filter(type -> type.isAnnotationPresent(Multitenant.class))
        .map(
            type ->
                new TenantTable(
                    type.getAnnotation(Table.class).name(),
                    type.getAnnotation(TenantDiscriminatorColumn.class).name()))
        .toList();
  }

  @Test
  void onlyPeopleOfTheTwoPartnersCanBeMembers() {
    Account bobAccount = accounts.findByEmail(bob).orElseThrow();

    assertThatThrownBy(() -> memberships.add(av, bobAccount, WorkspaceRole.VIEWER))
        .rootCause()
        .hasMessage("Only people of the two partners can be members");
  }
}
