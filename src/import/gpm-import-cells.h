/* gpm-import-cells.h — the small cells of a row: unit, status, qualifier, doubtful.
 *
 * Private to src/import. Each reads what analysts write, in English or Chinese, and
 * answers with the store's vocabulary; NULL (or FALSE) when the text means nothing
 * this app knows, so the row can be reported rather than guessed.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A unit cell, e.g. "亿元", "万台", "%", "USD", "EFLOPS": the multiplier the values
 * carry as the number parser writes it ("", "万", "亿", "万亿", "千", "百万") and the
 * store's unit ("CNY", "USD", "%", "units", or the text itself when unknown). */
typedef struct
{
  const char *multiplier;
  char       *unit;
} GpmImportUnit;

void        gpm_import_unit_parse       (const char    *text,
                                         GpmImportUnit *out);
void        gpm_import_unit_clear       (GpmImportUnit *unit);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GpmImportUnit, gpm_import_unit_clear)
/* The metric kind that a unit suggests, for metrics the import adds. */
const char *gpm_import_unit_kind        (const char    *unit);

const char *gpm_import_parse_status     (const char    *text);
const char *gpm_import_parse_qualifier  (const char    *text);
gboolean    gpm_import_parse_doubtful   (const char    *text,
                                         gboolean      *doubtful);

G_END_DECLS
