/* gpm-hanzi.h — folding text for search, so one query finds a name in any script.
 *
 * Folding maps full-width letters to ASCII (NFKC), ignores case, and maps Traditional
 * Chinese characters to Simplified, so "摩爾", "摩尔" and "MOORE" each find their match.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gunichar  gpm_hanzi_to_simplified (gunichar    c);
char     *gpm_hanzi_fold          (const char *text);
char     *gpm_hanzi_to_traditional (const char *text);

G_END_DECLS
