package io.shoreline.portal.threads;

import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files attached to posts, kept in the database (every cluster node serves them) in chunks, and
 * checked by content before anything is stored.
 */
@Stateless
@TenantBound
public class Attachments {

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;

  @Inject
  @ConfigProperty(name = "portal.attachments.max-mb", defaultValue = "20")
  long maxMegabytes;

  /** Every file is inspected before the first is stored: one bad file stores none. */
  public List<InspectedFile> inspect(List<Upload> uploads) {
    AttachmentInspection inspection = new AttachmentInspection(maxMegabytes * 1024 * 1024);
    return uploads.stream()
        .map(upload -> inspection.inspect(upload.fileName(), upload.content()))
        .toList();
  }

  public void store(Post post, List<Upload> uploads, List<InspectedFile> inspected) {
    for (int i = 0; i < uploads.size(); i++) {
      Attachment attachment = new Attachment(post.getId(), inspected.get(i));
      em.persist(attachment);
      em.flush(); // its id keys the chunks
      byte[] content = uploads.get(i).content();
      for (int seq = 0; seq * AttachmentChunk.SIZE < content.length; seq++) {
        int from = seq * AttachmentChunk.SIZE;
        int to = Math.min(content.length, from + AttachmentChunk.SIZE);
        em.persist(
            new AttachmentChunk(attachment.getId(), seq, Arrays.copyOfRange(content, from, to)));
      }
    }
  }

  /** The attachments of these posts, by post: one query for a page of posts. */
  public Map<Long, List<Attachment>> ofPosts(Collection<Long> postIds) {
    if (postIds.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery(Attachment.OF_POSTS, Attachment.class)
        .setParameter("posts", postIds)
        .getResultStream()
        .collect(Collectors.groupingBy(Attachment::getPostId));
  }

  /** An attachment of the request's workspace that the caller may read. */
  public Attachment find(long id) {
    member.get();
    Attachment attachment = em.find(Attachment.class, id);
    if (attachment == null) {
      throw new NoSuchRecordException("attachment", id);
    }
    return attachment;
  }

  /** A removed post keeps no files. */
  public void removeOf(Post post) {
    List<Attachment> files = ofPosts(List.of(post.getId())).getOrDefault(post.getId(), List.of());
    for (Attachment file : files) {
      em.createNamedQuery(AttachmentChunk.OF_ATTACHMENT, AttachmentChunk.class)
          .setParameter("attachment", file.getId())
          .getResultStream()
          .forEach(em::remove);
      em.remove(file);
    }
    post.attached(0);
  }

  /** Writes the bytes chunk by chunk, never the whole file in memory. */
  public void copy(Attachment attachment, OutputStream out) throws IOException {
    for (int seq = 0; seq * (long) AttachmentChunk.SIZE < attachment.getSizeBytes(); seq++) {
      byte[] data =
          em.createNamedQuery(AttachmentChunk.DATA, byte[].class)
              .setParameter("attachment", attachment.getId())
              .setParameter("seq", seq)
              .getSingleResult();
      out.write(data);
    }
  }

  public long maxMegabytes() {
    return maxMegabytes;
  }
}
