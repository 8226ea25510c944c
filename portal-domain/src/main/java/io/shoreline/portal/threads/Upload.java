package io.shoreline.portal.threads;

/** A file as the person sent it, before it is inspected. */
public record Upload(String fileName, byte[] content) {}
