package io.shoreline.portal.visits;

import io.shoreline.portal.threads.InspectedFile;

/** An upload that proved to be an image within the size limit, with its bytes. */
public record InspectedPhoto(InspectedFile file, byte[] content) {}
