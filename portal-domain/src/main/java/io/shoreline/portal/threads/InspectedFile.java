package io.shoreline.portal.threads;

/**
 * An upload that passed {@link AttachmentInspection}: its cleaned name, the type its content
 * proved, and the hash that identifies it.
 */
public record InspectedFile(
    String fileName, String contentType, long size, boolean image, String sha256Hex) {}
