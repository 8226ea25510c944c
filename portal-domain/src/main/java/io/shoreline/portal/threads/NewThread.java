package io.shoreline.portal.threads;

import java.util.List;

/** What a person fills in to start a thread: its first post comes with it. */
public record NewThread(long categoryId, String title, String markdown, List<Upload> files) {}
