package io.shoreline.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What later phases need of the tenants made first: ids only, kept in memory. */
final class Dataset {

  /** Every timestamp derives from this instant, so that two runs write the same rows. */
  static final LocalDateTime EPOCH = LocalDateTime.of(2025, 1, 6, 8, 0);

  record Site(long id, String name, String city, String timeZone) {}

  record Agent(long id, String name) {}

  static final class Organization {
    final long id;
    final String slug;
    final String name;
    final String kind;
    final List<Long> accounts = new ArrayList<>();
    final List<Site> sites = new ArrayList<>();
    final List<Agent> agents = new ArrayList<>();

    /**
     * Exchanges proposed so far across workspaces: spreads this side's stays over agents and days.
     */
    int staysPlanned;

    Organization(long id, String slug, String name, String kind) {
      this.id = id;
      this.slug = slug;
      this.name = name;
      this.kind = kind;
    }
  }

  static final class Workspace {
    final long id;
    final Organization client;
    final Organization vendor;
    final long[] categories = new long[4];

    /** Members of each side; the first one is that side's coordinator. */
    final List<Long> clientMembers = new ArrayList<>();

    final List<Long> vendorMembers = new ArrayList<>();

    Workspace(long id, Organization client, Organization vendor) {
      this.id = id;
      this.client = client;
      this.vendor = vendor;
    }

    long clientCoordinator() {
      return clientMembers.get(0);
    }

    long vendorCoordinator() {
      return vendorMembers.get(0);
    }
  }

  final List<Organization> organizations = new ArrayList<>();
  final List<Workspace> workspaces = new ArrayList<>();
  final Map<Long, String> accountNames = new HashMap<>();
}
