/**
 * Bulletins: urgent news one side of a workspace writes for the other side's people, who must
 * acknowledge each version; the author sees the rate per site and who has not read it yet, and
 * reminders go out until they do or the bulletin expires. The acknowledgement mechanism is shared
 * with the training library and the authority matrix (sub-packages).
 */
package io.shoreline.portal.bulletins;
