package io.shoreline.portal.bulletins;

import io.shoreline.portal.bulletins.authority.AuthorityVersion;
import io.shoreline.portal.bulletins.training.TrainingDocument;

/**
 * What a notice asks a person to acknowledge: the subject, its title as the notice shows it, and
 * for a bulletin its urgency (null for the training library and the matrix).
 */
public record AckTopic(AckSubject kind, long id, String title, Urgency urgency) {

  public static AckTopic of(Bulletin bulletin) {
    return new AckTopic(
        AckSubject.BULLETIN, bulletin.getId(), bulletin.getTitle(), bulletin.getUrgency());
  }

  public static AckTopic of(TrainingDocument document) {
    return new AckTopic(AckSubject.TRAINING, document.getId(), document.getTitle(), null);
  }

  /** A matrix version's title: its number, and its note when it has one. */
  public static AckTopic of(AuthorityVersion version) {
    String note = version.getNote();
    return new AckTopic(
        AckSubject.AUTHORITY,
        version.getId(),
        "v" + version.getNumber() + (note.isBlank() ? "" : " · " + note),
        null);
  }
}
