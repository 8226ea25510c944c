package io.shoreline.portal.visits;

/** An action item with its owner's name, as lists show it. */
public record ActionRow(ActionItem item, String ownerName) {

  static ActionRow of(Object[] row) {
    return new ActionRow((ActionItem) row[0], (String) row[1]);
  }

  public ActionItem getItem() {
    return item;
  }

  public String getOwnerName() {
    return ownerName;
  }
}
