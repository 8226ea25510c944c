package io.shoreline.portal.web.api.feedback;

import java.util.List;

/**
 * The items of a call as stored, in the order sent; {@code replayed} counts those stored before.
 */
public record RecordedDto(List<FeedbackItemDto> items, int replayed) {}
